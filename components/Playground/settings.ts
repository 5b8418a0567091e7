// The playground's settings panels: data, input features, network shape, training. Each setting is one
// labelled native control bound to one or more URL keys (see src/state/playground-state.ts).
import { FEATURE_LABELS } from '../../src/engine/index.ts';
import {
  ACTIVATIONS, MULTICLASS_DATASETS, DATASET_LABELS, FEATURES, MAX_HIDDEN_LAYERS, MAX_NEURONS, datasetsFor, type DatasetName, type PlaygroundState,
} from '../../src/state/playground-state.ts';
import {
  buttonControl, checkboxControl, group, numberOptions, selectControl, sliderControl, type Control,
} from './control-kit.ts';
import { el } from '../../src/ui/dom.ts';
import { VALIDATION_SHARE } from './data-source.ts';
import type { Store } from './store.ts';

export { DATASET_LABELS };

const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
const REG_RATES = [0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
const DROPOUTS = [0, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9];
const ACT_LABELS: Record<string, string> = { relu: 'ReLU', tanh: 'tanh', sigmoid: 'sigmoid', linear: 'linear' };

function panel(title: string, ...controls: Control[]): Control {
  const element = el('fieldset', { class: 'pg-panel' }, el('legend', {}, title));
  element.append(...controls.map((c) => c.element));
  return { element, sync(s) { for (const c of controls) c.sync(s); } };
}

/** The data panel; `say` shows what a change had to fix (e.g. the data set that several classes replaced). */
export function dataSettings(store: Store, onRegenerate: () => void): Control & { say(text: string): void } {
  // Next to the Problem and Data set controls, so the reader sees why the data set changed.
  const changeNote = el('p', { class: 'pg-note pg-data-note', role: 'status' });
  const multiHint = el('p', { class: 'pg-note' },
    `Several classes are offered only for ${MULTICLASS_DATASETS.map((d) => DATASET_LABELS[d]).join(' and ')}, or your own points.`);
  const control = panel('Data',
    group('problem',
      selectControl(store, 'Problem', [
        { value: 'binary', label: 'Two classes' }, { value: 'multiclass', label: 'Several classes (softmax)' }, { value: 'regression', label: 'Regression' },
      ], (s) => s.problem, (v) => ({ problem: v as PlaygroundState['problem'] })),
      showWhen((s) => s.problem === 'multiclass',
        selectControl(store, 'Classes', numberOptions([3, 4]), (s) => String(s.classes), (v) => ({ classes: Number(v) }))),
    ),
    group('data',
      selectControl(store, 'Data set', (s) => datasetsFor(s.problem).map((d) => ({ value: d, label: DATASET_LABELS[d] })),
        (s) => s.data, (v) => ({ data: v as DatasetName })),
      showWhen((s) => s.problem === 'multiclass', { element: multiHint, sync() {} }),
    ),
    { element: changeNote, sync() {} },
    group('noise', sliderControl(store, 'Noise (%)', { min: 0, max: 50, step: 5 }, (s) => s.noise, (v) => ({ noise: v }))),
    group('split', sliderControl(store, 'Training share (%)', { min: 10, max: 90, step: 10 }, (s) => s.train, (v) => ({ train: v }))),
    group('regenerate',
      sliderControl(store, 'Number of points', { min: 50, max: 1000, step: 50 }, (s) => s.points, (v) => ({ points: v })),
      buttonControl('Regenerate data', onRegenerate),
    ),
    checkboxControl(store, 'Show test points', (s) => s.showTest, (on) => ({ showTest: on })),
    checkboxControl(store, 'Discretise output (show only the decision)', (s) => s.discretize, (on) => ({ discretize: on })),
  );
  return { ...control, say(text) { if (changeNote.textContent !== text) changeNote.textContent = text; } };
}

export function featureSettings(store: Store): Control {
  const boxes = FEATURES.map((f) => checkboxControl(store, FEATURE_LABELS[f].text,
    (s) => s.features.includes(f),
    (on) => {
      const current = store.state.features;
      // Keep the canonical order so equal sets give equal links.
      const next = on ? FEATURES.filter((g) => g === f || current.includes(g)) : current.filter((g) => g !== f);
      return { features: next.length > 0 ? next : current };
    }));
  const note = el('p', { class: 'pg-note', role: 'status' });
  const inner = group('features', ...boxes);
  inner.element.classList.add('pg-features');
  return panel('Inputs', inner, {
    element: note,
    sync(s) { note.textContent = s.features.length === 1 ? 'At least one input stays on.' : ''; for (const b of boxes) b.element.querySelector('input')!.disabled = s.features.length === 1 && b.element.querySelector('input')!.checked; },
  });
}

/** Resizes the per-layer lists (activations, dropout) to a new number of layers, keeping the ones that stay. */
function resizeLayerLists(s: Readonly<PlaygroundState>, layers: number[]): Partial<PlaygroundState> {
  const fit = <T>(list: T[], fill: T) => (list.length === s.layers.length ? [...list.slice(0, layers.length), ...Array(Math.max(0, layers.length - list.length)).fill(fill)] : []);
  return { layers, acts: fit(s.acts, s.act), dropout: fit(s.dropout, 0) };
}

export function networkSettings(store: Store): Control {
  const layerList = el('ol', { class: 'pg-layer-list' });
  const countText = el('span', { class: 'pg-count', 'aria-live': 'polite' });
  const remove = buttonControl('− layer', () => {
    const s = store.state;
    if (s.layers.length > 0) store.update(resizeLayerLists(s, s.layers.slice(0, -1)));
  }, { 'aria-label': 'Remove a hidden layer' });
  const add = buttonControl('+ layer', () => {
    const s = store.state;
    if (s.layers.length < MAX_HIDDEN_LAYERS) store.update(resizeLayerLists(s, [...s.layers, 2]));
  }, { 'aria-label': 'Add a hidden layer' });
  const layersControl: Control = {
    element: el('div', { class: 'pg-field pg-layers' }, el('span', {}, 'Hidden layers: '), remove.element, countText, add.element, layerList),
    sync(s) {
      countText.textContent = String(s.layers.length);
      remove.button.disabled = s.layers.length === 0;
      add.button.disabled = s.layers.length >= MAX_HIDDEN_LAYERS;
      keepFocusOnPair(remove.button, add.button);
      if (layerList.dataset.shape !== JSON.stringify([s.layers, s.acts, s.dropout, s.act, s.hide])) {
        layerList.dataset.shape = JSON.stringify([s.layers, s.acts, s.dropout, s.act, s.hide]);
        const focused = document.activeElement?.id;
        layerList.replaceChildren(...s.layers.map((units, i) => layerRow(store, s, i, units)));
        const again = focused ? document.getElementById(focused) : null;
        // A − or + that reached its limit is disabled and cannot hold the focus: give it to the other one.
        const other = again instanceof HTMLButtonElement && again.disabled
          ? document.getElementById(focused!.replace(/-(minus|plus)$/, (_, k: string) => (k === 'minus' ? '-plus' : '-minus')))
          : again;
        other?.focus();
      }
    },
  };
  return panel('Network',
    group('layers', layersControl),
    group('activation', selectControl(store, 'Activation (every layer)', ACTIVATIONS.map((a) => ({ value: a, label: ACT_LABELS[a] })),
      (s) => s.act, (v) => ({ act: v as PlaygroundState['act'], acts: [] }))),
    group('loss', selectControl(store, 'Loss', (s) => (s.problem === 'regression'
      ? [{ value: 'mse', label: 'Squared error' }]
      : [{ value: 'xent', label: 'Cross-entropy' }, { value: 'mse', label: 'Squared error' }]), (s) => s.loss, (v) => ({ loss: v as PlaygroundState['loss'] }))),
    group('init', selectControl(store, 'Weight initialisation', [
      { value: 'auto', label: 'Automatic (He for ReLU, else Xavier)' }, { value: 'xavier', label: 'Xavier (Glorot) normal' }, { value: 'he', label: 'He normal' },
    ], (s) => s.init, (v) => ({ init: v as PlaygroundState['init'] }))),
  );
}

/** A −/+ pair: when the focused one has just been disabled (a limit reached), the other one takes the focus. */
function keepFocusOnPair(a: HTMLButtonElement, b: HTMLButtonElement): void {
  if (document.activeElement === a && a.disabled) b.focus();
  else if (document.activeElement === b && b.disabled) a.focus();
}

/** One hidden layer's row: neuron count −/+, its own activation and dropout. Ids are stable per layer so focus survives a rebuild. */
function layerRow(store: Store, s: Readonly<PlaygroundState>, i: number, units: number): HTMLElement {
  const setUnits = (n: number) => {
    const layers = [...store.state.layers];
    layers[i] = Math.max(1, Math.min(MAX_NEURONS, n));
    store.update({ layers });
  };
  const minus = el('button', { type: 'button', class: 'pg-button pg-small', id: `pg-l${i}-minus`, 'aria-label': `Remove a neuron from layer ${i + 1}`, disabled: units <= 1 }, '−');
  const plus = el('button', { type: 'button', class: 'pg-button pg-small', id: `pg-l${i}-plus`, 'aria-label': `Add a neuron to layer ${i + 1}`, disabled: units >= MAX_NEURONS }, '+');
  minus.addEventListener('click', () => setUnits(store.state.layers[i]! - 1));
  plus.addEventListener('click', () => setUnits(store.state.layers[i]! + 1));
  const perLayer = s.acts.length === s.layers.length;
  const act = el('select', { id: `pg-l${i}-act`, 'aria-label': `Activation of layer ${i + 1}` },
    el('option', { value: '' }, `same (${ACT_LABELS[s.act]})`),
    ...ACTIVATIONS.map((a) => el('option', { value: a }, ACT_LABELS[a])));
  act.value = perLayer ? s.acts[i]! : '';
  act.addEventListener('change', () => {
    const st = store.state;
    const acts = st.acts.length === st.layers.length ? [...st.acts] : st.layers.map(() => st.act);
    acts[i] = (act.value || st.act) as PlaygroundState['act'];
    store.update({ acts: acts.every((a) => a === st.act) ? [] : acts });
  });
  const dropValue = s.dropout.length === s.layers.length ? s.dropout[i]! : 0;
  const drop = el('select', { id: `pg-l${i}-drop`, 'aria-label': `Dropout of layer ${i + 1}` },
    ...[...new Set([...DROPOUTS, dropValue])].sort((a, b) => a - b).map((d) => el('option', { value: String(d) }, d === 0 ? 'no dropout' : `dropout ${d}`)));
  drop.value = String(dropValue);
  drop.addEventListener('change', () => {
    const st = store.state;
    const dropout = st.dropout.length === st.layers.length ? [...st.dropout] : st.layers.map(() => 0);
    dropout[i] = Number(drop.value);
    store.update({ dropout: dropout.every((d) => d === 0) ? [] : dropout });
  });
  const hideAct = s.hide.includes('activation');
  const hideDrop = s.hide.includes('dropout');
  return el('li', { class: 'pg-layer-row' },
    el('span', { class: 'pg-layer-name' }, `Layer ${i + 1}: `),
    // One unit, so a narrow column (large text) never wraps "+" away from its count.
    el('span', { class: 'pg-stepper' }, minus, el('span', { class: 'pg-count' }, `${units} neuron${units === 1 ? '' : 's'}`), plus),
    hideAct ? null : act, hideDrop ? null : drop);
}

export function trainingSettings(store: Store): Control {
  const lrOptions = numberOptions(LEARNING_RATES);
  return panel('Training',
    group('speed', selectControl(store, 'Speed', [
      { value: 'slow', label: 'Slow: one mini-batch a frame' }, { value: 'normal', label: 'Normal: one epoch a frame' }, { value: 'fast', label: 'Fast: as many epochs as fit' },
    ], (s) => s.speed, (v) => ({ speed: v as PlaygroundState['speed'] }))),
    group('lr', selectControl(store, 'Learning rate', lrOptions, (s) => String(s.lr), (v) => ({ lr: Number(v) }))),
    group('batch', sliderControl(store, 'Batch size', { min: 1, max: 100, step: 1 }, (s) => s.batch, (v) => ({ batch: v }))),
    group('optimizer',
      selectControl(store, 'Optimiser', [{ value: 'sgd', label: 'SGD' }, { value: 'momentum', label: 'SGD with momentum' }, { value: 'adam', label: 'Adam' }],
        (s) => s.opt, (v) => ({ opt: v as PlaygroundState['opt'] })),
      showWhen((s) => s.opt === 'momentum', sliderControl(store, 'Momentum', { min: 0, max: 0.99, step: 0.01, decimals: 2 }, (s) => s.momentum, (v) => ({ momentum: v }))),
    ),
    group('schedule',
      selectControl(store, 'Learning-rate schedule', [
        { value: 'constant', label: 'Constant' }, { value: 'step', label: 'Step decay' }, { value: 'exponential', label: 'Exponential decay' }, { value: 'cosine', label: 'Cosine' },
      ], (s) => s.sched, (v) => ({ sched: v as PlaygroundState['sched'] })),
      showWhen((s) => s.sched === 'step' || s.sched === 'exponential',
        sliderControl(store, 'Decay factor', { min: 0.01, max: 1, step: 0.01, decimals: 2 }, (s) => s.decay, (v) => ({ decay: v }))),
      showWhen((s) => s.sched === 'step' || s.sched === 'cosine',
        sliderControl(store, 'Period (epochs)', { min: 1, max: 1000, step: 1 }, (s) => s.every, (v) => ({ every: v }))),
    ),
    group('regularization',
      selectControl(store, 'Regularization', [{ value: 'none', label: 'None' }, { value: 'l1', label: 'L1' }, { value: 'l2', label: 'L2' }],
        (s) => s.reg, (v) => ({ reg: v as PlaygroundState['reg'] })),
      showWhen((s) => s.reg !== 'none', selectControl(store, 'Regularization rate', numberOptions(REG_RATES), (s) => String(s.regRate), (v) => ({ regRate: Number(v) }))),
    ),
    group('dropout', selectControl(store, 'Dropout (every hidden layer)', (s) => (s.layers.length === 0
      ? [{ value: '0', label: 'no hidden layers' }]
      : [...(s.dropout.length && new Set(s.dropout).size > 1 ? [{ value: 'mixed', label: 'per layer (see Network)' }] : []), ...DROPOUTS.map((d) => ({ value: String(d), label: d === 0 ? 'none' : String(d) }))]),
    (s) => (s.dropout.length === 0 ? '0' : new Set(s.dropout).size > 1 ? 'mixed' : String(s.dropout[0])),
    (v) => (v === 'mixed' ? {} : { dropout: Number(v) === 0 ? [] : store.state.layers.map(() => Number(v)) }))),
    group('earlystop',
      checkboxControl(store, 'Early stopping (pause when the validation loss stops improving)', (s) => s.stop, (on) => ({ stop: on })),
      showWhen((s) => s.stop, sliderControl(store, 'Patience (epochs)', { min: 1, max: 1000, step: 1 }, (s) => s.patience, (v) => ({ patience: v }))),
      showWhen((s) => s.stop, { element: el('p', { class: 'pg-note' }, VALIDATION_NOTE), sync() {} }),
    ),
  );
}

/** Which data early stopping watches, said where it is switched on. */
const VALIDATION_NOTE = `It holds out ${100 * VALIDATION_SHARE} % of the training points (drawn as training points, but not trained on) and watches their loss, the validation loss; the test points stay unseen.`;

function showWhen(test: (s: Readonly<PlaygroundState>) => boolean, control: Control): Control {
  return { element: control.element, sync(s) { control.element.hidden = !test(s); control.sync(s); } };
}
