// Numbers about the run: train/test loss and accuracy, the loss curves over epochs (Observable Plot,
// with values on hover and the early-stopping point marked), and the confusion matrix.
import { CLASS_COLORS } from '../../src/ui/colors.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { loadPlot, plotTheme } from '../../src/ui/plot.ts';
import { el } from '../../src/ui/dom.ts';
import { lossTicks } from './loss-ticks.ts';
import { measureSince } from '../../src/ui/performance-measure.ts';
import { nextTask } from '../../src/engine/worker/next-task.ts';
import { playgroundStrings } from '../../src/i18n/index.ts';

const S = playgroundStrings().charts;
/** One point of the loss curves: epochs completed (0 = before training) and the two losses. */
export interface EpochPoint { epoch: number; trainLoss: number; testLoss: number }

export interface Metrics {
  trainLoss: number; testLoss: number; trainAccuracy?: number; testAccuracy?: number;
  /** Set when the weights in the page are not the last epoch's (early stopping kept an earlier epoch's). */
  weightsOfEpoch?: number;
}

/**
 * Where early stopping stopped and which epoch's weights it kept (epochs completed), with that epoch's
 * losses: the bounded curve may have thinned that epoch away when the patience is long.
 */
export interface StopMark { stoppedAt: number; kept: number; keptPoint?: EpochPoint }

/** Points drawn per line at most: the chart is ~300 px wide, more points only cost time. */
export const CHART_POINTS = 400;
/** While training, when the chart is drawn again every second: fewer points (one per ~2 px), no hover tip. */
export const LIVE_CHART_POINTS = 150;

/** The rows the chart draws: the curve thinned to at most `points` per line (last point kept), finite positive losses only. */
export function lossRows(history: readonly EpochPoint[], points = CHART_POINTS): { epoch: number; loss: number; set: 'train' | 'test' }[] {
  const stride = Math.max(1, Math.ceil(history.length / points));
  return history.filter((_, i) => i % stride === 0 || i === history.length - 1).flatMap((r) => [
    { epoch: r.epoch, loss: r.trainLoss, set: 'train' as const },
    { epoch: r.epoch, loss: r.testLoss, set: 'test' as const },
  ]).filter((r) => Number.isFinite(r.loss) && r.loss > 0);
}

export function createMetricsView(): { element: HTMLElement; update(m: Metrics): void } {
  const cells = { trainLoss: el('dd', {}), testLoss: el('dd', {}), trainAccuracy: el('dd', {}), testAccuracy: el('dd', {}) };
  const accRows = [el('dt', {}, S.trainAccuracy), cells.trainAccuracy, el('dt', {}, S.testAccuracy), cells.testAccuracy];
  const which = el('p', { class: 'pg-note pg-metrics-which' });
  const list = el('dl', { class: 'pg-metrics' },
    el('dt', {}, S.trainLoss), cells.trainLoss, el('dt', {}, S.testLoss), cells.testLoss, ...accRows);
  const element = el('div', {}, list, which);
  const pct = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '—' : S.percent(v));
  return {
    element,
    // Called every frame while training: only a changed text is written (each write is laid out and painted).
    update(m) {
      setText(cells.trainLoss, Number.isNaN(m.trainLoss) ? '—' : formatNumber(m.trainLoss, 3));
      setText(cells.testLoss, Number.isNaN(m.testLoss) ? '—' : formatNumber(m.testLoss, 3));
      setText(cells.trainAccuracy, pct(m.trainAccuracy));
      setText(cells.testAccuracy, pct(m.testAccuracy));
      for (const el of accRows) if (el.hidden !== (m.trainAccuracy === undefined)) el.hidden = m.trainAccuracy === undefined;
      const note = m.weightsOfEpoch === undefined ? '' : S.keptWeights(m.weightsOfEpoch);
      which.hidden = note === '';
      if (which.textContent !== note) which.textContent = note;
    },
  };
}

const setText = (node: HTMLElement, text: string) => { if (node.textContent !== text) node.textContent = text; };

const CAPTION = S.caption;
/**
 * The chart formats every number it shows (its ticks, tips and labels), so Plot never formats one with the
 * browser's Intl and the playground never starts ICU, ~60 ms tasks on a 4x-slowed CPU (src/ui/plot.ts).
 */
const PLOT_OPTIONS = { intl: false };

/** The round number (1, 2 or 5 times a power of ten) at or above v. */
function roundUp(v: number): number {
  const power = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((m) => m * power).find((r) => r >= v - 1e-9) ?? 10 * power;
}

