// The playground's settings panels: data, input features, network shape, training. Each setting is one
// labelled native control bound to one or more URL keys (see src/state/playground-state.ts).
import {
  ACTIVATIONS, MULTICLASS_DATASETS, FEATURES, MAX_HIDDEN_LAYERS, MAX_NEURONS, datasetsFor, type DatasetName, type PlaygroundState,
} from '../../src/state/playground-state.ts';
import { playgroundStrings } from '../../src/i18n/index.ts';
import {
  buttonControl, checkboxControl, group, numberOptions, selectControl, sliderControl, type Control,
} from './control-kit.ts';
import { el, setDisabled } from '../../src/ui/dom.ts';
import { formatPlain } from '../../src/ui/format.ts';
import { VALIDATION_SHARE } from './data-source.ts';
import type { Store } from './store.ts';

const T = playgroundStrings();
/** The data sets' names in the page's language. */
export const DATASET_LABELS = T.datasets;

const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
const REG_RATES = [0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
const DROPOUTS = [0, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9];
const ACT_LABELS: Record<string, string> = T.activations;

function panel(title: string, ...controls: Control[]): Control {
  const element = el('fieldset', { class: 'pg-panel' }, el('legend', {}, title));
  element.append(...controls.map((c) => c.element));
  return { element, sync(s) { for (const c of controls) c.sync(s); } };
}

/** The data panel; `say` shows what a change had to fix (e.g. the data set that several classes replaced). */
export function dataSettings(store: Store, onRegenerate: () => void): Control & { say(text: string): void } {
  // Next to the Problem and Data set controls, so the reader sees why the data set changed.
  const changeNote = el('p', { class: 'pg-note pg-data-note', role: 'status' });
  const D = T.data;
  const multiHint = () => el('p', { class: 'pg-note' }, D.multiHint(MULTICLASS_DATASETS.map((d) => DATASET_LABELS[d]).join(D.and)));
  const control = panel(D.panel,
    group('problem',
      selectControl(store, D.problem, [
        { value: 'binary', label: D.binary }, { value: 'multiclass', label: D.multiclass }, { value: 'regression', label: D.regression },
      ], (s) => s.problem, (v) => ({ problem: v as PlaygroundState['problem'] })),
      showWhen((s) => s.problem === 'multiclass',
        () => selectControl(store, D.classes, numberOptions([3, 4]), (s) => String(s.classes), (v) => ({ classes: Number(v) }))),
    ),
    group('data',
      selectControl(store, D.dataSet, (s) => datasetsFor(s.problem).map((d) => ({ value: d, label: DATASET_LABELS[d] })),
        (s) => s.data, (v) => ({ data: v as DatasetName })),
      showWhen((s) => s.problem === 'multiclass', () => ({ element: multiHint(), sync() {} })),
    ),
    { element: changeNote, sync() {} },
    group('noise', sliderControl(store, D.noise, { min: 0, max: 50, step: 5 }, (s) => s.noise, (v) => ({ noise: v }))),
    group('split', sliderControl(store, D.trainShare, { min: 10, max: 90, step: 10 }, (s) => s.train, (v) => ({ train: v }))),
    group('regenerate',
      sliderControl(store, D.points, { min: 50, max: 1000, step: 50 }, (s) => s.points, (v) => ({ points: v })),
      buttonControl(D.regenerate, onRegenerate),
    ),
    checkboxControl(store, D.showTest, (s) => s.showTest, (on) => ({ showTest: on })),
    checkboxControl(store, D.discretize, (s) => s.discretize, (on) => ({ discretize: on })),
  );
  return { ...control, say(text) { if (changeNote.textContent !== text) changeNote.textContent = text; } };
}

export function featureSettings(store: Store): Control {
  const boxes = FEATURES.map((f) => checkboxControl(store, T.features.names[f],
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
  return panel(T.features.panel, inner, {
    element: note,
    sync(s) { note.textContent = s.features.length === 1 ? T.features.lastOne : ''; for (const b of boxes) b.element.querySelector('input')!.disabled = s.features.length === 1 && b.element.querySelector('input')!.checked; },
  });
}

/** Resizes the per-layer lists (activations, dropout) to a new number of layers, keeping the ones that stay. */
function resizeLayerLists(s: Readonly<PlaygroundState>, layers: number[]): Partial<PlaygroundState> {
  const fit = <T>(list: T[], fill: T) => (list.length === s.layers.length ? [...list.slice(0, layers.length), ...Array(Math.max(0, layers.length - list.length)).fill(fill)] : []);
  return { layers, acts: fit(s.acts, s.act), dropout: fit(s.dropout, 0) };
}

export function networkSettings(store: Store): Control {
  const N = T.network;
  const layerList = el('ol', { class: 'pg-layer-list' });
  const countText = el('span', { class: 'pg-count', 'aria-live': 'polite' });
  const remove = buttonControl(N.removeLayer, () => {
    const s = store.state;
    if (s.layers.length > 0) store.update(resizeLayerLists(s, s.layers.slice(0, -1)));
  }, { 'aria-label': N.removeLayerLabel });
  const add = buttonControl(N.addLayer, () => {
    const s = store.state;
    if (s.layers.length < MAX_HIDDEN_LAYERS) store.update(resizeLayerLists(s, [...s.layers, 2]));
  }, { 'aria-label': N.addLayerLabel });
  const layersControl: Control = {
    element: el('div', { class: 'pg-field pg-layers' }, el('span', {}, N.hiddenLayers), remove.element, countText, add.element, layerList),
    sync(s) {
      countText.textContent = String(s.layers.length);
      // A − or + that reaches its limit hands the keyboard to the other (enabled first, so it can take it).
      const none = s.layers.length === 0;
      const full = s.layers.length >= MAX_HIDDEN_LAYERS;
      if (!none) setDisabled(remove.button, false);
      if (!full) setDisabled(add.button, false);
      setDisabled(remove.button, none, add.button);
      setDisabled(add.button, full, remove.button);
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
  return panel(N.panel,
    group('layers', layersControl),
    group('activation', selectControl(store, N.activation, ACTIVATIONS.map((a) => ({ value: a, label: ACT_LABELS[a] })),
      (s) => s.act, (v) => ({ act: v as PlaygroundState['act'], acts: [] }))),
    group('loss', selectControl(store, N.loss, (s) => (s.problem === 'regression'
      ? [{ value: 'mse', label: N.squaredError }]
      : [{ value: 'xent', label: N.crossEntropy }, { value: 'mse', label: N.squaredError }]), (s) => s.loss, (v) => ({ loss: v as PlaygroundState['loss'] }))),
    group('init', selectControl(store, N.init, [
      { value: 'auto', label: N.initAuto }, { value: 'xavier', label: N.initXavier }, { value: 'he', label: N.initHe },
    ], (s) => s.init, (v) => ({ init: v as PlaygroundState['init'] }))),
  );
}

/** One hidden layer's row: neuron count −/+, its own activation and dropout. Ids are stable per layer so focus survives a rebuild. */
function layerRow(store: Store, s: Readonly<PlaygroundState>, i: number, units: number): HTMLElement {
  const N = T.network;
  const setUnits = (n: number) => {
    const layers = [...store.state.layers];
    layers[i] = Math.max(1, Math.min(MAX_NEURONS, n));
    store.update({ layers });
  };
  const minus = el('button', { type: 'button', class: 'pg-button pg-small', id: `pg-l${i}-minus`, 'aria-label': N.removeNeuron(i + 1), disabled: units <= 1 }, '−');
  const plus = el('button', { type: 'button', class: 'pg-button pg-small', id: `pg-l${i}-plus`, 'aria-label': N.addNeuron(i + 1), disabled: units >= MAX_NEURONS }, '+');
  minus.addEventListener('click', () => setUnits(store.state.layers[i]! - 1));
  plus.addEventListener('click', () => setUnits(store.state.layers[i]! + 1));
  const perLayer = s.acts.length === s.layers.length;
  const act = el('select', { id: `pg-l${i}-act`, 'aria-label': N.layerActivation(i + 1) },
    el('option', { value: '' }, N.same(ACT_LABELS[s.act]!)),
    ...ACTIVATIONS.map((a) => el('option', { value: a }, ACT_LABELS[a])));
  act.value = perLayer ? s.acts[i]! : '';
  act.addEventListener('change', () => {
    const st = store.state;
    const acts = st.acts.length === st.layers.length ? [...st.acts] : st.layers.map(() => st.act);
    acts[i] = (act.value || st.act) as PlaygroundState['act'];
    store.update({ acts: acts.every((a) => a === st.act) ? [] : acts });
  });
  const dropValue = s.dropout.length === s.layers.length ? s.dropout[i]! : 0;
  const drop = el('select', { id: `pg-l${i}-drop`, 'aria-label': N.layerDropout(i + 1) },
    ...[...new Set([...DROPOUTS, dropValue])].sort((a, b) => a - b).map((d) => el('option', { value: String(d) }, d === 0 ? N.noDropout : N.dropout(d))));
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
    el('span', { class: 'pg-layer-name' }, N.layer(i + 1)),
    // One unit, so a narrow column (large text) never wraps "+" away from its count.
    el('span', { class: 'pg-stepper' }, minus, el('span', { class: 'pg-count' }, N.neurons(units)), plus),
    hideAct ? null : act, hideDrop ? null : drop);
}

export function trainingSettings(store: Store): Control {
  const lrOptions = numberOptions(LEARNING_RATES);
  const R = T.training;
  return panel(R.panel,
    group('speed', selectControl(store, R.speed, [
      { value: 'slow', label: R.slow }, { value: 'normal', label: R.normal }, { value: 'fast', label: R.fast },
    ], (s) => s.speed, (v) => ({ speed: v as PlaygroundState['speed'] }))),
    group('lr', selectControl(store, R.learningRate, lrOptions, (s) => String(s.lr), (v) => ({ lr: Number(v) }))),
    group('batch', sliderControl(store, R.batch, { min: 1, max: 100, step: 1 }, (s) => s.batch, (v) => ({ batch: v }))),
    group('optimizer',
      selectControl(store, R.optimizer, [{ value: 'sgd', label: R.sgd }, { value: 'momentum', label: R.momentumSgd }, { value: 'adam', label: R.adam }],
        (s) => s.opt, (v) => ({ opt: v as PlaygroundState['opt'] })),
      showWhen((s) => s.opt === 'momentum', () => sliderControl(store, R.momentum, { min: 0, max: 0.99, step: 0.01, decimals: 2 }, (s) => s.momentum, (v) => ({ momentum: v }))),
    ),
    group('schedule',
      selectControl(store, R.schedule, [
        { value: 'constant', label: R.constant }, { value: 'step', label: R.stepDecay }, { value: 'exponential', label: R.exponential }, { value: 'cosine', label: R.cosine },
      ], (s) => s.sched, (v) => ({ sched: v as PlaygroundState['sched'] })),
      showWhen((s) => s.sched === 'step' || s.sched === 'exponential',
        () => sliderControl(store, R.decay, { min: 0.01, max: 1, step: 0.01, decimals: 2 }, (s) => s.decay, (v) => ({ decay: v }))),
      showWhen((s) => s.sched === 'step' || s.sched === 'cosine',
        () => sliderControl(store, R.period, { min: 1, max: 1000, step: 1 }, (s) => s.every, (v) => ({ every: v }))),
    ),
    group('regularization',
      selectControl(store, R.regularization, [{ value: 'none', label: R.none }, { value: 'l1', label: 'L1' }, { value: 'l2', label: 'L2' }],
        (s) => s.reg, (v) => ({ reg: v as PlaygroundState['reg'] })),
      showWhen((s) => s.reg !== 'none', () => selectControl(store, R.regRate, numberOptions(REG_RATES), (s) => String(s.regRate), (v) => ({ regRate: Number(v) }))),
    ),
    group('dropout', selectControl(store, R.dropout, (s) => (s.layers.length === 0
      ? [{ value: '0', label: R.noHiddenLayers }]
      : [...(s.dropout.length && new Set(s.dropout).size > 1 ? [{ value: 'mixed', label: R.perLayer }] : []), ...DROPOUTS.map((d) => ({ value: String(d), label: d === 0 ? R.noDropout : formatPlain(d) }))]),
    (s) => (s.dropout.length === 0 ? '0' : new Set(s.dropout).size > 1 ? 'mixed' : String(s.dropout[0])),
    (v) => (v === 'mixed' ? {} : { dropout: Number(v) === 0 ? [] : store.state.layers.map(() => Number(v)) }))),
    group('earlystop',
      checkboxControl(store, R.earlyStopping, (s) => s.stop, (on) => ({ stop: on })),
      showWhen((s) => s.stop, () => sliderControl(store, R.patience, { min: 1, max: 1000, step: 1 }, (s) => s.patience, (v) => ({ patience: v }))),
      showWhen((s) => s.stop, () => ({ element: el('p', { class: 'pg-note' }, R.validationNote(100 * VALIDATION_SHARE)), sync() {} })),
    ),
  );
}

/**
 * A control shown only for some settings (momentum's slider for momentum SGD, ...), built the first time
 * they ask for it: most readers never see most of these, and each is form controls that the page's first
 * layout, and Chromium's scan of the page's forms, would otherwise go through at start-up. Until then an
 * empty hidden placeholder holds its place; once built, it is hidden and shown like any control.
 */
function showWhen(test: (s: Readonly<PlaygroundState>) => boolean, make: () => Control): Control {
  const placeholder = el('div', { hidden: true });
  let control: Control | null = null;
  return {
    get element() { return control?.element ?? placeholder; },
    sync(s) {
      const shown = test(s);
      if (!control) {
        if (!shown) return;
        control = make();
        placeholder.replaceWith(control.element);
      }
      control.element.hidden = !shown;
      control.sync(s);
    },
  };
}
