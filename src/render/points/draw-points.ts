// Data points over a boundary picture, the same way in every widget: class by colour AND marker shape
// (colors.ts CLASS_COLORS / CLASS_SHAPES), training points filled, test points hollow (outline only), all
// with a dark rim so they stand out on any background colour.
import { CLASS_COLORS, CLASS_SHAPES } from '../../ui/colors.ts';

export interface DataPoint {
  x1: number;
  x2: number;
  /** Class index 0, 1, 2, ... (colour and shape); for a {-1, +1} label pass label > 0 ? 1 : 0. */
  label: number;
  /** Test points are drawn hollow. */
  test?: boolean;
}

export interface PointStyle {
  /** Marker radius in canvas pixels (multiply by devicePixelRatio yourself). Default 5. */
  radius?: number;
  /** Clear the overlay first. Default true. */
  clear?: boolean;
}

export type MarkerShape = (typeof CLASS_SHAPES)[number];
const RIM = '#1b1b1f';

/** Vertices of a marker centred at 0, radius r (circle is drawn as an arc instead). */
function polygon(shape: Exclude<MarkerShape, 'circle'>, r: number): [number, number][] {
  if (shape === 'square') {
    const s = r * 0.85;
    return [[-s, -s], [s, -s], [s, s], [-s, s]];
  }
  if (shape === 'triangle') {
    return [[0, -r * 1.1], [r * 1.05, r * 0.75], [-r * 1.05, r * 0.75]];
  }
  // cross: an X as one 12-sided outline, arms of half-width w, so it can be filled or outlined like the rest.
  const w = r * 0.38;
  const e = r * 1.0;
  const plus: [number, number][] = [
    [-w, -e], [w, -e], [w, -w], [e, -w], [e, w], [w, w], [w, e], [-w, e], [-w, w], [-e, w], [-e, -w], [-w, -w],
  ];
  const c = Math.SQRT1_2;
  return plus.map(([x, y]) => [c * (x - y), c * (x + y)]);
}

/** Traces a marker path (does not fill or stroke). */
export function traceMarker(ctx: CanvasRenderingContext2D, shape: MarkerShape, cx: number, cy: number, r: number): void {
  ctx.beginPath();
  if (shape === 'circle') {
    ctx.arc(cx, cy, r, 0, 2 * Math.PI);
    return;
  }
  polygon(shape, r).forEach(([x, y], i) => (i === 0 ? ctx.moveTo(cx + x, cy + y) : ctx.lineTo(cx + x, cy + y)));
  ctx.closePath();
}

/** The same marker as an SVG path `d`, centred at (cx, cy), for legends. */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  if (shape === 'circle') return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  return polygon(shape, r).map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${(cx + x).toFixed(2)},${(cy + y).toFixed(2)}`).join('') + 'Z';
}

export const markerShape = (label: number): MarkerShape => CLASS_SHAPES[label % CLASS_SHAPES.length]!;
export const markerColor = (label: number): string => CLASS_COLORS[label % CLASS_COLORS.length]!;

/**
 * Draws points on an overlay canvas whose drawing buffer covers `extent` ([xMin, xMax, yMin, yMax], top
 * row at yMax), the same mapping as the boundary picture under it.
 */
export function drawDataPoints(
  canvas: HTMLCanvasElement,
  points: readonly DataPoint[],
  extent: readonly [number, number, number, number],
  style: PointStyle = {},
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('the points overlay needs a canvas of its own (2-D context)');
  const { width, height } = canvas;
  const [xMin, xMax, yMin, yMax] = extent;
  const r = style.radius ?? 5;
  if (style.clear ?? true) ctx.clearRect(0, 0, width, height);
  ctx.lineJoin = 'round';
  // Test points last, so a hollow marker is never hidden under a filled one.
  const ordered = [...points.filter((p) => !p.test), ...points.filter((p) => p.test)];
  for (const p of ordered) {
    const cx = ((p.x1 - xMin) / (xMax - xMin)) * width;
    const cy = ((yMax - p.x2) / (yMax - yMin)) * height;
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
    traceMarker(ctx, markerShape(p.label), cx, cy, r);
    if (p.test) {
      ctx.lineWidth = Math.max(2, r * 0.7);
      ctx.strokeStyle = RIM;
      ctx.stroke();
      ctx.lineWidth = Math.max(1, r * 0.35);
      ctx.strokeStyle = markerColor(p.label);
      ctx.stroke();
    } else {
      ctx.fillStyle = markerColor(p.label);
      ctx.fill();
      ctx.lineWidth = Math.max(1, r * 0.2);
      ctx.strokeStyle = RIM;
      ctx.stroke();
    }
  }
}
