// A QR code as an inline SVG (crisp at any print resolution, no image decode to wait for before printing).
// lean-qr (MIT, ~3.5 KB gzip) encodes; this draws one path of unit squares with a 4-module quiet zone.
import { generate } from 'lean-qr';

const SVG_NS = 'http://www.w3.org/2000/svg';
const QUIET = 4;

/** The path data of a QR code's dark modules, one "h1v1h-1z" square each, in module units. */
export function qrPath(text: string): { size: number; d: string } {
  const code = generate(text);
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
  }
  return { size: code.size + 2 * QUIET, d };
}

export function qrSvg(text: string, label: string): SVGSVGElement {
  const { size, d } = qrPath(text);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG_NS, 'path');
  modules.setAttribute('d', d);
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return svg;
}
