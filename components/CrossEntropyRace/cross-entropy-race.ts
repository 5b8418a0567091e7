// CrossEntropyRace widget: one sigmoid neuron trained twice from the same confidently wrong start, on squared
// error and on cross-entropy. The reader predicts which gets the output past 0.5 first, runs both (the engine's
// training run, in the page's engine Worker through the run client, or on the page where no Worker can start;
// the curves are then replayed a few steps per frame), and the verdict is decided by the runs. The formulas'
// numbers (ŷ₀, σ′(z₀), both ∂L/∂z, at the start: nothing trained) follow the sliders at once.
import { keepPrediction } from '../../src/classroom/progress/prediction.ts';
import { CROSS_ENTROPY_RACE as S, RACE_LOSSES, raceRun, raceRunWith, raceWinner, stepsToFinish, type RaceLoss, type RaceStep } from '../../src/scenarios/cross-entropy-race.ts';
import { trainingRunner } from '../../src/scenarios/engine-choice.ts';
import { NEGATIVE, POSITIVE } from '../../src/ui/colors.ts';
import { el, svgEl } from '../../src/ui/dom.ts';
import { afterFrame } from '../../src/ui/next-frame.ts';
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
  void showFormulas(root);
}

/**
 * Shows the formulas under the intro, skipped until now (CrossEntropyRace.astro says why), once they are
 * within half a screen of the viewport (the race starts a screen ahead of the reader: on a phone that is
 * still during the page's load), one a frame: ~200 KaTeX elements each, so no frame lays out all three.
 */
async function showFormulas(root: HTMLElement): Promise<void> {
  const math = root.querySelector('.cer-math');
  if (!math) return;
  if (typeof IntersectionObserver !== 'undefined') {
    await new Promise<void>((near) => {
      const observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) { observer.disconnect(); near(); }
      }, { rootMargin: '50% 0px 50% 0px' });
      observer.observe(math);
    });
  }
  for (const formula of math.querySelectorAll<HTMLElement>(':scope > .katex-display')) {
    await afterFrame();
    formula.dataset.shown = '';
    // Shown at the size it was kept at, so the page's check of wide boxes (CourseLayout.astro) hears it
    // from this event, not from a resize: a formula wider than a phone needs its tabindex to be scrolled.
    formula.dispatchEvent(new Event('nn101:box-shown', { bubbles: true }));
  }
  root.dataset.formulas = 'shown';
}

// One example, so every step is a whole epoch of one batch (the Notation page's words for it).
const progressAt = (step: number): TrainingProgress => ({ epoch: step, epochs: S.steps, batchSize: 1, trainSize: 1 });

