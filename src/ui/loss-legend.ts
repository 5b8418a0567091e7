// A small HTML legend for line charts: each entry shows a sample of the line (colour AND dash pattern)
// and its name, so series are never told apart by colour alone. Charts pass the same styles to Plot.

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
  const list = document.createElement('ul');
  list.className = 'line-legend';
  Object.assign(list.style, { display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem', listStyle: 'none', padding: '0', margin: '0.25rem 0', fontSize: '0.9em' });
  for (const e of entries) {
    const item = document.createElement('li');
    Object.assign(item.style, { display: 'inline-flex', alignItems: 'center', gap: '0.4rem' });
    const svgNs = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('width', '32');
    svg.setAttribute('height', '10');
    svg.setAttribute('aria-hidden', 'true');
    const line = document.createElementNS(svgNs, 'line');
    line.setAttribute('x1', '1');
    line.setAttribute('x2', '31');
    line.setAttribute('y1', '5');
    line.setAttribute('y2', '5');
    line.setAttribute('stroke', e.color);
    line.setAttribute('stroke-width', String(e.width ?? 2.5));
    if (e.dash) line.setAttribute('stroke-dasharray', e.dash);
    if (e.opacity !== undefined) line.setAttribute('stroke-opacity', String(e.opacity));
    svg.append(line);
    item.append(svg, document.createTextNode(e.label));
    list.append(item);
  }
  return list;
}
