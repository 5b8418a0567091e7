// A QR code as an inline SVG (crisp at any print resolution, no image decode to wait for before printing).
// lean-qr (MIT, ~3.5 KB gzip) encodes; this draws one path of unit squares with a 4-module quiet zone.
import { generate } from 'lean-qr';
import { svgEl } from '../ui/dom.ts';

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
  return svgEl('svg', { viewBox: `0 0 ${size} ${size}`, role: 'img', 'aria-label': label, 'shape-rendering': 'crispEdges' },
    svgEl('rect', { width: size, height: size, fill: '#fff' }),
    svgEl('path', { d, fill: '#000' }));
}
