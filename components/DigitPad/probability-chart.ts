// The pad's probability chart: ten bars, shown afresh on every animation frame while the reader draws.
// Plot draws the chart's frame (axes, ticks, grid) once, and again only when its width changes; the bars
// and the top bar's label are our own SVG elements inside that frame, moved in place through Plot's own
// scales. So a reading costs a few attribute changes, not a whole new chart (a new Plot chart per frame
// was the longest part of a reading while drawing: see `npm run bench:digits`).
import { POSITIVE } from '../../src/ui/colors.ts';
import { svgEl } from '../../src/ui/dom.ts';
import { formatPercent } from '../../src/ui/format.ts';
import { loadPlot, plotTheme } from '../../src/ui/plot.ts';
import { percent } from './digit-model.ts';

const DIGITS = Array.from({ length: 10 }, (_, d) => String(d));
const HEIGHT = 200;

export interface ProbabilityChart {
  /** Shows these ten probabilities (null: an empty pad, no chart). */
  show(probabilities: Float64Array | null): void;
}

interface Frame {
  width: number;
  svg: Element;
  bars: SVGRectElement[];
  label: SVGTextElement;
  x(digit: string): number;
  y(p: number): number;
  bandwidth: number;
}

export function createProbabilityChart(holder: HTMLElement, axes: { digit: string; probability: string }): ProbabilityChart {
  let frame: Frame | null = null;
  let building = false;
  let latest: Float64Array | null = null;
  const widthNow = () => Math.max(240, Math.min(420, holder.clientWidth || 320));
  let width = widthNow();

  async function build(): Promise<void> {
    building = true;
    const Plot = await loadPlot();
    const w = width;
    const svg = Plot.plot({
      ...plotTheme,
      width: w,
      height: HEIGHT,
      marginTop: 28,
      x: { type: 'band', label: axes.digit, domain: DIGITS, padding: 0.1 },
      y: { label: axes.probability, domain: [0, 1], tickFormat: (p: number) => formatPercent(p), ticks: 5, grid: true },
      marks: [Plot.ruleY([0])],
    });
    const x = svg.scale('x')!;
    const y = svg.scale('y')!;
    const bars = DIGITS.map(() => svgEl('rect', { fill: 'currentColor', 'fill-opacity': 0.35 }));
    const label = svgEl('text', { 'text-anchor': 'middle', 'font-weight': 'bold', fill: 'currentColor' });
    // Behind the zero rule (Plot's last mark), so the bars stand on it.
    svg.lastElementChild!.before(svgEl('g', {}, ...bars, label));
    frame = { width: w, svg, bars, label, x: (d) => x.apply(d) as number, y: (p) => y.apply(p) as number, bandwidth: x.bandwidth ?? 0 };
    holder.replaceChildren(svg);
    building = false;
    draw();
  }

  function draw(): void {
    if (!frame) return;
    // An empty pad: no bars, but the chart keeps its place (no layout shift when the next reading comes).
    frame.svg.setAttribute('visibility', latest ? 'visible' : 'hidden');
    if (!latest) return;
    if (frame.width !== width) { if (!building) void build(); return; }
    let top = 0;
    latest.forEach((p, d) => { if (p > latest![top]!) top = d; });
    const base = frame.y(0);
    frame.bars.forEach((bar, d) => {
      const p = latest![d]!;
      const y = frame!.y(p);
      bar.setAttribute('x', String(frame!.x(DIGITS[d]!)));
      bar.setAttribute('width', String(frame!.bandwidth));
      bar.setAttribute('y', String(y));
      bar.setAttribute('height', String(Math.max(0, base - y)));
      bar.setAttribute('fill', d === top ? POSITIVE : 'currentColor');
      bar.setAttribute('fill-opacity', d === top ? '1' : '0.35');
      bar.dataset.p = String(p);
    });
    frame.label.setAttribute('x', String(frame.x(DIGITS[top]!) + frame.bandwidth / 2));
    frame.label.setAttribute('y', String(frame.y(latest[top]!) - 8));
    frame.label.textContent = percent(latest[top]!);
  }

  if (typeof ResizeObserver !== 'undefined') {
    new ResizeObserver(() => { const w = widthNow(); if (w !== width) { width = w; draw(); } }).observe(holder);
  }

  return {
    show(probabilities) {
      latest = probabilities;
      if (!frame && !building && probabilities) { void build(); return; }
      draw();
    },
  };
}
