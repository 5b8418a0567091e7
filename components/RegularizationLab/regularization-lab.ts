// RegularizationLab widget: one overfitting set-up trained twice from the same seed, once plain and once
// with the techniques the reader switches on. Both runs' training and test losses share one chart (runs told
// apart by line style and labels, splits by colour and labels), the two boundaries sit side by side, and the
// final numbers are in a table. Early stopping marks its best epoch on the validation curve, learning-rate
// decay plots its schedule, augmentation shows the jittered points. Predict first, then train.
import { currentEngine, loadFastEngine } from '../../src/scenarios/engine-choice.ts';
import { regularizationFeedback, type Prediction } from '../../src/scenarios/feedback.ts';
import {
  LAB_SCENARIOS,
  regularizationSetup,
  TECHNIQUE_DEFAULTS,
  TECHNIQUE_LABELS,
  type LabScenarioName,
  type TechniqueName,
  type Techniques,
} from '../../src/scenarios/regularization-lab.ts';
import { createRun, type ScenarioRun } from '../../src/scenarios/run.ts';
import { createSliceLoop } from '../../src/scenarios/slice-loop.ts';
import { DATA_EXTENT } from '../../src/scenarios/two-class-data.ts';
import { createBoundaryPanel } from '../../src/ui/boundary-panel.ts';
import { NEGATIVE, POSITIVE } from '../../src/ui/colors.ts';
import { el } from '../../src/ui/dom.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { createLineLegend, type LineStyle } from '../../src/ui/loss-legend.ts';
import { accessibleChart, loadPlot, plotTheme, type PlotModule } from '../../src/ui/plot.ts';
import { createSliderField, type SliderField } from '../../src/ui/slider-field.ts';

const REDRAW_MS = 200;
const VALIDATION_COLOR = '#009e73';
const WITHOUT_DASH = '7 4';
const LINES: LineStyle[] = [
  { label: 'training loss, without', color: POSITIVE, dash: WITHOUT_DASH, width: 2 },
  { label: 'test loss, without', color: NEGATIVE, dash: WITHOUT_DASH, width: 2 },
  { label: 'training loss, with', color: POSITIVE, width: 3 },
  { label: 'test loss, with', color: NEGATIVE, width: 3 },
];
const VALIDATION_LINE: LineStyle = { label: 'validation loss, with (early stopping watches this)', color: VALIDATION_COLOR, dash: '2 3', width: 2.5 };

/** Each technique's parameter control: range, step and how to read/write it in Techniques. */
const PARAMETERS: Record<TechniqueName, { label: string; min: number; max: number; step: number; decimals: number; get(): number; set(t: Techniques, v: number): void }> = {
  l2: { label: 'λ₂', min: 0.0005, max: 0.03, step: 0.0005, decimals: 4, get: () => TECHNIQUE_DEFAULTS.l2, set: (t, v) => (t.l2 = v) },
  l1: { label: 'λ₁', min: 0.0001, max: 0.005, step: 0.0001, decimals: 4, get: () => TECHNIQUE_DEFAULTS.l1, set: (t, v) => (t.l1 = v) },
  dropout: { label: 'drop rate p', min: 0.05, max: 0.7, step: 0.05, decimals: 2, get: () => TECHNIQUE_DEFAULTS.dropout, set: (t, v) => (t.dropout = v) },
  earlyStopping: { label: 'patience (epochs)', min: 1, max: 60, step: 1, decimals: 0, get: () => TECHNIQUE_DEFAULTS.earlyStopping.patience, set: (t, v) => (t.earlyStopping = { patience: Math.round(v) }) },
  decay: { label: 'decay per epoch r', min: 0.9, max: 0.999, step: 0.001, decimals: 3, get: () => TECHNIQUE_DEFAULTS.decay.rate, set: (t, v) => (t.decay = { rate: v }) },
  augmentation: { label: 'jitter σ', min: 0.01, max: 0.3, step: 0.01, decimals: 2, get: () => TECHNIQUE_DEFAULTS.augmentation.jitter, set: (t, v) => (t.augmentation = { jitter: v }) },
};
const TECHNIQUE_ORDER: TechniqueName[] = ['l2', 'l1', 'dropout', 'earlyStopping', 'decay', 'augmentation'];

