// RegularizationLab widget: one overfitting set-up trained twice from the same seed, once plain and once
// with the techniques the reader switches on. Both runs' training and test losses share one chart (runs told
// apart by line style and labels, splits by colour and labels), the two boundaries sit side by side, and the
// final numbers are in a table. Early stopping marks its best epoch on the validation curve, learning-rate
// decay plots its schedule, augmentation shows the jittered points. Predict first, then train. Both runs
// train in the engine Worker (on the page only where no Worker can start).
import { keepPrediction } from '../../src/classroom/progress/prediction.ts';
import { currentEngine, loadFastEngine, trainingRunner } from '../../src/scenarios/engine-choice.ts';
import { regularizationFeedback, type Prediction } from '../../src/scenarios/feedback.ts';
import {
  L2_MAX,
  LAB_SCENARIOS,
  regularizationSetup,
  TECHNIQUE_DEFAULTS,
  TECHNIQUE_LABELS,
  type LabScenarioName,
  type TechniqueName,
  type Techniques,
} from '../../src/scenarios/regularization-lab.ts';
import { advanceRuns, createRun, type ScenarioRun } from '../../src/scenarios/run.ts';
import { createSliceLoop } from '../../src/scenarios/slice-loop.ts';
import { DATA_EXTENT } from '../../src/scenarios/two-class-data.ts';
import { createBoundaryPanel } from '../../src/ui/boundary-panel.ts';
import { el, setDisabled } from '../../src/ui/dom.ts';
import { formatNumber, formatPercent as percent } from '../../src/ui/format.ts';
import { createLineLegend } from '../../src/ui/loss-legend.ts';
import { loadPlot, type PlotModule } from '../../src/ui/plot.ts';
import { createSliderField, type SliderField } from '../../src/ui/slider-field.ts';
import { createTrainingProgress } from '../../src/ui/training-progress.ts';
import { drawWeightsView } from './weights-view.ts';
import {
  chosenPrediction,
  createRunControls,
  pauseLoop,
  predictionFieldset,
  requirePrediction,
  revealApp,
  skipToEnd,
  startLoop,
} from '../../src/ui/training-controls.ts';
import { LOSS_LINES, lossChart, scheduleChart, VALIDATION_LINE } from './lab-charts.ts';
import { regularizationLabStrings, trainingControlsStrings } from '../../src/i18n/index.ts';

const T = regularizationLabStrings();

/** While training, the pictures, charts and table are refreshed about this often (one part per frame). */
const REDRAW_MS = 200;

/** Each technique's parameter control: range, step and how to read/write it in Techniques. */
const PARAMETERS: Record<TechniqueName, { label: string; min: number; max: number; step: number; decimals: number; get(): number; set(t: Techniques, v: number): void }> = {
  l2: { label: T.parameters.l2, min: 0.0005, max: L2_MAX, step: 0.0005, decimals: 4, get: () => TECHNIQUE_DEFAULTS.l2, set: (t, v) => (t.l2 = v) },
  l1: { label: T.parameters.l1, min: 0.0001, max: 0.005, step: 0.0001, decimals: 4, get: () => TECHNIQUE_DEFAULTS.l1, set: (t, v) => (t.l1 = v) },
  dropout: { label: T.parameters.dropout, min: 0.05, max: 0.7, step: 0.05, decimals: 2, get: () => TECHNIQUE_DEFAULTS.dropout, set: (t, v) => (t.dropout = v) },
  earlyStopping: { label: T.parameters.earlyStopping, min: 1, max: 60, step: 1, decimals: 0, get: () => TECHNIQUE_DEFAULTS.earlyStopping.patience, set: (t, v) => (t.earlyStopping = { patience: Math.round(v) }) },
  decay: { label: T.parameters.decay, min: 0.9, max: 0.999, step: 0.001, decimals: 3, get: () => TECHNIQUE_DEFAULTS.decay.rate, set: (t, v) => (t.decay = { rate: v }) },
  augmentation: { label: T.parameters.augmentation, min: 0.01, max: 0.3, step: 0.01, decimals: 2, get: () => TECHNIQUE_DEFAULTS.augmentation.jitter, set: (t, v) => (t.augmentation = { jitter: v }) },
};
const TECHNIQUE_ORDER: TechniqueName[] = ['l2', 'l1', 'dropout', 'earlyStopping', 'decay', 'augmentation'];

