// Wires every [data-self-check] block rendered by SelfCheck.astro: the Check button (or Enter in a number
// field) grades the answer with ./self-check.ts and shows the verdict and the matching explanation (for a
// wrong number: the misconception it suggests, or a nudge to try again). "Show the answer" is hidden until
// the first graded attempt, so the reader commits to an answer before reading one.
import { grade, type Key } from './self-check.ts';

function mountQuestion(fieldset: HTMLFieldSetElement): void {
  const key = JSON.parse(fieldset.dataset.key ?? 'null') as Key | null;
  if (!key) return;
  const feedback = fieldset.querySelector<HTMLElement>('[data-feedback]')!;
  const verdictText = fieldset.querySelector<HTMLElement>('[data-verdict]')!;
  const numberField = fieldset.querySelector<HTMLInputElement>('[data-number-answer]');
  const showAnswer = fieldset.querySelector<HTMLDetailsElement>('[data-after-attempt]');
  if (showAnswer) showAnswer.hidden = true;

  const check = () => {
    const answer = key.kind === 'choice'
      ? fieldset.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? null
      : numberField?.value ?? '';
    const verdict = grade(key, answer);
    feedback.dataset.status = verdict.status;
    verdictText.textContent = verdict.message;
    for (const el of feedback.querySelectorAll<HTMLElement>('[data-explanation]')) {
      el.hidden = String(verdict.explanation) !== el.dataset.explanation;
    }
    if (showAnswer && verdict.status !== 'unanswered') showAnswer.hidden = false;
  };

  for (const el of fieldset.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
  fieldset.querySelector('[data-check]')!.addEventListener('click', check);
  numberField?.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); check(); } });
}

export function mountSelfCheck(block: HTMLElement): void {
  block.querySelectorAll<HTMLFieldSetElement>('[data-question]').forEach(mountQuestion);
}
