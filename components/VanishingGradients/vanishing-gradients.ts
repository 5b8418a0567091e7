// VanishingGradients widget: a freshly initialised stack of equal hidden layers (sigmoid, tanh and ReLU side by
// side), the size of the gradient that reaches each layer's weights, drawn per layer on a log scale. The reader
// predicts how layer 1's gradient compares with the last hidden layer's in the sigmoid stack, then measures;
// the engine's gradients decide. The three networks' gradients are computed by the float64 reference engine
// through the page's run client (in its engine Worker; on the page, one network a task, where no Worker can
// start), so a measurement never blocks the page.
import { keepPrediction } from '../../src/classroom/progress/prediction.ts';
import {
  INIT_CHOICES, VANISHING_GRADIENTS as S, gradientTrend, layerGradientsWith, type DepthActivation, type GradientTrend, type InitChoice, type LayerGradient,
} from '../../src/scenarios/vanishing-gradients.ts';
import { trainingRunner } from '../../src/scenarios/engine-choice.ts';
import { CLASS_COLORS, CLASS_SHAPES } from '../../src/ui/colors.ts';
import { el } from '../../src/ui/dom.ts';
import { createLineLegend, type LineStyle } from '../../src/ui/loss-legend.ts';
import { accessibleChart, loadPlot, plotTheme, type PlotModule } from '../../src/ui/plot.ts';
import { createSliderField } from '../../src/ui/slider-field.ts';
import { formatPowerOfTen, formatSmall, powersOfTen } from '../../src/ui/small-numbers.ts';
import { mountExploration, type Exploration, type ExplorationParts } from '../../src/ui/exploration.ts';
import type { TrainingProgress } from '../../src/ui/training-progress.ts';
import { vanishingGradientsStrings } from '../../src/i18n/index.ts';

const T = vanishingGradientsStrings();

// Each activation: a colour, a dash pattern and a marker shape, so no line is told by colour alone.
const STYLE: Record<DepthActivation, LineStyle & { symbol: string }> = {
  sigmoid: { label: T.activationNames.sigmoid, color: CLASS_COLORS[0], symbol: CLASS_SHAPES[0] },
  tanh: { label: T.activationNames.tanh, color: CLASS_COLORS[1], dash: '6 4', symbol: CLASS_SHAPES[2] },
  relu: { label: T.activationNames.relu, color: CLASS_COLORS[2], dash: '2 3', symbol: CLASS_SHAPES[3] },
};
/** The y axis stays put as settings change, so "smaller" is seen as lower. */
const Y_DOMAIN: [number, number] = [1e-11, 1];

type Measured = Record<DepthActivation, LayerGradient[]>;

export function mountDepth(root: HTMLElement): void {
  mountExploration(root, {
    widget: 'vanishing-gradients', prefix: 'vg', question: T.question(S.depth.value, T.initShort.xavier), choices: T.choices,
    runLabel: T.measure, askFirst: T.askFirst, progress: NO_STEP,
  }, buildDepth);
}

// Nothing is trained: the gradient is measured before the first step, the one a full-batch step would take.
const NO_STEP: TrainingProgress = { epoch: 0, batchSize: S.batch, trainSize: S.batch };