const PREDICTIONS: { value: Prediction; text: string }[] = [
  { value: 'lower', text: T.predictions.lower },
  { value: 'same', text: T.predictions.same },
  { value: 'higher', text: T.predictions.higher },
];


export function mountRegularizationLab(root: HTMLElement): void {
  const app = revealApp(root);
  if (!app) return;
  const id = root.dataset.id ?? 'regularization-lab';
  const scenarioName = (root.dataset.scenario ?? 'overfit') as LabScenarioName;
  const scenario = LAB_SCENARIOS[scenarioName] ?? LAB_SCENARIOS.overfit;
  const initiallyOn = new Set((root.dataset.techniques ?? 'dropout').split(/[\s,]+/).filter((t): t is TechniqueName => t in TECHNIQUE_LABELS));

  let Plot: PlotModule | undefined;
  loadPlot().then((p) => { Plot = p; if (plain) drawCharts(); }, () => setStatus(T.chartsFailed));

  // Technique switches, each with its setting.
  const techniquesBox = el('fieldset', { class: 'rl-techniques' }, el('legend', {}, T.techniquesLegend));
  const switches = new Map<TechniqueName, { box: HTMLInputElement; field: SliderField }>();
  for (const name of TECHNIQUE_ORDER) {
    const p = PARAMETERS[name];
    const box = el('input', { type: 'checkbox', id: `${id}-${name}`, checked: initiallyOn.has(name) });
    const field = createSliderField({
      id: `${id}-${name}-value`, label: p.label, min: p.min, max: p.max, step: p.step, value: p.get(), decimals: p.decimals,
      description: T.settingOf(TECHNIQUE_LABELS[name]),
      onInput: () => settingsChanged(),
    });
    box.addEventListener('change', () => { showEnabled(); settingsChanged(); });
    const row = el('div', { class: 'rl-technique' }, el('label', { for: box.id, class: 'rl-switch' }, box, ` ${TECHNIQUE_LABELS[name]}`), field.element);
    row.dataset.technique = name;
    techniquesBox.append(row);
    switches.set(name, { box, field });
  }
  const seedField = createSliderField({ id: `${id}-seed`, label: T.seed, min: 1, max: 50, step: 1, value: scenario.seed, decimals: 0, onInput: () => settingsChanged() });

  const predict = predictionFieldset(id, 'rl', T.question, PREDICTIONS);
  const recordPrediction = keepPrediction(predict);

  const { trainButton, skipButton, resetButton, buttons, status, feedback, setStatus, showVerdict } = createRunControls('rl', T.trainBoth);

  const chartBox = el('div', { class: 'rl-chart' });
  const legendBox = el('div');
  const scheduleBox = el('div', { class: 'rl-schedule' });
  const panels = el('div', { class: 'rl-panels' });
  const plainPanel = createBoundaryPanel({ caption: T.withoutPanel, extent: DATA_EXTENT, size: 260 });
  const treatedPanel = createBoundaryPanel({ caption: 'With', extent: DATA_EXTENT, size: 260 });
  panels.append(plainPanel.element, treatedPanel.element);
  const table = el('table', { class: 'rl-results' });
  const weightsBox = el('div', { class: 'rl-weights' });
  // Epoch, step and batch as the Notation page defines them (the run "without" always runs every epoch).
  const trainingProgress = createTrainingProgress({ epoch: 0, epochs: scenario.epochs, batchSize: scenario.train.batchSize, trainSize: scenario.data.trainSize });
  const showProgress = () => trainingProgress.update({ epoch: plain.history.length, epochs: scenario.epochs, batchSize: scenario.train.batchSize, trainSize: scenario.data.trainSize });
  app.append(techniquesBox, seedField.element, predict, buttons, status, trainingProgress.element, feedback, legendBox, chartBox, scheduleBox, panels, weightsBox, table);

  const techniques = (): Techniques => {
    const t: Techniques = {};
    for (const [name, { box, field }] of switches) if (box.checked) PARAMETERS[name].set(t, field.value);
    return t;
  };
  const techniqueNames = () => TECHNIQUE_ORDER.filter((n) => switches.get(n)!.box.checked).map((n) => TECHNIQUE_LABELS[n]);

  const showEnabled = () => {
    for (const { box, field } of switches.values()) {
      for (const input of field.element.querySelectorAll('input')) input.disabled = !box.checked;
    }
  };

  let plain: ScenarioRun;
  let treated: ScenarioRun;
  let started = false;
  let lastDraw = 0;

  const makeRuns = () => {
    const seed = Math.round(seedField.value);
    const engine = currentEngine();
    root.dataset.engine = engine.name; // which engine the shown numbers come from (tests read it)
    // (Unset on the first call.)
    (plain as ScenarioRun | undefined)?.dispose();
    (treated as ScenarioRun | undefined)?.dispose();
    // The Worker trains on the WebAssembly engine: runs go there only once the page has that engine too,
    // so the page's copies of the networks compute exactly the numbers the Worker's runs trained.
    const runner = engine.name === 'wasm' ? trainingRunner : undefined;
    plain = createRun(regularizationSetup({}, seed, scenario), engine.factory, runner);
    treated = createRun(regularizationSetup(techniques(), seed, scenario), engine.factory, runner);
    started = false;
    feedback.replaceChildren();
    const names = techniqueNames();
    treatedPanel.setCaption(names.length ? T.withPanel(names.join(' + ')) : T.withNothing);
  };

  const pointsOf = (run: ScenarioRun) => ({ inputs: run.setup.train.inputs, targets: run.setup.train.targets });
  const describeRun = (run: ScenarioRun, what: string) => {
    const r = run.result();
    return run.history.length === 0
      ? T.untrained(what, run.setup.train.n)
      : T.trained(what, run.history.length, percent(r.trainAccuracy), percent(r.testAccuracy));
  };
  const drawPlainPanel = () => {
    plainPanel.draw(plain.network, [pointsOf(plain)]);
    plainPanel.setDescription(describeRun(plain, T.boundaryWithout));
  };
  const drawTreatedPanel = () => {
    const augmenting = treated.setup.augmentation && treated.history.length > 0;
    treatedPanel.draw(treated.network, augmenting
      ? [pointsOf(treated), { inputs: treated.lastInputs(), targets: treated.setup.train.targets, hollow: true, radius: 3.5 }]
      : [pointsOf(treated)]);
    treatedPanel.setDescription(describeRun(treated, T.boundaryWith(techniqueNames().join(' + ') || T.noTechnique)) + (augmenting ? T.hollow : ''));
  };

  const drawCharts = () => {
    const hasValidation = treated.history.some((e) => e.validationLoss !== undefined);
    legendBox.replaceChildren(createLineLegend(hasValidation ? [...LOSS_LINES, VALIDATION_LINE] : LOSS_LINES));
    if (!Plot) return;
    const input = { plain, treated, epochs: scenario.epochs, width: Math.max(260, Math.min(chartBox.clientWidth || 600, 720)) };
    chartBox.replaceChildren(lossChart(Plot, input));
    const schedule = scheduleChart(Plot, input);
    scheduleBox.replaceChildren(...(schedule ? [el('p', { class: 'rl-schedule-title' }, T.scheduleTitle), schedule] : []));
  };

  const drawTable = () => {
    const head = el('tr', {}, ...T.columns.map((t) => el('th', { scope: 'col' }, t)));
    const row = (name: string, key: string, run: ScenarioRun) => {
      const r = run.result();
      const cells: [string, string][] = [
        ['epochs', `${r.epochs}${run.status() === 'stopped early' ? T.kept(run.bestEpoch()! + 1) : ''}`],
        ['train-loss', formatNumber(r.trainLoss, 3)],
        ['test-loss', formatNumber(r.testLoss, 3)],
        ['test-accuracy', percent(r.testAccuracy)],
      ];
      const tr = el('tr', {}, el('th', { scope: 'row' }, name), ...cells.map(([k, v]) => { const td = el('td', {}, v); td.dataset.value = k; return td; }));
      tr.dataset.run = key;
      return tr;
    };
    table.replaceChildren(
      el('caption', {}, plain.status() === 'running' || treated.status() === 'running' ? T.soFar : T.final),
      el('thead', {}, head),
      el('tbody', {}, row(T.without, 'without', plain), row(T.withRow(techniqueNames().join(' + ') || '—'), 'with', treated)),
    );
  };

  // Each animation frame draws at most one part (a picture, the charts, or the table), so drawing never
  // adds up to one long task. A newer drawAll cancels the rest of an older one.
  const drawWeights = () => drawWeightsView(weightsBox, { without: plain.network.getParameters(), with: treated.network.getParameters() });
  const parts = [drawPlainPanel, drawTreatedPanel, () => drawCharts(), () => { drawTable(); showProgress(); }, drawWeights];
  let nextPart = 0;
  let drawing = 0;
  const drawAll = (then?: () => void) => {
    const mine = ++drawing;
    const drawFrom = (i: number) => {
      if (mine !== drawing) return;
      if (i === parts.length) return then?.();
      parts[i]!();
      requestAnimationFrame(() => drawFrom(i + 1));
    };
    drawFrom(0);
  };

  const progress = () => T.trainingEpochs(plain.history.length, scenario.epochs, treated.history.length);

  const loop = createSliceLoop({
    slice: async (animated) => {
      const more = await advanceRuns([plain, treated], animated);
      root.dataset.place = treated.place; // where the training ran (tests read it)
      return more;
    },
    onError: (error) => { started = false; setRunning(false); setStatus(trainingControlsStrings().stopped(error instanceof Error ? error.message : String(error))); },
    onSlice: () => {
      const now = performance.now();
      if (now - lastDraw < REDRAW_MS / parts.length) return;
      lastDraw = now;
      parts[nextPart]!();
      nextPart = (nextPart + 1) % parts.length;
      setStatus(progress());
    },
    onDone: () => finish(),
  });

  const setRunning = (running: boolean) => {
    trainButton.textContent = running ? T.pause : started ? T.continue : T.trainBoth;
    setDisabled(skipButton, !running, trainButton); // Skip ends the run: the keyboard goes back to Train
    for (const { box, field } of switches.values()) {
      box.disabled = running;
      for (const input of field.element.querySelectorAll('input')) input.disabled = running || !box.checked;
    }
    for (const input of seedField.element.querySelectorAll('input')) input.disabled = running;
  };

  const finish = () => {
    started = false;
    setRunning(false);
    trainButton.textContent = T.trainBoth;
    drawAll(() => {
      const notes = [plain, treated].filter((r) => r.status() === 'diverged').map((r) => r.message() ?? T.diverged);
      setStatus(T.finished(treated.status() === 'stopped early' ? T.stoppedEarly(treated.history.length, treated.bestEpoch()! + 1) : '', notes.length ? ' ' + notes.join(' ') : ''));
      const choice = chosenPrediction(predict) as Prediction | undefined;
      if (choice && plain.status() !== 'diverged' && treated.status() !== 'diverged') {
        const fb = regularizationFeedback(choice, plain.result(), treated.result());
        showVerdict(fb.correct, fb.text);
        recordPrediction(fb.correct);
      }
    });
  };

  const start = () => {
    started = true;
    startLoop(loop, setStatus, progress);
    setRunning(true);
  };

  const settingsChanged = () => {
    if (loop.running) return;
    makeRuns();
    // A new set-up deserves a new prediction.
    for (const input of predict.querySelectorAll<HTMLInputElement>('input')) input.checked = false;
    drawAll();
    setStatus(T.settingsChanged);
  };

  trainButton.addEventListener('click', () => {
    if (loop.running) {
      pauseLoop(loop, setStatus, progress);
      setRunning(false);
      return;
    }
    if (started) return start();
    if (!techniqueNames().length) {
      setStatus(T.needTechnique);
      switches.get('l2')!.box.focus();
      return;
    }
    if (!requirePrediction(predict, setStatus, T.askFirst)) return;
    if (plain.history.length > 0 || root.dataset.engine !== currentEngine().name) makeRuns();
    start();
  });
  skipButton.addEventListener('click', () => skipToEnd(loop, setStatus, progress));
  resetButton.addEventListener('click', () => {
    loop.pause();
    makeRuns();
    setRunning(false);
    drawAll();
    setStatus(T.resetDone);
  });

  makeRuns();
  showEnabled();
  drawAll();
  loadFastEngine();
  setStatus(T.ready(scenario.hidden.join('×'), scenario.data.trainSize));
}