const PREDICTIONS: { value: Prediction; text: string }[] = [
  { value: 'lower', text: 'lower than without' },
  { value: 'same', text: 'about the same (within 5 %)' },
  { value: 'higher', text: 'higher than without' },
];

const percent = (x: number) => `${Math.round(100 * x)} %`;

export function mountRegularizationLab(root: HTMLElement): void {
  if (root.dataset.mounted) return;
  root.dataset.mounted = 'true';
  const id = root.dataset.id ?? 'regularization-lab';
  const scenarioName = (root.dataset.scenario ?? 'overfit') as LabScenarioName;
  const scenario = LAB_SCENARIOS[scenarioName] ?? LAB_SCENARIOS.overfit;
  const initiallyOn = new Set((root.dataset.techniques ?? 'dropout').split(/[\s,]+/).filter((t): t is TechniqueName => t in TECHNIQUE_LABELS));
  const app = root.querySelector<HTMLElement>('[data-role="app"]')!;
  root.querySelector<HTMLElement>('[data-role="fallback"]')?.setAttribute('hidden', '');
  app.hidden = false;

  let Plot: PlotModule | undefined;
  loadPlot().then((p) => { Plot = p; if (plain) drawCharts(); }, () => setStatus('The charts could not be loaded; the table of numbers is still exact.'));

  // Technique switches, each with its setting.
  const techniquesBox = el('fieldset', { className: 'rl-techniques' }, el('legend', {}, 'Techniques for the second run ("with")'));
  const switches = new Map<TechniqueName, { box: HTMLInputElement; field: SliderField }>();
  for (const name of TECHNIQUE_ORDER) {
    const p = PARAMETERS[name];
    const box = el('input', { type: 'checkbox', id: `${id}-${name}`, checked: initiallyOn.has(name) });
    const field = createSliderField({
      id: `${id}-${name}-value`, label: p.label, min: p.min, max: p.max, step: p.step, value: p.get(), decimals: p.decimals,
      description: `setting of ${TECHNIQUE_LABELS[name]}`,
      onInput: () => settingsChanged(),
    });
    box.addEventListener('change', () => { showEnabled(); settingsChanged(); });
    const row = el('div', { className: 'rl-technique' }, el('label', { htmlFor: box.id, className: 'rl-switch' }, box, ` ${TECHNIQUE_LABELS[name]}`), field.element);
    row.dataset.technique = name;
    techniquesBox.append(row);
    switches.set(name, { box, field });
  }
  const seedField = createSliderField({ id: `${id}-seed`, label: 'Seed (data and starting weights)', min: 1, max: 50, step: 1, value: scenario.seed, decimals: 0, onInput: () => settingsChanged() });

  const predict = el('fieldset', { className: 'rl-predict' }, el('legend', {}, 'Predict first: the test loss of the run "with" will end…'));
  for (const p of PREDICTIONS) {
    const input = el('input', { type: 'radio', name: `${id}-predict`, value: p.value, id: `${id}-predict-${p.value}` });
    predict.append(el('label', { htmlFor: input.id, className: 'rl-choice' }, input, ` ${p.text}`));
  }

  const trainButton = el('button', { type: 'button', className: 'primary rl-train' }, 'Train both');
  const skipButton = el('button', { type: 'button', disabled: true }, 'Skip to the end');
  const resetButton = el('button', { type: 'button' }, 'Reset');
  const status = el('p', { className: 'rl-status' });
  status.setAttribute('role', 'status');
  const feedback = el('div', { className: 'rl-feedback' });
  feedback.setAttribute('aria-live', 'polite');

  const chartBox = el('div', { className: 'rl-chart' });
  const legendBox = el('div');
  const scheduleBox = el('div', { className: 'rl-schedule' });
  const panels = el('div', { className: 'rl-panels' });
  const plainPanel = createBoundaryPanel({ caption: 'Without regularization', extent: DATA_EXTENT, size: 260 });
  const treatedPanel = createBoundaryPanel({ caption: 'With', extent: DATA_EXTENT, size: 260 });
  panels.append(plainPanel.element, treatedPanel.element);
  const table = el('table', { className: 'rl-results' });
  app.append(techniquesBox, seedField.element, predict, el('div', { className: 'button-row' }, trainButton, skipButton, resetButton), status, feedback, legendBox, chartBox, scheduleBox, panels, table);

  const setStatus = (text: string) => { status.textContent = text; };

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
    plain = createRun(regularizationSetup({}, seed, scenario), engine.factory);
    treated = createRun(regularizationSetup(techniques(), seed, scenario), engine.factory);
    started = false;
    feedback.replaceChildren();
    const names = techniqueNames();
    treatedPanel.setCaption(names.length ? `With ${names.join(' + ')}` : 'With (no technique chosen)');
  };

  const pointsOf = (run: ScenarioRun) => ({ inputs: run.setup.train.inputs, targets: run.setup.train.targets });
  const describeRun = (run: ScenarioRun, what: string) => {
    const r = run.result();
    return run.history.length === 0
      ? `${what}, untrained, with the ${run.setup.train.n} training points.`
      : `${what} after ${run.history.length} epochs: right on ${percent(r.trainAccuracy)} of the training points and ${percent(r.testAccuracy)} of new points.`;
  };
  const drawPlainPanel = () => {
    plainPanel.draw(plain.network, [pointsOf(plain)]);
    plainPanel.setDescription(describeRun(plain, 'Boundary without regularization'));
  };
  const drawTreatedPanel = () => {
    const augmenting = treated.setup.augmentation && treated.history.length > 0;
    treatedPanel.draw(treated.network, augmenting
      ? [pointsOf(treated), { inputs: treated.lastInputs(), targets: treated.setup.train.targets, hollow: true, radius: 3.5 }]
      : [pointsOf(treated)]);
    treatedPanel.setDescription(describeRun(treated, `Boundary with ${techniqueNames().join(' + ') || 'no technique'}`) + (augmenting ? ' Hollow markers: the jittered copies it trained on in the last epoch.' : ''));
  };

  const drawCharts = () => {
    const hasValidation = treated.history.some((e) => e.validationLoss !== undefined);
    legendBox.replaceChildren(createLineLegend(hasValidation ? [...LINES, VALIDATION_LINE] : LINES));
    if (!Plot) return;
    const P = Plot;
    const width = Math.max(260, Math.min(chartBox.clientWidth || 600, 720));
    const narrow = width < 480;
    const rows = (run: ScenarioRun) => run.history.map((e) => ({ epoch: e.epoch + 1, train: e.trainLoss, test: e.testLoss, validation: e.validationLoss, lr: e.learningRate }));
    const a = rows(plain);
    const b = rows(treated);
    let max = 1;
    for (const r of [...a, ...b]) max = Math.max(max, r.test, r.train, r.validation ?? 0);
    const lastOf = (r: typeof a) => (r.length ? [r[r.length - 1]!] : []);
    const marks = [
      P.ruleY([0]),
      P.line(a, { x: 'epoch', y: 'train', stroke: POSITIVE, strokeWidth: 2, strokeDasharray: WITHOUT_DASH, clip: true }),
      P.line(a, { x: 'epoch', y: 'test', stroke: NEGATIVE, strokeWidth: 2, strokeDasharray: WITHOUT_DASH, clip: true }),
      P.line(b, { x: 'epoch', y: 'train', stroke: POSITIVE, strokeWidth: 3, clip: true }),
      P.line(b, { x: 'epoch', y: 'test', stroke: NEGATIVE, strokeWidth: 3, clip: true }),
    ];
    if (!narrow) {
      marks.push(
        P.text(lastOf(a), { x: 'epoch', y: 'test', text: () => 'test, without', textAnchor: 'start', dx: 6, fill: 'currentColor' }),
        P.text(lastOf(b), { x: 'epoch', y: 'test', text: () => 'test, with', textAnchor: 'start', dx: 6, fill: 'currentColor' }),
      );
    }
    if (hasValidation) {
      marks.push(P.line(b, { x: 'epoch', y: 'validation', stroke: VALIDATION_COLOR, strokeWidth: 2.5, strokeDasharray: '2 3', clip: true }));
      const best = treated.bestEpoch();
      if (best !== undefined && treated.status() === 'stopped early') {
        const point = { epoch: best + 1, validation: treated.history[best]!.validationLoss! };
        marks.push(
          P.ruleX([point.epoch], { stroke: 'currentColor', strokeDasharray: '3 3' }),
          P.dot([point], { x: 'epoch', y: 'validation', r: 6, fill: VALIDATION_COLOR, stroke: 'currentColor', strokeWidth: 1.5, symbol: 'diamond' }),
          P.text([point], { x: 'epoch', y: () => max, text: () => `kept: epoch ${point.epoch}`, textAnchor: 'start', dx: 4, dy: 8, fill: 'currentColor' }),
        );
      }
    }
    const said = (run: ScenarioRun, name: string) => {
      const e = run.history[run.history.length - 1];
      return e ? `${name}: training loss ${formatNumber(e.trainLoss, 3)}, test loss ${formatNumber(e.testLoss, 3)} at epoch ${e.epoch + 1}` : `${name}: not trained yet`;
    };
    chartBox.replaceChildren(accessibleChart(P.plot({
      ...plotTheme,
      width,
      height: narrow ? 220 : 280,
      marginRight: narrow ? 18 : 90,
      x: { label: 'epoch', domain: [0, scenario.epochs] },
      y: { label: 'loss', domain: [0, Math.min(max, 3)], grid: true },
      marks,
      ariaLabel: `Training and test loss of both runs by epoch. ${said(plain, 'Without')}. ${said(treated, 'With')}.`,
    })));
    if (treated.setup.config.schedule?.kind === 'exponential') {
      scheduleBox.replaceChildren(
        el('p', { className: 'rl-schedule-title' }, 'Learning rate by epoch (with: decaying, solid; without: constant, dashed)'),
        accessibleChart(P.plot({
          ...plotTheme,
          width,
          height: 140,
          x: { label: 'epoch', domain: [0, scenario.epochs] },
          y: { label: 'learning rate', grid: true, domain: [0, scenario.train.learningRate * 1.05] },
          marks: [
            P.ruleY([0]),
            P.line(a, { x: 'epoch', y: 'lr', stroke: 'currentColor', strokeWidth: 2, strokeDasharray: WITHOUT_DASH }),
            P.line(b, { x: 'epoch', y: 'lr', stroke: 'currentColor', strokeWidth: 3 }),
          ],
          ariaLabel: `Learning rate by epoch: constant ${scenario.train.learningRate} without; with, ${scenario.train.learningRate} times ${treated.setup.config.schedule.rate} per epoch.`,
        })),
      );
    } else {
      scheduleBox.replaceChildren();
    }
  };

  const drawTable = () => {
    const head = el('tr', {}, ...['Run', 'Epochs', 'Train loss', 'Test loss', 'New points right'].map((t) => el('th', { scope: 'col' }, t)));
    const row = (name: string, key: string, run: ScenarioRun) => {
      const r = run.result();
      const cells: [string, string][] = [
        ['epochs', `${r.epochs}${run.status() === 'stopped early' ? ` (kept ${run.bestEpoch()! + 1})` : ''}`],
        ['train-loss', formatNumber(r.trainLoss, 3)],
        ['test-loss', formatNumber(r.testLoss, 3)],
        ['test-accuracy', percent(r.testAccuracy)],
      ];
      const tr = el('tr', {}, el('th', { scope: 'row' }, name), ...cells.map(([k, v]) => { const td = el('td', {}, v); td.dataset.value = k; return td; }));
      tr.dataset.run = key;
      return tr;
    };
    table.replaceChildren(
      el('caption', {}, plain.status() === 'running' || treated.status() === 'running' ? 'Numbers so far' : 'Final numbers'),
      el('thead', {}, head),
      el('tbody', {}, row('Without', 'without', plain), row(`With ${techniqueNames().join(' + ') || '—'}`, 'with', treated)),
    );
  };

  // Each animation frame draws at most one part (a picture, the charts, or the table), so drawing never
  // adds up to one long task. A newer drawAll cancels the rest of an older one.
  const parts = [drawPlainPanel, drawTreatedPanel, () => drawCharts(), () => drawTable()];
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

  const progress = () => `Training: epoch ${plain.history.length} of ${scenario.epochs} without, ${treated.history.length} with.`;

  const loop = createSliceLoop({
    step: () => {
      plain.step();
      treated.step();
      return plain.status() === 'running' || treated.status() === 'running';
    },
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
    trainButton.textContent = running ? 'Pause' : started ? 'Continue' : 'Train both';
    skipButton.disabled = !running;
    for (const { box, field } of switches.values()) {
      box.disabled = running;
      for (const input of field.element.querySelectorAll('input')) input.disabled = running || !box.checked;
    }
    for (const input of seedField.element.querySelectorAll('input')) input.disabled = running;
  };

  const finish = () => {
    started = false;
    setRunning(false);
    trainButton.textContent = 'Train both';
    drawAll(() => {
      const notes = [plain, treated].filter((r) => r.status() === 'diverged').map((r) => r.message() ?? 'Training diverged.');
      setStatus(`Training finished.${treated.status() === 'stopped early' ? ` Early stopping ended the run "with" after epoch ${treated.history.length} and kept the weights of epoch ${treated.bestEpoch()! + 1}.` : ''}${notes.length ? ' ' + notes.join(' ') : ''}`);
      const choice = predict.querySelector<HTMLInputElement>('input:checked')?.value as Prediction | undefined;
      if (choice && plain.status() !== 'diverged' && treated.status() !== 'diverged') {
        const fb = regularizationFeedback(choice, plain.result(), treated.result());
        feedback.replaceChildren(el('p', { className: fb.correct ? 'rl-right' : 'rl-wrong' }, fb.text));
      }
    });
  };

  const start = () => {
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    started = true;
    setStatus(reduced ? `${progress()} Reduced motion is on, so the results appear when training ends.` : progress());
    loop.start(!reduced);
    setRunning(true);
  };

  const settingsChanged = () => {
    if (loop.running) return;
    makeRuns();
    // A new set-up deserves a new prediction.
    for (const input of predict.querySelectorAll<HTMLInputElement>('input')) input.checked = false;
    drawAll();
    setStatus('Settings changed: both runs start again from the same untrained network. Predict, then train.');
  };

  trainButton.addEventListener('click', () => {
    if (loop.running) {
      loop.pause();
      setRunning(false);
      setStatus(`Paused. ${progress()}`);
      return;
    }
    if (started) return start();
    if (!techniqueNames().length) {
      setStatus('Switch on at least one technique for the second run.');
      switches.get('l2')!.box.focus();
      return;
    }
    if (!predict.querySelector('input:checked')) {
      setStatus('Choose a prediction first, even a guess: predicting before you look makes the result stick.');
      predict.querySelector<HTMLInputElement>('input')!.focus();
      return;
    }
    if (plain.history.length > 0 || root.dataset.engine !== currentEngine().name) makeRuns();
    start();
  });
  skipButton.addEventListener('click', () => {
    loop.pause();
    setStatus(`${progress()} Skipping to the end…`);
    loop.start(false);
  });
  resetButton.addEventListener('click', () => {
    loop.pause();
    makeRuns();
    setRunning(false);
    drawAll();
    setStatus('Reset: both networks untrained, same seed.');
  });

  makeRuns();
  showEnabled();
  drawAll();
  loadFastEngine();
  setStatus(`Two copies of the same untrained ${scenario.hidden.join('×')} network and the same ${scenario.data.trainSize} noisy points. Choose techniques, predict, then train.`);
}

export function mountAll(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-widget="regularization-lab"]')) {
    try {
      mountRegularizationLab(root);
    } catch (error) {
      const message = root.querySelector('[data-role="error"]');
      if (message) message.textContent = `This widget could not start: ${(error as Error).message}`;
      throw error;
    }
  }
}