function buildDepth({ root, id, controls, legend, choice, compute: computeOffPage }: Exploration): ExplorationParts {
  let depth: number = S.depth.value;
  let init: InitChoice = 'xavier';
  let measured: Measured | undefined;
  let Plot: PlotModule | undefined;

  const depthField = createSliderField({ id: `${id}-depth`, label: T.depth, ...S.depth, step: 1, decimals: 0, onInput: (v) => { depth = v; changed(); } });
  const initSelect = el('select', { id: `${id}-init` });
  for (const option of INIT_CHOICES) initSelect.append(el('option', { value: option, selected: option === init }, T.initNames[option]));
  initSelect.addEventListener('change', () => { init = initSelect.value as InitChoice; changed(); });
  const initField = el('div', { className: 'vg-init' }, el('label', { htmlFor: initSelect.id }, T.init), initSelect);
  const recordPrediction = keepPrediction(legend.closest('fieldset')!); // the prediction is kept (progress)
  const chart = el('div', { className: 'vg-chart' });
  const table = el('table', { className: 'vg-table exploration-table' });
  // On a narrow phone the table may scroll inside its box: focusable and named, so the keyboard can scroll it.
  const tableBox = el('div', { className: 'vg-table-box', tabIndex: 0 }, table);
  tableBox.setAttribute('role', 'region');
  tableBox.setAttribute('aria-label', T.table.caption);
  const results = el('div', { className: 'vg-results' }, createLineLegend(Object.values(STYLE)), chart, tableBox);
  results.hidden = true;

  /** The three stacks measured where the page's runner puts runs (root's data-place says where: tests read it). */
  const measure = async (): Promise<Measured> => {
    const runner = trainingRunner();
    const layers = await Promise.all(S.activations.map((a) => layerGradientsWith(runner, depth, a, init)));
    root.dataset.place = runner.place;
    return Object.fromEntries(S.activations.map((a, i) => [a, layers[i]!])) as Measured;
  };

  const draw = () => {
    if (!measured) return;
    results.hidden = false;
    const activations = S.activations;
    const firsts = activations.map((a) => `${STYLE[a].label} ${formatSmall(measured![a][0]!.rms)}`).join(', ');
    root.dataset.summary = T.chartSummary(depth, T.initShort[init], firsts);
    if (Plot) {
      const rows = activations.flatMap((a) => measured![a].map((l) => ({ activation: a, layer: l.layer, rms: Math.max(l.rms, Y_DOMAIN[0]) })));
      const width = Math.max(260, Math.min(640, chart.clientWidth || 480));
      chart.replaceChildren(accessibleChart(Plot.plot({
        ...plotTheme,
        width,
        height: 260,
        marginLeft: 56,
        x: { label: T.layerAxis, domain: [1, depth + 1], ticks: depth + 1, tickFormat: (d: number) => (d === depth + 1 ? T.outputLayer : String(d)) },
        y: { label: T.chartLabel, type: 'log', domain: Y_DOMAIN, grid: true, ticks: powersOfTen(Y_DOMAIN[0], Y_DOMAIN[1]).filter((_, i) => i % 2 === 1), tickFormat: formatPowerOfTen },
        marks: activations.flatMap((a) => {
          const mine = rows.filter((r) => r.activation === a);
          return [
            Plot!.line(mine, { x: 'layer', y: 'rms', stroke: STYLE[a].color, strokeWidth: 2.5, strokeDasharray: STYLE[a].dash }),
            Plot!.dot(mine, { x: 'layer', y: 'rms', stroke: STYLE[a].color, fill: STYLE[a].color, symbol: STYLE[a].symbol, r: 4 }),
          ];
        }),
        ariaLabel: root.dataset.summary,
      })));
    }
    const head = el('tr', {}, el('th', { scope: 'col' }, T.table.layer), ...activations.map((a) => el('th', { scope: 'col' }, STYLE[a].label)));
    const body = measured.sigmoid.map((l, i) => {
      const row = el('tr', {}, el('th', { scope: 'row' }, l.isOutput ? T.table.output : String(l.layer)), ...activations.map((a) => {
        const td = el('td', {}, formatSmall(measured![a][i]!.rms));
        td.dataset.activation = a;
        return td;
      }));
      row.dataset.layer = String(l.layer);
      return row;
    });
    table.replaceChildren(el('caption', {}, T.table.caption), el('thead', {}, head), el('tbody', {}, ...body));
  };

  const verdict = () => {
    const chosen = choice() as GradientTrend | undefined;
    if (!measured || !chosen) return;
    const { ratio, trend } = gradientTrend(measured.sigmoid);
    const { correct, text } = T.verdict(chosen, trend, ratio, depth);
    controls.showVerdict(correct, text);
    recordPrediction(correct);
    root.dataset.trend = trend;
  };

  const run = () => computeOffPage(measure, (m) => {
    measured = m;
    draw();
    verdict();
    controls.setStatus(T.measured);
    root.dataset.state = 'done';
  }, { starting: true });

  // The question follows the settings; after a measurement, so do the chart and table (and a fresh verdict).
  const changed = () => {
    legend.textContent = T.question(depth, T.initShort[init]);
    if (!measured) return;
    computeOffPage(measure, (m) => {
      measured = m;
      draw();
      verdict();
    });
  };

  const reset = () => {
    measured = undefined;
    depth = S.depth.value;
    init = 'xavier';
    depthField.set(depth, false);
    initSelect.value = init;
    legend.textContent = T.question(depth, T.initShort[init]);
    results.hidden = true;
    delete root.dataset.trend;
  };

  loadPlot().then((p) => { Plot = p; draw(); }, () => controls.setStatus(T.chartsFailed));
  return { fields: [depthField.element, initField], results: [results], run, reset };
}
