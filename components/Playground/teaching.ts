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

const GROUP_LABELS: Record<ControlGroup, string> = {
  data: 'data set', noise: 'noise', split: 'training share', regenerate: 'regenerate / points', edit: 'adding and importing points',
  features: 'input features', layers: 'layers and neurons', activation: 'activation', dropout: 'dropout', problem: 'problem type',
  loss: 'loss', lr: 'learning rate', batch: 'batch size', init: 'initialisation', optimizer: 'optimiser', schedule: 'schedule',
  regularization: 'regularization', earlystop: 'early stopping', weights: 'new weights', views: 'view settings', speed: 'training speed',
};

export function viewSettings(store: Store): Control {
  return group('views',
    selectControl(store, 'Connections show', [{ value: 'weights', label: 'weights' }, { value: 'gradients', label: 'gradients dL/dw' }],
      (s) => s.view, (v) => ({ view: v as PlaygroundState['view'] })),
  );
}

export function exerciseBanner(): Control {
  // dir=auto: a task written in a right-to-left language reads in its own direction.
  const text = el('p', { dir: 'auto', class: 'pg-task-text' });
  const element = el('aside', { class: 'pg-task', 'aria-label': 'Exercise' }, el('strong', {}, 'Exercise: '), text);
  return {
    element,
    sync(s) {
      element.hidden = s.task === '';
      text.textContent = showBidiControls(s.task); // text, never HTML, bidi controls visible: the link is untrusted
    },
  };
}

export function teacherPanel(store: Store): Control {
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
  const copy = el('button', { type: 'button', class: 'pg-button' }, 'Copy exercise link');
  const note = el('span', { class: 'pg-note', role: 'status' });
  copy.addEventListener('click', async () => {
    try { await navigator.clipboard.writeText(store.link()); note.textContent = 'Link copied.'; }
    catch { note.textContent = `Copy this link: ${store.link()}`; }
  });
  const hideBox = el('fieldset', { class: 'pg-hide-list' }, el('legend', {}, 'Hide these controls'), ...boxes.map((b) => b.element));
  const element = el('details', { class: 'pg-teacher' },
    el('summary', {}, 'For teachers: make an exercise link'),
    el('p', {}, 'Set up the playground, hide what the class should not change, write the task, and share the link. The link holds the data, the network, every setting and both seeds.'),
    hideBox,
    el('div', { class: 'pg-field' }, el('label', { for: taskId }, 'Exercise text (up to 280 characters)'), task),
    el('div', { class: 'pg-row' }, copy, note));
  return {
    element,
    sync(s) {
      for (const b of boxes) b.sync(s);
      if (document.activeElement !== task) task.value = s.task;
    },
  };
}
