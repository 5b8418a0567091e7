// The playground's loss chart: train and test loss over epochs on a log scale, the early-stopping point
// marked, the value under the pointer on hover. Drawn by hand in SVG (scales in loss-scales.ts): a chart
// library (Observable Plot) cost a long task for each full drawing while training and another to compile.
// The picture is hidden from screen readers; its figcaption says what it shows.
import { CLASS_COLORS } from '../../src/ui/colors.ts';
import { formatInteger } from '../../src/ui/format.ts';
import { el, svgEl } from '../../src/ui/dom.ts';
import { lossTicks } from './loss-ticks.ts';
import { chartFrame, epochTicks, fitsFrame, linePath, linearScale, logScale, nearestPoint, type Frame, type Scale } from './loss-scales.ts';
import { measureSince } from '../../src/ui/performance-measure.ts';
import { nextTask } from '../../src/engine/worker/next-task.ts';
import { playgroundStrings } from '../../src/i18n/index.ts';

const S = playgroundStrings().charts;

/** One point of the loss curves: epochs completed (0 = before training) and the two losses. */
export interface EpochPoint { epoch: number; trainLoss: number; testLoss: number }

/**
 * Where early stopping stopped and which epoch's weights it kept (epochs completed), with that epoch's
 * losses: the bounded curve may have thinned that epoch away when the patience is long.
 */
export interface StopMark { stoppedAt: number; kept: number; keptPoint?: EpochPoint }

/** Points drawn per line at most: the chart is ~300 px wide, more points only cost time. */
export const CHART_POINTS = 400;
/** While training, when the chart is drawn again every second: fewer points (one per ~2 px), no hover tip. */
export const LIVE_CHART_POINTS = 150;

type Row = { epoch: number; loss: number; set: 'train' | 'test' };

/** The rows the chart draws: the curve thinned to at most `points` per line (last point kept), finite positive losses only. */
export function lossRows(history: readonly EpochPoint[], points = CHART_POINTS): Row[] {
  const stride = Math.max(1, Math.ceil(history.length / points));
  return history.filter((_, i) => i % stride === 0 || i === history.length - 1).flatMap((r) => [
    { epoch: r.epoch, loss: r.trainLoss, set: 'train' as const },
    { epoch: r.epoch, loss: r.testLoss, set: 'test' as const },
  ]).filter((r) => Number.isFinite(r.loss) && r.loss > 0);
}

/** The chart's words for an early stop (the picture itself is hidden from screen readers). */
export function stopCaption(stop: StopMark | undefined): string {
  return stop ? S.stopCaption(stop.stoppedAt, stop.kept) : '';
}

export const HEIGHT = 180;
/** Room for the tick labels and axis labels (the top: the loss axis's label). */
const M = { top: 20, right: 20, bottom: 42, left: 48 };
const LINES = [
  { set: 'train', className: 'pg-line-train', stroke: CLASS_COLORS[1], dash: undefined },
  { set: 'test', className: 'pg-line-test', stroke: CLASS_COLORS[0], dash: '6 4' },
] as const;

/** A drawn chart: its scales, and what a live update may change in place. */
interface Drawn { frame: Frame; width: number; x: Scale; y: Scale; lines: SVGPathElement[] }

const text = (attrs: Record<string, string | number>, words: string) => svgEl('text', attrs, words);

