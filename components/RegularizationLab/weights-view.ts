// The lab's weights view: for each run, a histogram of |w| on a log scale (how many weights are how big),
// with a sentence that says the same in numbers, so neither colour nor bar heights are the only signal.
// The numbers come from ./weight-magnitudes.ts; words from the catalogue (src/i18n/<lang>/regularization-lab.ts).
import type { Parameters } from '../../src/engine/types.ts';
import { POSITIVE } from '../../src/ui/colors.ts';
import { svgEl } from '../../src/ui/dom.ts';
import { formatNumber, formatPercent } from '../../src/ui/format.ts';
import { BIN_COUNT, BINS_PER_DECADE, MAX_LOG, MIN_LOG, weightMagnitudes, type WeightMagnitudes } from './weight-magnitudes.ts';
import { regularizationLabStrings } from '../../src/i18n/index.ts';

const S = regularizationLabStrings();

const W = 320, ROW = 54, AXIS = 22, LEFT = 64;

export const describeMagnitudes = (m: WeightMagnitudes): string =>
  S.weightsSummary(formatNumber(m.meanAbs, 3), formatPercent(m.nearZero));

/** Draws both runs' histograms into `box` (replacing what was there). */
export function drawWeightsView(box: HTMLElement, runs: { without: Parameters; with: Parameters }): void {
  const rows = [
    { name: S.without, m: weightMagnitudes(runs.without), opacity: 0.5 },
    { name: S.with, m: weightMagnitudes(runs.with), opacity: 1 },
  ];
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${rows.length * ROW + AXIS}`, class: 'rl-weights-chart', 'aria-hidden': 'true' });
  const barWidth = (W - LEFT) / BIN_COUNT;
  rows.forEach((row, r) => {
    const top = r * ROW;
    const max = Math.max(1, ...row.m.histogram);
    const label = svgEl('text', { x: 0, y: top + ROW / 2 + 4, class: 'rl-weights-label' });
    label.textContent = row.name;
    svg.append(label, svgEl('line', { x1: LEFT, x2: W, y1: top + ROW - 4, y2: top + ROW - 4, stroke: 'currentColor', 'stroke-opacity': 0.4 }));
    row.m.histogram.forEach((count, i) => {
      if (!count) return;
      const h = ((ROW - 10) * count) / max;
      svg.append(svgEl('rect', { x: LEFT + i * barWidth + 0.5, y: top + ROW - 4 - h, width: barWidth - 1, height: h, fill: POSITIVE, 'fill-opacity': row.opacity }));
    });
  });
  // Axis: "0" under the first bin, then powers of ten at their bin edges.
  const axisY = rows.length * ROW + 14;
  const tick = (x: number, text: string) => {
    const t = svgEl('text', { x, y: axisY, 'text-anchor': 'middle', class: 'rl-weights-tick' });
    t.textContent = text;
    svg.append(t);
  };
  tick(LEFT + barWidth / 2, '0');
  for (let e = MIN_LOG; e <= MAX_LOG; e += 1) tick(LEFT + (1 + (e - MIN_LOG) * BINS_PER_DECADE) * barWidth, e >= 0 ? String(10 ** e) : `1e${e}`);
  const caption = document.createElement('p');
  caption.className = 'rl-weights-caption';
  caption.textContent = S.weightsCaption;
  const summary = document.createElement('ul');
  summary.className = 'rl-weights-summary';
  for (const row of rows) {
    const li = document.createElement('li');
    li.dataset.run = row === rows[0] ? 'without' : 'with';
    li.dataset.nearZero = String(row.m.nearZero);
    li.dataset.meanAbs = String(row.m.meanAbs);
    li.textContent = `${row.name}: ${describeMagnitudes(row.m)}`;
    summary.append(li);
  }
  box.replaceChildren(caption, svg, summary);
}