/** The chart's words for an early stop (the picture itself is hidden from screen readers). */
export function stopCaption(stop: StopMark | undefined): string {
  return stop ? S.stopCaption(stop.stoppedAt, stop.kept) : '';
}

/**
 * `update(history, stop, live)`: `live` while training, when it is called again and again: a lighter chart
 * (LIVE_CHART_POINTS, no hover tip). Plot draws in a task of its own, not in the frame that asked.
 */
export function createLossChart(): { element: HTMLElement; update(history: readonly EpochPoint[], stop?: StopMark, live?: boolean): void; prepare(): void } {
  const caption = el('figcaption', {}, CAPTION);
  const element = el('figure', { class: 'pg-loss-chart' }, caption);
  const holder = el('div', { class: 'pg-loss-plot' });
  element.append(holder);
  let pending: { history: readonly EpochPoint[]; stop?: StopMark; live?: boolean } | null = null;
  let drawing = false;
  /**
   * While training: the chart Plot drew last, with room ahead on both axes; until the curve leaves that
   * room, only its two lines are redrawn (their paths, through Plot's own scales), not the whole chart.
   */
  let inPlace: { x(v: number): number; y(v: number): number; xMax: number; yLo: number; yHi: number; width: number; lines: SVGPathElement[] } | null = null;

  async function draw(): Promise<void> {
    if (drawing || !pending) return;
    // Before training there is one point per line and no line to draw: the chart (and Plot, whose loading
    // was the longest part of the playground's start-up) waits for a second epoch; its box keeps its place.
    if (pending.history.length < 2) { holder.replaceChildren(); pending = null; return; }
    drawing = true;
    const Plot = await loadPlot(PLOT_OPTIONS);
    // Its own task: a full Plot drawing is the largest single piece of work of the page while training.
    await nextTask();
    const { history, stop, live } = pending;
    pending = null;
    const rows = lossRows(history, live ? LIVE_CHART_POINTS : CHART_POINTS);
    const lastEpoch = history[history.length - 1]?.epoch ?? 0;
    const losses = rows.map((r) => r.loss);
    const [lo, hi] = [Math.min(...losses), Math.max(...losses)];
    const start = performance.now();
    const width = Math.max(240, Math.min(560, holder.clientWidth || 320));
    const sets = [rows.filter((r) => r.set === 'train'), rows.filter((r) => r.set === 'test')];
    if (live && !stop && inPlace && losses.length > 0 && lastEpoch <= inPlace.xMax && lo >= inPlace.yLo && hi <= inPlace.yHi && width === inPlace.width) {
      const { x, y } = inPlace;
      inPlace.lines.forEach((line, i) => line.setAttribute('d', sets[i]!.map((r, k) => `${k ? 'L' : 'M'}${x(r.epoch).toFixed(1)},${y(r.loss).toFixed(1)}`).join('')));
      measureSince('playground:plot', start);
      finish();
      return;
    }
    // While training, room ahead: the epoch axis to 1.5 times the epochs so far (a round number), the loss
    // axis a third of the way lower and a tenth higher, so the next drawings only move the lines.
    const xMax = live ? roundUp(Math.max(1, lastEpoch * 1.5)) : Math.max(1, lastEpoch);
    const [yLo, yHi] = live && losses.length > 0 ? [lo / 1.5, hi * 1.1] : [lo, hi];
    const yTicks = lossTicks(yLo, yHi);
    const chart = Plot.plot({
      ...plotTheme, width, height: 180,
      // Whole epochs only (one epoch was labelled 0.0, 0.2, … 1.0), and at least 0 to 1.
      x: { label: S.epochAxis, grid: true, domain: [0, xMax], ticks: Math.min(5, xMax), tickFormat: 'd' },
      // Log scale: the first epochs' large losses would otherwise flatten everything after them. Our own
      // ticks, because Plot's log axis leaves every tick unlabelled when the loss spans under a decade.
      y: { label: S.lossAxis, grid: true, type: 'log', ticks: yTicks.values, tickFormat: yTicks.format, ...(live && losses.length > 0 ? { domain: [yLo, yHi] } : {}) },
      color: { domain: ['train', 'test'], range: [CLASS_COLORS[1], CLASS_COLORS[0]] },
      marks: [
        Plot.line(sets[0], { x: 'epoch', y: 'loss', stroke: 'set', strokeWidth: 2, className: 'pg-line-train' }),
        Plot.line(sets[1], { x: 'epoch', y: 'loss', stroke: 'set', strokeWidth: 2, strokeDasharray: '6 4', className: 'pg-line-test' }),
        ...(stop ? stopMarks(Plot, history, stop, lastEpoch) : []),
        ...(live ? [] : [Plot.tip(rows, Plot.pointerX({ x: 'epoch', y: 'loss', stroke: 'set', title: (d: { epoch: number; loss: number; set: string }) => S.tip(d.epoch, d.set === 'train' ? S.train : S.test, d.loss) }))]),
      ],
    });
    chart.setAttribute('aria-hidden', 'true');
    holder.replaceChildren(chart);
    inPlace = null;
    const lines = ['.pg-line-train', '.pg-line-test'].map((c) => { const g = chart.querySelector(c); return g instanceof SVGPathElement ? g : g?.querySelector('path'); });
    if (live && losses.length > 0 && lines.every((l) => l instanceof SVGPathElement) && typeof chart.scale === 'function') {
      const [xs, ys] = [chart.scale('x'), chart.scale('y')];
      if (xs?.apply && ys?.apply) inPlace = { x: (v) => Number(xs.apply(v)), y: (v) => Number(ys.apply(v)), xMax, yLo, yHi, width, lines: lines as SVGPathElement[] };
    }
    measureSince('playground:plot', start);
    finish();
  }

  function finish(): void {
    drawing = false;
    if (pending) void draw();
  }

  return {
    element,
    /**
     * Loads Plot ahead of the first drawing (it waits for a second epoch): evaluating its module is one task
     * of a few dozen ms on a slow CPU, better spent before training starts than in one of its frames.
     */
    prepare() { void loadPlot(PLOT_OPTIONS).catch(() => {}); },
    update(history, stop, live) {
      pending = { history, stop, live };
      const text = CAPTION + stopCaption(stop);
      if (caption.textContent !== text) caption.textContent = text;
      void draw();
    },
  };
}