function buildRace({ root, id, controls, progress, legend, choice, replay, compute: computeOffPage }: Exploration): ExplorationParts {
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

  /** Both runs where the page's runner puts runs (root's data-place says where: tests read it). */
  const compute = async (): Promise<Runs> => {
    const runner = trainingRunner();
    const [mse, binaryCrossEntropy] = await Promise.all(RACE_LOSSES.map((l) => raceRunWith(runner, l, startZ, learningRate)));
    root.dataset.place = runner.place;
    return { mse: mse!, binaryCrossEntropy: binaryCrossEntropy! };
  };

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

  // Each chart is drawn by Plot once per computation, with the whole runs; the replay then only widens a
  // clip rectangle over the lines (one attribute a frame, no new chart: a Plot chart per frame was the
  // longest main-thread task of the replay). A chart a call, so building both never makes one long task.
  type Drawn = { svg: SVGSVGElement; clip: SVGRectElement; x(step: number): number; label: string; key: 'loss' | 'gradient' };
  let drawn: Drawn[] = [];
  let drawnFor: Runs | undefined;
  let clipIds = 0;
  const value = (key: 'loss' | 'gradient', r: RaceStep) => (key === 'loss' ? r.loss : Math.abs(r.dLdz));

  const buildChart = (key: 'loss' | 'gradient', label: string, holder: HTMLElement): Drawn => {
    const width = Math.max(240, Math.min(460, lossChart.clientWidth || 320));
    const all = RACE_LOSSES.flatMap((l) => runs![l].map((r) => value(key, r))).filter((v) => v > 0);
    const marks = RACE_LOSSES.flatMap((l) => {
      const rows = runs![l].filter((r) => value(key, r) > 0);
      const finish = stepsToFinish(runs![l]);
      return [
        Plot!.line(rows, { x: 'step', y: (r: RaceStep) => value(key, r), stroke: LINES[l].color, strokeWidth: 2.5, strokeDasharray: LINES[l].dash }),
        ...(finish !== undefined ? [Plot!.ruleX([finish], { stroke: LINES[l].color, strokeDasharray: LINES[l].dash ?? '2 3', strokeOpacity: 0.8 })] : []),
      ];
    });
    const plotted = Plot!.plot({
      ...plotTheme,
      width,
      height: 200,
      marginLeft: 56,
      x: { label: T.step, domain: [0, S.steps] },
      y: { label, type: 'log', domain: [Math.min(...all), Math.max(...all)], grid: true, ticks: powersOfTen(Math.min(...all), Math.max(...all)), tickFormat: formatPowerOfTen },
      marks,
    });
    const svg = plotted as unknown as SVGSVGElement; // no title, caption or legend: Plot returns the svg itself
    const x = plotted.scale('x')!;
    const id = `${root.id}-clip-${++clipIds}`;
    const clip = svgEl('rect', { x: 0, y: 0, width: 0, height: 200 });
    svg.prepend(svgEl('defs', {}, svgEl('clipPath', { id }, clip)));
    // Plot's line and rule marks: what the replay reveals (axes and grid stay whole).
    for (const g of svg.querySelectorAll(':scope > g[aria-label="line"], :scope > g[aria-label="rule"]')) {
      g.setAttribute('clip-path', `url(#${id})`);
    }
    holder.replaceChildren(accessibleChart(svg));
    return { svg, clip, x: (step) => x.apply(step) as number, label, key };
  };

  /** Shows the runs up to step `shown`; builds at most one missing chart per call unless `complete`. */
  const drawCharts = (shown: number, complete = false) => {
    if (!runs || !Plot) return;
    if (drawnFor !== runs) { drawn = []; drawnFor = runs; }
    const wanted: ['loss' | 'gradient', string, HTMLElement][] = [['loss', T.lossChart, lossChart], ['gradient', T.gradientChart, gradientChart]];
    for (const [key, label, holder] of wanted.slice(drawn.length)) {
      drawn.push(buildChart(key, label, holder));
      if (!complete) break;
    }
    const last = (key: 'loss' | 'gradient', l: RaceLoss) => formatSmall(value(key, runs![l][Math.min(shown, runs![l].length - 1)]!));
    for (const chart of drawn) {
      // A little past the step, so the line's own width at its end is not cut.
      chart.clip.setAttribute('width', String(Math.max(0, chart.x(shown) + 2)));
      chart.svg.setAttribute('aria-label', T.chartLabel(chart.label, last(chart.key, 'mse'), last(chart.key, 'binaryCrossEntropy')));
    }
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

  const run = () => { askPlot(); computeOffPage(compute, (computed) => {
    runs = computed;
    replay({
      total: S.steps,
      stepsPerFrame: 4,
      running: T.running(S.steps),
      reduced: T.reduced,
      doneText: T.done,
      draw: (shown) => { drawCharts(shown); progress.update(progressAt(shown)); },
      finish: () => { drawCharts(S.steps, true); drawTable(); verdict(); },
    });
  }, { starting: true }); };

  // After a run, a slider change reruns both (the reader is exploring now, not predicting).
  const settingChanged = () => {
    showFormulaNumbers();
    if (!runs || root.dataset.state !== 'done') return;
    computeOffPage(compute, (computed) => {
      runs = computed;
      drawCharts(S.steps, true);
      drawTable();
      controls.setStatus(T.done);
    });
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

  // The charts exist only after a run, so Plot (with the number formatting it starts, ~30 ms of CPU in
  // tasks of its own) is loaded when the reader first turns to the widget, not when it comes into view.
  let plotAsked = false;
  const askPlot = () => {
    if (plotAsked) return;
    plotAsked = true;
    loadPlot().then((p) => { Plot = p; if (runs) drawCharts(root.dataset.state === 'done' ? S.steps : 0, true); }, () => controls.setStatus(T.chartsFailed));
  };
  for (const type of ['focusin', 'pointerdown']) root.addEventListener(type, askPlot, { once: true });
  showFormulaNumbers();
  return {
    fields: [zField.element, lrField.element],
    results: [createLineLegend([LINES.mse, LINES.binaryCrossEntropy]), el('div', { className: 'cer-charts' }, lossChart, gradientChart), table],
    run,
    reset,
  };
}
