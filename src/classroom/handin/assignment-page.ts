// Wires the learner's assignment page (/assignment/#v=1&…): reads the assignment from the link, the
// learner's name (typed once, kept in this browser) and their progress, shows what is left, opens each
// challenge with the learner's own seed, and makes the hand-in (a file, or a text code to paste).
import type { ProgressV1 } from '../contract.ts';
import { readAssignmentLink } from '../assignment/assignment-link.ts';
import { readCatalogue } from '../assignment/catalogue-data.ts';
import { challengeHref, challengeItemId, checkGoal, describeGoal } from '../assignment/challenges.ts';
import { learnerSeed, MAX_NAME_LENGTH, normaliseName } from '../assignment/learner-seed.ts';
import { pageLang } from '../../i18n/index.ts';
import { assignmentStrings, handInStrings } from '../../i18n/classroom.ts';
import { localizedPath, withBase } from '../../i18n/routes.ts';
import { el } from '../../ui/dom.ts';
import { formatNumber } from '../../ui/format.ts';
import { showBidiControls } from '../../ui/untrusted-text.ts';
import { createHandIn, handInCode, handInFileName, handInFileText } from './hand-in.ts';
import { progressStore } from '../progress/browser.ts';
import { anchorFor } from '../progress/inventory.ts';

const S = handInStrings().page;
const base = import.meta.env.BASE_URL;
/** A page of the course in this page's language (the playground of a challenge), with the base. */
const here = (sitePath: string) => withBase(localizedPath(pageLang(), sitePath), base);
const nameKey = (classCode: string) => `nn101-learner-name:${normaliseName(classCode)}`;

function savedName(classCode: string): string {
  try { return localStorage.getItem(nameKey(classCode)) ?? ''; } catch { return ''; }
}


