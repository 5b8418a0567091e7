// For teachers: hide chosen controls and write an exercise, then hand out the link; the page shows the
// exercise text (always as plain text) and leaves the hidden controls out. Also the view settings:
// what the connections show. (Larger type for a projector is the header's Large text switch: see
// syncLargeText in playground.ts.)
import { CONTROL_GROUPS, type ControlGroup, type PlaygroundState } from '../../src/state/playground-state.ts';
import { normalizeFreeText } from '../../src/state/url-state.ts';
import { showBidiControls } from '../../src/ui/untrusted-text.ts';
import { checkboxControl, group, selectControl, type Control } from './control-kit.ts';
import { el, uid } from '../../src/ui/dom.ts';
import type { Store } from './store.ts';
import { playgroundStrings } from '../../src/i18n/index.ts';

const T = playgroundStrings();
const S = T.teacher;
const GROUP_LABELS: Record<ControlGroup, string> = S.groups;

export function viewSettings(store: Store): Control {
  return group('views',
    selectControl(store, T.view.connections, [{ value: 'weights', label: T.view.weights }, { value: 'gradients', label: T.view.gradients }],
      (s) => s.view, (v) => ({ view: v as PlaygroundState['view'] })),
  );
}

export function exerciseBanner(): Control {
  // dir=auto: a task written in a right-to-left language reads in its own direction.
  const text = el('p', { dir: 'auto', class: 'pg-task-text' });
  const element = el('aside', { class: 'pg-task', 'aria-label': S.exercise }, el('strong', {}, S.exerciseLead), text);
  return {
    element,
    sync(s) {
      element.hidden = s.task === '';
      text.textContent = showBidiControls(s.task); // text, never HTML, bidi controls visible: the link is untrusted
    },
  };
}

export function teacherPanel(store: Store): Control {
  const element = el('details', { class: 'pg-teacher' }, el('summary', {}, S.summary));
  // The panel's contents (a checkbox per control group, the exercise text) are built when it is first
  // opened: closed is how most readers see it, and ~70 elements fewer lighten the playground's start-up.
  let syncOpened: ((s: Readonly<PlaygroundState>) => void) | null = null;
  element.addEventListener('toggle', () => {
    if (!element.open || syncOpened) return;
    syncOpened = fillTeacherPanel(element, store);
    syncOpened(store.state);
  });
  return { element, sync(s) { syncOpened?.(s); } };
}

function fillTeacherPanel(element: HTMLDetailsElement, store: Store): (s: Readonly<PlaygroundState>) => void {
  const boxes = CONTROL_GROUPS.map((g) => checkboxControl(store, GROUP_LABELS[g],
    (s) => s.hide.includes(g),
    (on) => ({ hide: CONTROL_GROUPS.filter((x) => (x === g ? on : store.state.hide.includes(x))) })));
  const taskId = uid('pg-task');
  const task = el('textarea', { id: taskId, rows: 3, maxlength: 280, dir: 'auto' });
  // The students' page reads the link through the same normalisation, so what is accepted here is shown there.
  task.addEventListener('change', () => {
    const text = normalizeFreeText(task.value).slice(0, 280);
    if (task.value !== text) task.value = text;
    store.update({ task: text });
  });
  const copy = el('button', { type: 'button', class: 'pg-button' }, S.copy);
  const note = el('span', { class: 'pg-note', role: 'status' });
  copy.addEventListener('click', async () => {
    try { await navigator.clipboard.writeText(store.link()); note.textContent = T.toolbar.copied; }
    catch { note.textContent = T.toolbar.copyThis(store.link()); }
  });
  const hideBox = el('fieldset', { class: 'pg-hide-list' }, el('legend', {}, S.hide), ...boxes.map((b) => b.element));
  element.append(
    el('p', {}, S.intro),
    hideBox,
    el('div', { class: 'pg-field' }, el('label', { for: taskId }, S.task), task),
    el('div', { class: 'pg-row' }, copy, note));
  return (s) => {
    for (const b of boxes) b.sync(s);
    if (document.activeElement !== task) task.value = s.task;
  };
}