/** The whole chart for these rows in this frame; `live` leaves out the hover tip. */
function drawChart(rows: Row[], frame: Frame, width: number, stop: StopMark | undefined, keptLoss: number | undefined, live: boolean): { svg: SVGSVGElement; drawn: Drawn } {
  const x = linearScale(0, frame.xMax, M.left, width - M.right);
  const y = logScale(frame.yLo, frame.yHi, HEIGHT - M.bottom, M.top);
  const yTicks = lossTicks(frame.yLo, frame.yHi);
  const xTicks = epochTicks(frame.xMax);
  const [left, right, top, bottom] = [M.left, width - M.right, M.top, HEIGHT - M.bottom];
  const grid = svgEl('g', { class: 'pg-chart-grid' },
    ...xTicks.map((v) => svgEl('line', { x1: x(v), x2: x(v), y1: top, y2: bottom })),
    ...yTicks.values.map((v) => svgEl('line', { x1: left, x2: right, y1: y(v), y2: y(v) })));
  const xAxis = svgEl('g', { class: 'pg-chart-axis pg-chart-x' },
    ...xTicks.map((v) => svgEl('g', { transform: `translate(${x(v)},${bottom})`, 'data-value': v },
      svgEl('line', { y2: 6 }), text({ y: 9, dy: '0.71em', 'text-anchor': 'middle' }, formatInteger(v)))),
    text({ x: right, y: HEIGHT - 3, 'text-anchor': 'end' }, `${S.epochAxis} →`));
  const yAxis = svgEl('g', { class: 'pg-chart-axis pg-chart-y' },
    ...yTicks.values.map((v) => svgEl('g', { transform: `translate(${left},${y(v)})`, 'data-value': v },
      svgEl('line', { x2: -6 }), text({ x: -9, dy: '0.32em', 'text-anchor': 'end' }, yTicks.format(v)))),
    text({ x: 3, y: top - 8, 'text-anchor': 'start' }, `↑ ${S.lossAxis}`));
  const lines = LINES.map((l) => svgEl('path', {
    class: l.className, d: linePath(rows.filter((r) => r.set === l.set), x, y),
    fill: 'none', stroke: l.stroke, 'stroke-width': 2, 'stroke-dasharray': l.dash, 'stroke-linejoin': 'round', 'stroke-linecap': 'round',
  }));
  const svg = svgEl('svg', { class: 'pg-loss-svg', width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, 'aria-hidden': 'true' },
    grid, xAxis, yAxis, ...lines, stop ? stopMarks(stop, keptLoss, frame, x, y) : null);
  if (!live) addTip(svg, rows, x, y, width);
  return { svg, drawn: { frame, width, x, y, lines } };
}

/**
 * An early stop: a solid rule and a ringed point where the kept weights come from, a dotted rule where
 * training stopped. The two labels are on separate rows, so they do not overlap when the epochs are close.
 */
function stopMarks(stop: StopMark, keptLoss: number | undefined, frame: Frame, x: Scale, y: Scale): SVGGElement {
  const [top, bottom] = [M.top, HEIGHT - M.bottom];
  const nearEnd = stop.kept > frame.xMax / 2;
  return svgEl('g', { class: 'pg-chart-stop' },
    svgEl('line', { class: 'pg-stop-kept', x1: x(stop.kept), x2: x(stop.kept), y1: top, y2: bottom }),
    svgEl('line', { class: 'pg-stop-stopped', x1: x(stop.stoppedAt), x2: x(stop.stoppedAt), y1: top, y2: bottom, 'stroke-dasharray': '1 3' }),
    keptLoss !== undefined ? svgEl('circle', { class: 'pg-stop-point', cx: x(stop.kept), cy: y(keptLoss), r: 5 }) : null,
    text({ x: x(stop.kept) + (nearEnd ? -4 : 4), y: top + 4, dy: '0.71em', 'text-anchor': nearEnd ? 'end' : 'start' }, S.keptLabel(stop.kept)),
    // The stop is the last epoch drawn, at the right edge: its label goes to the left of the rule.
    text({ x: x(stop.stoppedAt) - 4, y: top + 20, dy: '0.71em', 'text-anchor': 'end' }, S.stoppedLabel(stop.stoppedAt)));
}

/** The value under the pointer: the nearest point ringed, its epoch, set and loss in a box beside it. */
function addTip(svg: SVGSVGElement, rows: Row[], x: Scale, y: Scale, width: number): void {
  const tip = svgEl('g', { class: 'pg-chart-tip', display: 'none' });
  svg.append(tip);
  const show = (e: PointerEvent) => {
    const box = svg.getBoundingClientRect();
    if (!(box.width > 0)) return;
    const k = width / box.width;
    const p = nearestPoint(rows, (e.clientX - box.left) * k, (e.clientY - box.top) * k, x, y);
    if (!p) return;
    const [px, py] = [x(p.epoch), y(p.loss)];
    const lines = S.tip(p.epoch, p.set === 'train' ? S.train : S.test, p.loss).split('\n');
    const words = svgEl('text', {}, ...lines.map((line, i) => svgEl('tspan', { x: 0, dy: i ? '1.2em' : '0.71em' }, line)));
    const frame = svgEl('rect', { rx: 3 });
    tip.replaceChildren(svgEl('circle', { r: 4, cx: px, cy: py, stroke: LINES[p.set === 'train' ? 0 : 1].stroke }), frame, words);
    tip.removeAttribute('display');
    // Beside the point, on the side with room: left of it in the right half, below it near the top.
    const size = words.getBBox();
    const [w, h] = [size.width + 12, size.height + 8];
    const left = px > width / 2 ? px - 10 - w : px + 10;
    const top = Math.max(0, py - 10 - h < 0 ? py + 10 : py - 10 - h);
    frame.setAttribute('x', String(left)); frame.setAttribute('y', String(top));
    frame.setAttribute('width', String(w)); frame.setAttribute('height', String(h));
    words.setAttribute('transform', `translate(${left + 6},${top + 4})`);
  };
  svg.addEventListener('pointermove', show);
  svg.addEventListener('pointerdown', show);
  svg.addEventListener('pointerleave', () => tip.setAttribute('display', 'none'));
}