export function mountAssignmentPage(root: HTMLElement): void {
  const errors = root.querySelector<HTMLElement>('[data-assignment-errors]')!;
  const body = root.querySelector<HTMLElement>('[data-assignment-body]')!;
  const heading = root.querySelector<HTMLElement>('[data-assignment-title]')!;
  const read = readAssignmentLink(location.hash);
  if (!read.ok) {
    errors.replaceChildren(el('p', {}, read.message));
    root.dataset.ready = 'error';
    return;
  }
  const a = read.assignment;
  const catalogue = readCatalogue();
  const store = progressStore();
  // Untrusted text from the link: shown as text, bidi controls made visible.
  heading.textContent = showBidiControls(a.title);
  document.title = `${showBidiControls(a.title)} · nn101`;
  const warnings = read.messages.length > 0
    ? el('div', { className: 'note' }, el('p', {}, assignmentStrings().link.partly), el('ul', {}, ...read.messages.map((m) => el('li', {}, m))))
    : '';

  let name = savedName(a.classCode);
  const nameInput = el('input', { id: 'learner-name', maxLength: MAX_NAME_LENGTH, autocomplete: 'name', className: 'wide', value: name });
  nameInput.setAttribute('aria-describedby', 'learner-name-help');
  const nameProblem = el('p', { className: 'classroom-errors' });
  nameProblem.setAttribute('role', 'alert');
  const saveName = el('button', { type: 'button', className: 'primary' }, S.saveName);
  const changeName = el('button', { type: 'button' }, S.changeName);
  const nameEditor = el('div', {}, el('p', {}, el('label', { htmlFor: 'learner-name' }, S.nameLabel), el('br'), nameInput), el('p', {}, saveName), nameProblem);
  const whoAmI = el('p', { className: 'classroom-state' });
  whoAmI.dataset.learnerSeed = '';
  const nameShown = el('div', {}, whoAmI, el('p', {}, changeName));
  const nameSection = el('fieldset', {}, el('legend', {}, S.nameLegend), el('p', { id: 'learner-name-help', className: 'help' }, S.nameHelp), nameEditor, nameShown);

  saveName.addEventListener('click', () => {
    const typed = nameInput.value.trim();
    if (typed === '') { nameProblem.textContent = S.nameMissing; nameInput.focus(); return; }
    if (typed.length > MAX_NAME_LENGTH) { nameProblem.textContent = S.nameTooLong(MAX_NAME_LENGTH); nameInput.focus(); return; }
    nameProblem.textContent = '';
    name = typed;
    try { localStorage.setItem(nameKey(a.classCode), name); } catch { /* kept for this page only */ }
    refresh();
    changeName.focus();
  });
  nameInput.addEventListener('keydown', (e) => { if (e.key === 'Enter') saveName.click(); });
  changeName.addEventListener('click', () => { nameEditor.hidden = false; nameShown.hidden = true; nameInput.focus(); });

  const summary = el('p', { className: 'classroom-state' });
  summary.setAttribute('role', 'status');
  const chapterList = el('ul', { className: 'classroom-items' }, ...a.chapters.map((id) => {
    const chapter = catalogue.chapters.find((c) => c.id === id);
    return el('li', {}, el('a', { href: withBase(chapter?.path ?? `/chapters/${id}/`, base) }, chapter?.title ?? id));
  }));

  const itemRows = a.items.map((id) => {
    const known = catalogue.items.get(id);
    const state = el('span', { className: 'classroom-state' });
    const [path, hash] = id.split('#') as [string, string];
    // The item's chapter in this page's language (the catalogue knows which chapters are translated).
    const link = el('a', { href: `${withBase(known?.chapter.path ?? path, base)}#${anchorFor(hash)}` }, S.open);
    const li = el('li', {}, el('span', { className: 'classroom-kind' }, `${known ? S.kind[known.kind] : ''}${known ? ': ' : ''}`),
      known ? known.prompt : S.unknownItem, ' ', el('br'), state, ' · ', link);
    return { id, li, state };
  });

  const challengeRows = a.challenges.map((c) => {
    const status = el('div', {});
    const open = el('p', {});
    const li = el('li', {}, el('strong', {}, showBidiControls(c.title)), el('p', { className: 'help' }, S.goal(describeGoal(c.goal))), open, status);
    li.dataset.challenge = c.id;
    return { c, li, open, status };
  });

  const handInStatus = el('p', {});
  handInStatus.setAttribute('role', 'status');
  const download = el('button', { type: 'button', className: 'primary' }, S.download);
  const makeCode = el('button', { type: 'button' }, S.makeCode);
  const codeBox = el('textarea', { id: 'hand-in-code', rows: 5, readOnly: true, className: 'wide' });
  const copyCode = el('button', { type: 'button' }, S.copy);
  const codeArea = el('div', { hidden: true }, el('p', {}, el('label', { htmlFor: 'hand-in-code' }, S.codeLabel), el('br'), codeBox), el('p', {}, copyCode));
  const handInButtons = el('div', { className: 'button-row' }, download, makeCode);

  download.addEventListener('click', async () => {
    const handIn = await createHandIn(a, name, store.read());
    const url = URL.createObjectURL(new Blob([handInFileText(handIn)], { type: 'application/json' }));
    const link = el('a', { href: url, download: handInFileName(handIn) });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    handInStatus.textContent = S.downloaded(handInFileName(handIn));
  });
  makeCode.addEventListener('click', async () => {
    codeBox.value = await handInCode(await createHandIn(a, name, store.read()));
    codeArea.hidden = false;
    codeBox.focus();
    codeBox.select();
  });
  copyCode.addEventListener('click', async () => {
    try { await navigator.clipboard.writeText(codeBox.value); handInStatus.textContent = S.copied; }
    catch { handInStatus.textContent = S.copyFailed; codeBox.focus(); codeBox.select(); }
  });

  const section = (title: string, ...content: (Node | string)[]) => el('section', {}, el('h2', {}, title), ...content);
  body.replaceChildren(
    warnings,
    el('p', {}, a.due ? S.due(a.due) : '', a.due ? el('br') : '', S.classCode(a.classCode)),
    nameSection,
    summary,
    a.chapters.length ? section(S.readHeading, chapterList) : '',
    itemRows.length ? section(S.questionsHeading, el('ul', { className: 'classroom-items' }, ...itemRows.map((r) => r.li))) : '',
    challengeRows.length ? section(S.challengesHeading, el('ul', { className: 'classroom-items' }, ...challengeRows.map((r) => r.li))) : '',
    section(S.handInHeading, el('p', {}, S.handInHelp), el('p', { className: 'help' }, S.checksumNote), handInButtons, codeArea, handInStatus,
      store.persistent ? '' : el('p', { className: 'note' }, S.notPersistent)),
  );

  function refresh(progress: ProgressV1 = store.read()): void {
    const hasName = name !== '';
    nameEditor.hidden = hasName;
    nameShown.hidden = !hasName;
    const seed = learnerSeed(name, a.classCode);
    whoAmI.textContent = hasName ? S.yourSeed(showBidiControls(name), seed) : '';
    whoAmI.dataset.learnerSeed = hasName ? String(seed) : '';
    handInButtons.hidden = !hasName;
    let done = 0;
    for (const row of itemRows) {
      const answer = progress.answers[row.id];
      const cell = progress.cells[row.id];
      row.state.textContent = answer ? (answer.status === 'correct' ? S.state.correct : S.state.wrong)
        : cell ? (cell.passed ? S.state.cellPassed : S.state.cellSaved) : S.state.notYet;
      row.li.dataset.state = answer?.status ?? (cell ? (cell.passed ? 'correct' : 'wrong') : 'open');
      if (answer?.status === 'correct' || cell?.passed) done++;
    }
    for (const row of challengeRows) {
      row.open.replaceChildren(hasName ? el('a', { href: here(challengeHref(row.c, seed)) }, S.openChallenge) : S.needName);
      const record = progress.widgets[challengeItemId(row.c.id)];
      if (!record || !hasName) { row.status.replaceChildren(el('p', {}, S.notStarted)); row.li.dataset.state = 'open'; continue; }
      const results = record.results ?? {};
      const check = checkGoal(row.c, { state: record.state, results }, seed);
      if (check.passed) done++;
      row.li.dataset.state = check.passed ? 'passed' : 'tried';
      row.status.replaceChildren(
        el('p', {}, S.run(results.epochs ?? 0, formatNumber(results.testLoss ?? Number.NaN, 3)), ' ', el('strong', {}, check.passed ? S.passed : S.notPassed)),
        check.passed ? '' : el('ul', {}, ...check.reasons.map((r) => el('li', {}, r))),
        results.replayable === 0 ? el('p', { className: 'help' }, S.notReplayable) : '',
      );
    }
    summary.textContent = S.left(done, itemRows.length + challengeRows.length);
  }

  refresh();
  store.subscribe((p) => refresh(p));
  // Back from the playground in this tab (the page may come from the back-forward cache).
  addEventListener('pageshow', () => refresh());
  document.addEventListener('visibilitychange', () => { if (!document.hidden) refresh(); });
  root.dataset.ready = 'true';
}
