// Draws the neuron as SVG: inputs on the left, one line per weight into the cell body, bias below, output
// on the right. Geometry is in the 360 x 220 viewBox of the <svg data-drawing> the component renders.
import { formatNumber } from '../../src/ui/format.ts';
import { connectionStyle, inputPositions, subscript } from './neuron-drawing.ts';
import type { NeuronResult } from './neuron-math.ts';
import { svgEl } from '../../src/ui/dom.ts';
import { neuronStrings } from '../../src/i18n/index.ts';

const HEIGHT = 220;
const INPUT_X = 58;
const INPUT_R = 21;
const CELL = { x: 228, y: 110, r: 36 };


/** A label that stays readable where it crosses a line: outlined in the panel colour. */
const label = (x: number, y: number, text: string, anchor = 'middle', extra: Record<string, string | number> = {}) =>
  svgEl('text', { x, y, 'text-anchor': anchor, 'font-size': 13, fill: 'currentColor', stroke: 'var(--panel)', 'stroke-width': 4, 'paint-order': 'stroke', 'stroke-linejoin': 'round', ...extra }, text);

/** Replaces the drawing's content (keeping its <title>) and updates the title to describe it in words. */
export function drawNeuron(svg: SVGSVGElement, inputs: readonly number[], weights: readonly number[], bias: number, result: NeuronResult): void {
  const title = svg.querySelector('title');
  const ys = inputPositions(inputs.length, HEIGHT);
  const parts: SVGElement[] = [];
  const descriptions: string[] = [];

  ys.forEach((y, i) => {
    const style = connectionStyle(weights[i], i + 1);
    descriptions.push(style.description);
    // Line from the input's edge to the cell's edge, aimed at the centre.
    const dx = CELL.x - INPUT_X, dy = CELL.y - y, len = Math.hypot(dx, dy);
    const x1 = INPUT_X + (dx / len) * INPUT_R, y1 = y + (dy / len) * INPUT_R;
    const x2 = CELL.x - (dx / len) * CELL.r, y2 = CELL.y - (dy / len) * CELL.r;
    parts.push(svgEl('line', { x1, y1, x2, y2, style: `stroke: ${style.cssStroke}`, 'stroke-width': style.width, 'stroke-dasharray': style.dash, 'stroke-linecap': 'butt', 'data-weight': i + 1 }));
    const t = 0.42;
    parts.push(label(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t - 7, style.label));
    parts.push(svgEl('circle', { cx: INPUT_X, cy: y, r: INPUT_R, fill: 'var(--bg)', stroke: 'currentColor', 'stroke-width': 1.5 }));
    parts.push(svgEl('text', { x: INPUT_X, y: y + 4.5, 'text-anchor': 'middle', 'font-size': 12, fill: 'currentColor' }, formatNumber(inputs[i])));
    parts.push(svgEl('text', { x: INPUT_X - INPUT_R - 6, y: y + 5, 'text-anchor': 'end', 'font-size': 14, 'font-style': 'italic', fill: 'currentColor' }, `x${subscript(i + 1)}`));
  });

  // Bias enters from below.
  parts.push(svgEl('line', { x1: CELL.x, y1: CELL.y + CELL.r, x2: CELL.x, y2: HEIGHT - 22, stroke: 'currentColor', 'stroke-width': 1.5 }));
  parts.push(label(CELL.x, HEIGHT - 6, `b = ${formatNumber(bias)}`));
  // The cell body: sum, then activation.
  parts.push(svgEl('circle', { cx: CELL.x, cy: CELL.y, r: CELL.r, fill: 'var(--bg)', stroke: 'currentColor', 'stroke-width': 2 }));
  parts.push(svgEl('line', { x1: CELL.x, y1: CELL.y - CELL.r, x2: CELL.x, y2: CELL.y + CELL.r, stroke: 'currentColor', 'stroke-width': 1, 'stroke-dasharray': '2 3' }));
  parts.push(svgEl('text', { x: CELL.x - 15, y: CELL.y + 7, 'text-anchor': 'middle', 'font-size': 20, fill: 'currentColor' }, 'Σ'));
  parts.push(svgEl('text', { x: CELL.x + 15, y: CELL.y + 7, 'text-anchor': 'middle', 'font-size': 20, 'font-style': 'italic', fill: 'currentColor' }, 'f'));
  parts.push(label(CELL.x, CELL.y - CELL.r - 8, `z = ${formatNumber(result.z)}`));
  // Output arrow.
  const ox = CELL.x + CELL.r;
  parts.push(svgEl('line', { x1: ox, y1: CELL.y, x2: 352, y2: CELL.y, stroke: 'currentColor', 'stroke-width': 2 }));
  parts.push(svgEl('path', { d: `M352 ${CELL.y} l-9 -5 v10 z`, fill: 'currentColor' }));
  parts.push(label(ox + 4, CELL.y - 10, `a = ${formatNumber(result.a)}`, 'start'));

  svg.replaceChildren(...(title ? [title] : []), ...parts);
  if (title) {
    title.textContent = neuronStrings().drawing(inputs.length, descriptions.join('; '), formatNumber(bias), formatNumber(result.z), formatNumber(result.a));
  }
}
