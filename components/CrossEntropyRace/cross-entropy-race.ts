// CrossEntropyRace widget: one sigmoid neuron trained twice from the same confidently wrong start, on squared
// error and on cross-entropy. The reader predicts which gets the output past 0.5 first, runs both (the engine
// trains them in a millisecond; the curves are replayed a few steps per frame), and the verdict is decided by
// the runs. The formulas' numbers (ŷ₀, σ′(z₀), both ∂L/∂z) follow the sliders at once.
import { keepPrediction } from '../../src/classroom/progress/prediction.ts';
import { CROSS_ENTROPY_RACE as S, RACE_LOSSES, raceRun, raceWinner, stepsToFinish, type RaceLoss, type RaceStep } from '../../src/scenarios/cross-entropy-race.ts';
import { NEGATIVE, POSITIVE } from '../../src/ui/colors.ts';
import { el } from '../../src/ui/dom.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { createLineLegend, type LineStyle } from '../../src/ui/loss-legend.ts';
import { accessibleChart, loadPlot, plotTheme, type PlotModule } from '../../src/ui/plot.ts';
import { createSliderField } from '../../src/ui/slider-field.ts';
import { setSlot } from '../../src/ui/slots.ts';
import { mountExploration, type Exploration, type ExplorationParts } from '../../src/ui/exploration.ts';
import type { TrainingProgress } from '../../src/ui/training-progress.ts';
import { formatPowerOfTen, formatSmall, powersOfTen } from '../../src/ui/small-numbers.ts';
import { crossEntropyRaceStrings } from '../../src/i18n/index.ts';
import type { RaceWinner as RaceChoice } from '../../src/scenarios/cross-entropy-race.ts';

const T = crossEntropyRaceStrings();

const LINES: Record<RaceLoss, LineStyle> = {
  mse: { label: T.lossName.mse, color: NEGATIVE },
  binaryCrossEntropy: { label: T.lossName.binaryCrossEntropy, color: POSITIVE, dash: '6 4' },
};

type Runs = Record<RaceLoss, RaceStep[]>;

export function mountRace(root: HTMLElement): void {
  mountExploration(root, {
    widget: 'cross-entropy-race', prefix: 'cer', question: T.question, choices: T.choices, runLabel: T.run, askFirst: T.askFirst,
    progress: progressAt(0),
  }, buildRace);
}

// One example, so every step is a whole epoch of one batch (the Notation page's words for it).
const progressAt = (step: number): TrainingProgress => ({ epoch: step, epochs: S.steps, batchSize: 1, trainSize: 1 });

