// Wires the assignment builder (/teach/assign/): reads the form, adds custom challenges from a playground
// link, and makes the assignment link (assignment-link.ts) with a Copy button. Every problem is said next
// to the form, and the keyboard is taken to the field to fix.
import type { AssignmentV1, Challenge } from '../contract.ts';
import { el } from '../../ui/dom.ts';
import { parseDecimal } from '../../ui/parse-number.ts';
import { readPlaygroundState } from '../../state/playground-state.ts';
import { CLASS_CODE_RE, MAX_CHALLENGES, writeAssignmentLink } from './assignment-link.ts';
import { challengeStartOf, describeGoal, readyMadeChallenges } from './challenges.ts';
import { numberStrings, pageLang } from '../../i18n/index.ts';
import { assignmentStrings } from '../../i18n/classroom.ts';
import { NUMBER_LOCALES } from '../../i18n/lang.ts';
import { localizedPath, withBase } from '../../i18n/routes.ts';

export function mountBuilder(form: HTMLFormElement): void {
  const S = assignmentStrings().builder;
  const lang = pageLang();
  const readyMade = readyMadeChallenges();
  const field = <T extends HTMLElement>(selector: string) => form.querySelector<T>(selector)!;
  const errors = field<HTMLElement>('[data-builder-errors]');
  const status = field<HTMLElement>('[data-builder-status]');
  const output = field<HTMLElement>('[data-builder-output]');
  const linkBox = field<HTMLTextAreaElement>('#assignment-link');
  const openLink = field<HTMLAnchorElement>('[data-open-link]');
  const copyStatus = field<HTMLElement>('[data-copy-status]');
  const customList = field<HTMLUListElement>('[data-custom-list]');
  const custom: Challenge[] = [];
  let customCount = 0;

  /** Shows one problem and moves the keyboard to the field that has it. */
  const problem = (message: string, focus?: HTMLElement) => {
    errors.replaceChildren(el('p', {}, message));
    focus?.setAttribute('aria-invalid', 'true');
    focus?.focus();
  };
  form.addEventListener('input', (e) => { (e.target as HTMLElement).removeAttribute('aria-invalid'); });

  // A picked question puts its chapter on the reading list.
  form.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    if (box.name === 'item' && box.checked) {
      const chapter = form.querySelector<HTMLInputElement>(`input[name="chapter"][value="${CSS.escape(box.dataset.chapter ?? '')}"]`);
      if (chapter) chapter.checked = true;
    }
  });

  field<HTMLButtonElement>('[data-add-custom]').addEventListener('click', () => {
    errors.replaceChildren();
    const linkInput = field<HTMLInputElement>('#custom-link');
    const titleInput = field<HTMLInputElement>('#custom-title');
    const thresholdInput = field<HTMLInputElement>('#custom-threshold');
    const neuronsInput = field<HTMLInputElement>('#custom-neurons');
    const link = linkInput.value.trim();
    const hash = link.indexOf('#');
    if (hash < 0) return problem(S.errors.customLink, linkInput);
    const read = readPlaygroundState(link.slice(hash));
    if (read.messages.length > 0) return problem(S.errors.customLinkBad(read.messages.join(' ')), linkInput);
    const title = titleInput.value.trim();
    if (title === '') return problem(S.errors.customTitle, titleInput);
    // Typed in the page's convention (0,9 on a Spanish page); the link always carries '.'.
    const threshold = parseDecimal(thresholdInput.value, NUMBER_LOCALES[lang]);
    if (!threshold.ok) return problem(`${S.errors.threshold} ${numberStrings().refusal(threshold.refusal, thresholdInput.value)}`, thresholdInput);
    const neuronsText = neuronsInput.value.trim();
    const neurons = neuronsText === '' ? undefined : Number(neuronsText);
    if (neurons !== undefined && !(/^\d+$/.test(neuronsText) && neurons >= 1 && neurons <= 48)) return problem(S.errors.maxNeurons, neuronsInput);
    if (chosenReadyMade().length + custom.length >= MAX_CHALLENGES) return problem(S.errors.tooMany(MAX_CHALLENGES));
    const metric = field<HTMLSelectElement>('#custom-metric').value as Challenge['goal']['metric'];
    const direction = field<HTMLSelectElement>('#custom-direction').value === 'above' ? 'above' : 'below';
    const goal: Challenge['goal'] = { metric, [direction]: threshold.value };
    if (neurons !== undefined) goal.maxHiddenNeurons = neurons;
    const challenge: Challenge = { id: `custom-${++customCount}`, title, start: challengeStartOf(link.slice(hash)), goal };
    custom.push(challenge);
    const remove = el('button', { type: 'button' }, S.remove(title));
    const item = el('li', {}, el('span', {}, `${title} `), el('span', { className: 'help' }, `(${describeGoal(goal)})`), ' ', remove);
    remove.addEventListener('click', () => {
      custom.splice(custom.indexOf(challenge), 1);
      item.remove();
      field<HTMLElement>('.classroom-custom summary').focus();
    });
    customList.append(item);
    status.textContent = S.added(title);
    for (const input of [linkInput, titleInput, thresholdInput, neuronsInput]) input.value = '';
  });

  const checked = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)];
  const chosenReadyMade = () => checked('challenge').map((box) => readyMade.find((c) => c.id === box.value)).filter((c): c is Challenge => c !== undefined);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    errors.replaceChildren();
    const title = field<HTMLInputElement>('#assign-title');
    const due = field<HTMLInputElement>('#assign-due');
    const classCode = field<HTMLInputElement>('#assign-class');
    if (title.value.length > 120) return problem(S.errors.titleTooLong, title);
    if (due.value.length > 200) return problem(S.errors.dueTooLong, due);
    if (!CLASS_CODE_RE.test(classCode.value.trim())) return problem(S.errors.classCode, classCode);
    const items = checked('item');
    const chapters = [...new Set([...checked('chapter').map((b) => b.value), ...items.map((b) => b.dataset.chapter ?? '')])].filter(Boolean);
    const challenges = [...chosenReadyMade(), ...custom];
    if (chapters.length === 0 && challenges.length === 0) return problem(S.errors.nothing, form.querySelector<HTMLElement>('.classroom-chapter summary') ?? undefined);
    if (challenges.length > MAX_CHALLENGES) return problem(S.errors.tooMany(MAX_CHALLENGES));
    const assignment: AssignmentV1 = {
      format: 'nn101-assignment', version: 1, title: title.value.trim(), due: due.value.trim(), classCode: classCode.value.trim(),
      chapters, items: items.map((b) => b.value), challenges, lang,
    };
    // The learner's page in the teacher's language: a link made on /es/teach/assign/ opens /es/assignment/.
    const url = new URL(withBase(localizedPath(lang, '/assignment/'), import.meta.env.BASE_URL), location.href);
    url.hash = writeAssignmentLink(assignment);
    linkBox.value = url.href;
    openLink.href = url.href;
    output.hidden = false;
    copyStatus.textContent = '';
    status.textContent = S.made;
    linkBox.focus();
    linkBox.select();
  });

  field<HTMLButtonElement>('[data-copy-link]').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(linkBox.value);
      copyStatus.textContent = S.copied;
    } catch {
      copyStatus.textContent = S.copyFailed;
      linkBox.focus();
      linkBox.select();
    }
  });
}
