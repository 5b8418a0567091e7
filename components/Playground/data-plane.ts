// The data plane: the output picture (decision boundary) underneath, the data points on top, and the
// ways to add points: a click, or the keyboard (the plane is focusable; arrow keys move a cursor,
// Enter or Space adds a point of the chosen class, 1 to 4 choose the class). Drawing the points and
// mapping between pixels and plane coordinates lives here; what a point means lives in the store.
import { CLASS_COLORS, CLASS_SHAPES, cssRgb, diverging } from '../../src/ui/colors.ts';
import { EXTENT, round2, type DataPoint } from '../../src/state/points-field.ts';
import { h } from './dom.ts';

export interface PlaneCallbacks {
  /** Adds a point at plane coordinates (the caller picks the label). */
  onAdd(x: number, y: number): void;
  /** The keyboard picked class/value `index` (0-based). */
  onPickLabel(index: number): void;
  onCursor(x: number, y: number): void;
}

export interface DataPlane {
  element: HTMLElement;
  /** The canvas the output picture is painted into (by the boundary renderer or the fallback painter). */
  boundaryCanvas: HTMLCanvasElement;
  drawPoints(points: readonly DataPoint[], isTest: readonly boolean[], options: { showTest: boolean; classes: number }): void;
  readonly cursor: { x: number; y: number };
}

const CURSOR_STEP = 0.5;

export function createDataPlane(callbacks: PlaneCallbacks, describedBy: string): DataPlane {
  const boundaryCanvas = h('canvas', { class: 'pg-boundary', width: 50, height: 50, 'aria-hidden': 'true' });
  const pointsCanvas = h('canvas', { class: 'pg-points', 'aria-hidden': 'true' });
  const cursorMark = h('div', { class: 'pg-cursor', 'aria-hidden': 'true' });
  const element = h('div', {
    class: 'pg-plane', tabindex: 0, role: 'application',
    'aria-roledescription': 'data plane',
    'aria-label': 'Data plane from −6 to 6 on both axes. Arrow keys move the cursor, Enter adds a point, 1 to 4 choose the class.',
    'aria-describedby': describedBy,
  }, boundaryCanvas, pointsCanvas, cursorMark);
  const cursor = { x: 0, y: 0 };
  let last: Parameters<DataPlane['drawPoints']> | null = null;

  const toPlane = (clientX: number, clientY: number) => {
    const r = element.getBoundingClientRect();
    const x = -EXTENT + ((clientX - r.left) / r.width) * 2 * EXTENT;
    const y = EXTENT - ((clientY - r.top) / r.height) * 2 * EXTENT;
    const clamp = (v: number) => Math.max(-EXTENT, Math.min(EXTENT, round2(v)));
    return { x: clamp(x), y: clamp(y) };
  };
  const placeCursor = () => {
    cursorMark.style.left = `${((cursor.x + EXTENT) / (2 * EXTENT)) * 100}%`;
    cursorMark.style.top = `${((EXTENT - cursor.y) / (2 * EXTENT)) * 100}%`;
  };
  placeCursor();

  element.addEventListener('click', (e) => {
    const p = toPlane(e.clientX, e.clientY);
    Object.assign(cursor, p);
    placeCursor();
    callbacks.onCursor(p.x, p.y);
    callbacks.onAdd(p.x, p.y);
  });
  element.addEventListener('keydown', (e) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    const step = e.shiftKey ? 0.1 : CURSOR_STEP;
    if (e.key in moves) {
      const [dx, dy] = moves[e.key]!;
      cursor.x = Math.max(-EXTENT, Math.min(EXTENT, round2(cursor.x + dx * step)));
      cursor.y = Math.max(-EXTENT, Math.min(EXTENT, round2(cursor.y + dy * step)));
      element.classList.add('pg-cursor-on');
      placeCursor();
      callbacks.onCursor(cursor.x, cursor.y);
    } else if (e.key === 'Enter' || e.key === ' ') {
      callbacks.onAdd(cursor.x, cursor.y);
    } else if (/^[1-4]$/.test(e.key)) {
      callbacks.onPickLabel(Number(e.key) - 1);
    } else {
      return;
    }
    e.preventDefault();
  });
  element.addEventListener('focus', () => element.classList.add('pg-cursor-on'));
  element.addEventListener('blur', () => element.classList.remove('pg-cursor-on'));

  // Redraw the points when the plane is resized (it follows the page width).
  new ResizeObserver(() => { if (last) draw(...last); }).observe(element);

  function draw(points: readonly DataPoint[], isTest: readonly boolean[], options: { showTest: boolean; classes: number }): void {
    const size = Math.round(element.clientWidth * (window.devicePixelRatio || 1));
    if (size === 0) return;
    if (pointsCanvas.width !== size) { pointsCanvas.width = size; pointsCanvas.height = size; }
    const ctx = pointsCanvas.getContext('2d')!;
    ctx.clearRect(0, 0, size, size);
    const scale = size / (2 * EXTENT);
    const r = Math.max(3, size / 110);
    ctx.lineWidth = Math.max(1, r / 3);
    for (let i = 0; i < points.length; i++) {
      const test = isTest[i]!;
      if (test && !options.showTest) continue;
      const p = points[i]!;
      const cx = (p.x + EXTENT) * scale;
      const cy = (EXTENT - p.y) * scale;
      const colour = options.classes === 0 ? cssRgb(diverging(p.label)) : CLASS_COLORS[p.label] ?? '#888';
      const shape = options.classes === 0 ? 'circle' : CLASS_SHAPES[p.label] ?? 'circle';
      // Training points: filled, dark outline. Test points: hollow, thick coloured ring, so the two
      // differ in shape of the mark as well as in colour.
      tracePath(ctx, shape, cx, cy, test ? r * 1.15 : r);
      if (test) {
        ctx.strokeStyle = '#1b1b1f';
        ctx.lineWidth = Math.max(2, r / 1.5);
        ctx.stroke();
        ctx.strokeStyle = colour;
        ctx.lineWidth = Math.max(1, r / 3);
        ctx.stroke();
      } else {
        ctx.fillStyle = colour;
        ctx.fill();
        ctx.strokeStyle = '#1b1b1f';
        ctx.lineWidth = Math.max(1, r / 4);
        ctx.stroke();
      }
    }
  }

  return {
    element, boundaryCanvas, cursor,
    drawPoints(...args) { last = args; draw(...args); },
  };
}

function tracePath(ctx: CanvasRenderingContext2D, shape: string, x: number, y: number, r: number): void {
  ctx.beginPath();
  if (shape === 'circle') ctx.arc(x, y, r, 0, 2 * Math.PI);
  else if (shape === 'square') ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
  else if (shape === 'triangle') { ctx.moveTo(x, y - r * 1.1); ctx.lineTo(x + r, y + r * 0.8); ctx.lineTo(x - r, y + r * 0.8); ctx.closePath(); }
  else { // cross (a plus sign with width), closed outline so it can be filled
    const a = r * 0.38;
    ctx.moveTo(x - a, y - r); ctx.lineTo(x + a, y - r); ctx.lineTo(x + a, y - a); ctx.lineTo(x + r, y - a); ctx.lineTo(x + r, y + a);
    ctx.lineTo(x + a, y + a); ctx.lineTo(x + a, y + r); ctx.lineTo(x - a, y + r); ctx.lineTo(x - a, y + a); ctx.lineTo(x - r, y + a);
    ctx.lineTo(x - r, y - a); ctx.lineTo(x - a, y - a); ctx.closePath();
  }
}