function buildRace({ root, id, controls, progress, legend, choice, replay }: Exploration): ExplorationParts {
  let startZ: number = S.startZ.value;
  let learningRate: number = S.learningRate.value;
  let runs: Runs | undefined;
  let Plot: PlotModule | undefined;

  const zField = createSliderField({ id: `${id}-z0`, label: T.startZ, description: T.startZDescription, ...S.startZ, decimals: 1, onInput: (v) => { startZ = v; settingChanged(); } });
  const lrField = createSliderField({ id: `${id}-lr`, label: T.learningRate, ...S.learningRate, decimals: 2, onInput: (v) => { learningRate = v; settingChanged(); } });
  const recordPrediction = keepPrediction(legend.closest('fieldset')!); // the prediction is kept (progress)
  const lossChart = el('div', { className: 'cer-chart' });
  lossChart.dataset.chart = 'loss';
  const gradientChart = el('div', { className: 'cer-chart' });
  gradientChart.dataset.chart = 'gradient';
  const table = el('table', { className: 'cer-table exploration-table' });
  table.hidden = true;

  const compute = (): Runs => ({ mse: raceRun('mse', startZ, learningRate), binaryCrossEntropy: raceRun('binaryCrossEntropy', startZ, learningRate) });

  // The formulas under the intro, at the starting point.
  const showFormulaNumbers = () => {
    const start = { mse: raceRun('mse', startZ, learningRate, 0)[0]!, binaryCrossEntropy: raceRun('binaryCrossEntropy', startZ, learningRate, 0)[0]! };
    const y0 = start.mse.output;
    setSlot(root, 'z0', formatNumber(startZ, 1));
    setSlot(root, 'y0', formatSmall(y0));
    setSlot(root, 'sp0', formatSmall(y0 * (1 - y0)));
    setSlot(root, 'gmse', formatSmall(start.mse.dLdz));
    setSlot(root, 'gce', formatSmall(start.binaryCrossEntropy.dLdz));
  };

  const drawCharts = (shown: number) => {
    if (!runs || !Plot) return;
    const width = Math.max(240, Math.min(460, lossChart.clientWidth || 320));
    const chart = (key: 'loss' | 'gradient', label: string) => {
      const value = (r: RaceStep) => (key === 'loss' ? r.loss : Math.abs(r.dLdz));
      const all = RACE_LOSSES.flatMap((l) => runs![l].map(value)).filter((v) => v > 0);
      const marks = RACE_LOSSES.flatMap((l) => {
        const rows = runs![l].slice(0, shown + 1).filter((r) => value(r) > 0);
        const finish = stepsToFinish(runs![l]);
        return [
          Plot!.line(rows, { x: 'step', y: value, stroke: LINES[l].color, strokeWidth: 2.5, strokeDasharray: LINES[l].dash }),
          ...(finish !== undefined && finish <= shown ? [Plot!.ruleX([finish], { stroke: LINES[l].color, strokeDasharray: LINES[l].dash ?? '2 3', strokeOpacity: 0.8 })] : []),
        ];
      });
      const last = (l: RaceLoss) => formatSmall(value(runs![l][Math.min(shown, runs![l].length - 1)]!));
      return accessibleChart(Plot!.plot({
        ...plotTheme,
        width,
        height: 200,
        marginLeft: 56,
        x: { label: T.step, domain: [0, S.steps] },
        y: { label, type: 'log', domain: [Math.min(...all), Math.max(...all)], grid: true, ticks: powersOfTen(Math.min(...all), Math.max(...all)), tickFormat: formatPowerOfTen },
        marks,
        ariaLabel: T.chartLabel(label, last('mse'), last('binaryCrossEntropy')),
      }));
    };
    lossChart.replaceChildren(chart('loss', T.lossChart));
    gradientChart.replaceChildren(chart('gradient', T.gradientChart));
  };

  const drawTable = () => {
    if (!runs) return;
    const cell = (text: string, key: string) => { const td = el('td', {}, text); td.dataset.value = key; return td; };
    table.replaceChildren(
      el('caption', {}, T.table.caption),
      el('thead', {}, el('tr', {}, ...[T.table.run, T.table.gradient0, T.table.finish, T.table.final].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...RACE_LOSSES.map((l) => {
        const row = el('tr', {}, el('th', { scope: 'row' }, LINES[l].label),
          cell(formatSmall(Math.abs(runs![l][0]!.dLdz)), 'gradient0'),
          cell(T.stepsText(stepsToFinish(runs![l])), 'finish'),
          cell(formatSmall(runs![l].at(-1)!.output), 'final'));
        row.dataset.run = l;
        return row;
      })),
    );
    table.hidden = false;
  };

  const verdict = () => {
    const chosen = choice() as RaceChoice | undefined;
    if (!runs || !chosen) return;
    const winner = raceWinner(runs.mse, runs.binaryCrossEntropy);
    const ratio = runs.binaryCrossEntropy[0]!.dLdz / runs.mse[0]!.dLdz;
    const { correct, text } = T.verdict(chosen, winner, stepsToFinish(runs.mse), stepsToFinish(runs.binaryCrossEntropy), ratio);
    controls.showVerdict(correct, text);
    recordPrediction(correct);
    root.dataset.winner = winner;
  };

  const run = () => {
    runs = compute();
    replay({
      total: S.steps,
      stepsPerFrame: 4,
      running: T.running(S.steps),
      reduced: T.reduced,
      doneText: T.done,
      draw: (shown) => { drawCharts(shown); progress.update(progressAt(shown)); },
      finish: () => { drawTable(); verdict(); },
    });
  };

  // After a run, a slider change reruns both at once (the reader is exploring now, not predicting).
  const settingChanged = () => {
    showFormulaNumbers();
    if (!runs || root.dataset.state !== 'done') return;
    runs = compute();
    drawCharts(S.steps);
    drawTable();
    controls.setStatus(T.done);
  };

  const reset = () => {
    runs = undefined;
    zField.set(S.startZ.value, false);
    lrField.set(S.learningRate.value, false);
    startZ = S.startZ.value;
    learningRate = S.learningRate.value;
    lossChart.replaceChildren();
    gradientChart.replaceChildren();
    table.hidden = true;
    delete root.dataset.winner;
    showFormulaNumbers();
  };

  loadPlot().then((p) => { Plot = p; if (runs) drawCharts(root.dataset.state === 'done' ? S.steps : 0); }, () => controls.setStatus(T.chartsFailed));
  showFormulaNumbers();
  return {
    fields: [zField.element, lrField.element],
    results: [createLineLegend([LINES.mse, LINES.binaryCrossEntropy]), el('div', { className: 'cer-charts' }, lossChart, gradientChart), table],
    run,
    reset,
  };
}
