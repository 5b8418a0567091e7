// Wires every [data-self-check] block rendered by SelfCheck.astro: the Check button (or Enter in a number
// field) grades the answer with ./self-check.ts and shows the verdict and the matching explanation (for a
// wrong number: the misconception it suggests, or a nudge to try again). "Show the answer" is hidden until
// the first graded attempt, so the reader commits to an answer before reading one. Every graded answer is
// kept (src/classroom/progress/): a reload, or another tab's answer, puts it back with its verdict.
import { pageItemId, progressStore, sayOnceIfNotSaved } from '../../src/classroom/progress/browser.ts';
import type { ProgressV1 } from '../../src/classroom/contract.ts';
import { grade, type Key } from './self-check.ts';

function mountQuestion(fieldset: HTMLFieldSetElement): (progress: ProgressV1) => void {
  const key = JSON.parse(fieldset.dataset.key ?? 'null') as Key | null;
  if (!key) return () => {};
  const id = pageItemId(fieldset.dataset.item ?? '');
  const feedback = fieldset.querySelector<HTMLElement>('[data-feedback]')!;
  const verdictText = fieldset.querySelector<HTMLElement>('[data-verdict]')!;
  const numberField = fieldset.querySelector<HTMLInputElement>('[data-number-answer]');
  const showAnswer = fieldset.querySelector<HTMLDetailsElement>('[data-after-attempt]');
  if (showAnswer) showAnswer.hidden = true;

  const given = () => key.kind === 'choice'
    ? fieldset.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? null
    : numberField?.value ?? '';
  const show = (answer: string | null) => {
    const verdict = grade(key, answer);
    feedback.dataset.status = verdict.status;
    verdictText.textContent = verdict.message;
    for (const el of feedback.querySelectorAll<HTMLElement>('[data-explanation]')) {
      el.hidden = String(verdict.explanation) !== el.dataset.explanation;
    }
    if (showAnswer && verdict.status !== 'unanswered') showAnswer.hidden = false;
    return verdict;
  };
  const check = () => {
    const answer = given();
    const verdict = show(answer);
    if (verdict.status === 'unanswered') return;
    progressStore().recordAnswer(id, { kind: 'self-check', answer: answer ?? '', status: verdict.status, explanation: verdict.explanation === null ? null : String(verdict.explanation) });
    sayOnceIfNotSaved(fieldset.closest('[data-self-check]') ?? fieldset);
  };

  /** Puts a kept answer back (on load, or when another tab answered), with its verdict. */
  let shownAt = '';
  const restore = (progress: ProgressV1) => {
    const saved = progress.answers[id];
    if (!saved || saved.lastAt === shownAt) return;
    shownAt = saved.lastAt;
    if (key.kind === 'choice') {
      const radio = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.value === saved.answer);
      if (!radio) return;
      radio.checked = true;
    } else if (numberField) {
      numberField.value = saved.answer;
    }
    show(saved.answer);
  };

  for (const el of fieldset.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
  fieldset.querySelector('[data-check]')!.addEventListener('click', check);
  numberField?.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); check(); } });
  return restore;
}

export function mountSelfCheck(block: HTMLElement): void {
  const restorers = [...block.querySelectorAll<HTMLFieldSetElement>('[data-question]')].map(mountQuestion);
  if (restorers.length === 0) return;
  const store = progressStore();
  const restoreAll = (p: ProgressV1) => { for (const r of restorers) r(p); };
  restoreAll(store.read());
  store.subscribe(restoreAll);
}
