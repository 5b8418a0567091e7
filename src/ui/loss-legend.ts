// A small HTML legend for line charts: each entry shows a sample of the line (colour AND dash pattern)
// and its name, so series are never told apart by colour alone. Charts pass the same styles to Plot.
import { el, svgEl } from './dom.ts';

export interface LineStyle {
  label: string;
  color: string;
  /** SVG stroke-dasharray, e.g. '6 4'; omit for a solid line. */
  dash?: string;
  width?: number;
  /** Stroke opacity, 0..1 (a faint line for a baseline run); default 1. */
  opacity?: number;
}

export function createLineLegend(entries: readonly LineStyle[]): HTMLUListElement {
  const list = el('ul', { class: 'line-legend' });
  Object.assign(list.style, { display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem', listStyle: 'none', padding: '0', margin: '0.25rem 0', fontSize: '0.9em' });
  for (const e of entries) {
    const line = svgEl('line', {
      x1: 1, x2: 31, y1: 5, y2: 5, stroke: e.color, 'stroke-width': e.width ?? 2.5,
      'stroke-dasharray': e.dash, 'stroke-opacity': e.opacity,
    });
    const item = el('li', {}, svgEl('svg', { width: 32, height: 10, 'aria-hidden': 'true' }, line), e.label);
    Object.assign(item.style, { display: 'inline-flex', alignItems: 'center', gap: '0.4rem' });
    list.append(item);
  }
  return list;
}