/**
 * Two marks for an early stop: a dotted rule where training stopped, a solid rule and a ringed point
 * where the kept weights come from. The two labels are on separate rows, so they do not overlap when
 * the two epochs are close.
 */
function stopMarks(Plot: Awaited<ReturnType<typeof loadPlot>>, history: readonly EpochPoint[], stop: StopMark, lastEpoch: number) {
  const keptPoint = stop.keptPoint ?? history.find((p) => p.epoch === stop.kept);
  const keptLoss = keptPoint && Number.isFinite(keptPoint.testLoss) ? keptPoint.testLoss : keptPoint?.trainLoss;
  const nearEnd = stop.kept > lastEpoch / 2;
  return [
    Plot.ruleX([stop.kept], { stroke: 'currentColor', strokeWidth: 1 }),
    Plot.ruleX([stop.stoppedAt], { stroke: 'currentColor', strokeDasharray: '1 3' }),
    ...(keptLoss !== undefined && keptLoss > 0 ? [Plot.dot([{ epoch: stop.kept, loss: keptLoss }], { x: 'epoch', y: 'loss', r: 5, stroke: 'currentColor', fill: 'none', strokeWidth: 2 })] : []),
    Plot.text([stop.kept], { x: (d: number) => d, frameAnchor: 'top', dy: 4, ...(nearEnd ? { dx: -4, textAnchor: 'end' } : { dx: 4, textAnchor: 'start' }), text: () => S.keptLabel(stop.kept) }),
    // The stop is the last epoch drawn, at the right edge: its label goes to the left of the rule.
    Plot.text([stop.stoppedAt], { x: (d: number) => d, frameAnchor: 'top', dy: 20, dx: -4, textAnchor: 'end', text: () => S.stoppedLabel(stop.stoppedAt) }),
  ];
}

export function createConfusionView(): { element: HTMLElement; update(matrix: number[][] | null, classNames: string[]): void } {
  const element = el('div', { class: 'pg-confusion' });
  return {
    element,
    update(matrix, classNames) {
      element.hidden = matrix === null;
      if (!matrix) return;
      const max = Math.max(1, ...matrix.flat());
      const table = el('table', {},
        el('caption', {}, S.confusionCaption),
        el('thead', {}, el('tr', {}, el('td', {}), ...classNames.map((n) => el('th', { scope: 'col' }, S.predicted(n))))),
        el('tbody', {}, ...matrix.map((row, a) => el('tr', {}, el('th', { scope: 'row' }, S.actual(classNames[a] ?? '')),
          ...row.map((count, p) => {
            const td = el('td', { class: a === p ? 'pg-diag' : 'pg-off' }, String(count));
            td.style.setProperty('--share', String(count / max));
            return td;
          })))),
      );
      element.replaceChildren(table);
    },
  };
}