/**
 * `update(history, stop, live)`: `live` while training, when it is called again and again: a lighter chart
 * (LIVE_CHART_POINTS, no hover tip) with room ahead on both axes, so that most updates only rewrite the
 * two lines. The drawing is done in a task of its own, not in the frame that asked.
 */
export function createLossChart(): { element: HTMLElement; update(history: readonly EpochPoint[], stop?: StopMark, live?: boolean): void } {
  const caption = el('figcaption', {}, S.caption);
  const holder = el('div', { class: 'pg-loss-plot' });
  const element = el('figure', { class: 'pg-loss-chart' }, caption, holder);
  type Update = { history: readonly EpochPoint[]; stop?: StopMark; live?: boolean };
  let pending: Update | null = null;
  let last: Update | null = null;
  let drawing = false;
  // The holder's width, from a ResizeObserver: read while drawing (clientWidth), it made the browser lay out
  // the page then and there, inside the chart's task. A new width redraws the last chart.
  let holderWidth = 0;
  new ResizeObserver(([entry]) => {
    const width = Math.round(entry?.contentRect.width ?? 0);
    if (width === holderWidth) return;
    holderWidth = width;
    if (last && holder.firstChild) { pending ??= last; void draw(); }
  }).observe(holder);
  /** The chart drawn last while training (live), whose lines a later live update may move in place. */
  let inPlace: Drawn | null = null;

  async function draw(): Promise<void> {
    if (drawing || !pending) return;
    // Before training there is one point per line and no line to draw: the chart waits for a second
    // epoch; its box keeps its place.
    if (pending.history.length < 2) { holder.replaceChildren(); inPlace = null; pending = null; return; }
    drawing = true;
    await nextTask();
    const { history, stop, live = false } = pending;
    pending = null;
    const start = performance.now();
    const rows = lossRows(history, live ? LIVE_CHART_POINTS : CHART_POINTS);
    const lastEpoch = history[history.length - 1]?.epoch ?? 0;
    const keptPoint = stop && (stop.keptPoint ?? history.find((p) => p.epoch === stop.kept));
    const keptLoss = [keptPoint?.testLoss, keptPoint?.trainLoss].find((v) => v !== undefined && Number.isFinite(v) && v > 0);
    const losses = [...rows.map((r) => r.loss), ...(keptLoss === undefined ? [] : [keptLoss])];
    const [lo, hi] = [Math.min(...losses), Math.max(...losses)];
    const width = Math.max(240, Math.min(560, holderWidth || 320));
    if (live && !stop && inPlace && rows.length > 0 && width === inPlace.width && fitsFrame(inPlace.frame, lastEpoch, lo, hi)) {
      const { x, y } = inPlace;
      inPlace.lines.forEach((line, i) => line.setAttribute('d', linePath(rows.filter((r) => r.set === LINES[i]!.set), x, y)));
    } else {
      const { svg, drawn } = drawChart(rows, chartFrame(lastEpoch, lo, hi, live), width, stop, keptLoss, live);
      holder.replaceChildren(svg);
      inPlace = live && rows.length > 0 ? drawn : null;
    }
    measureSince('playground:plot', start);
    drawing = false;
    if (pending) void draw();
  }

  return {
    element,
    update(history, stop, live) {
      pending = last = { history, stop, live };
      const words = S.caption + stopCaption(stop);
      if (caption.textContent !== words) caption.textContent = words;
      void draw();
    },
  };
}
