// The data plane: the output picture (decision boundary) underneath, the data points on top, and the
// ways to add points: a click, or the keyboard (the plane is focusable; arrow keys move a cursor,
// Enter or Space adds a point of the chosen class, 1 to 4 choose the class). Drawing the points and
// mapping between pixels and plane coordinates lives here; what a point means lives in the store.
import { drawDataPoints, traceMarker } from '../../src/render/points/draw-points.ts';
import { cssRgb, diverging } from '../../src/ui/colors.ts';
import { EXTENT, round2, type DataPoint } from '../../src/state/points-field.ts';
import { el } from '../../src/ui/dom.ts';
import { playgroundStrings } from '../../src/i18n/index.ts';

const S = playgroundStrings().plane;

export interface PlaneCallbacks {
  /** Adds a point at plane coordinates (the caller picks the label). */
  onAdd(x: number, y: number): void;
  /** The keyboard picked class/value `index` (0-based). */
  onPickLabel(index: number): void;
  onCursor(x: number, y: number): void;
}

export interface DataPlane {
  element: HTMLElement;
  /** The canvas the boundary renderer paints the output picture into. */
  boundaryCanvas: HTMLCanvasElement;
  /** A 2-D canvas for pictures computed on the CPU (the discretised output). */
  cpuCanvas: HTMLCanvasElement;
  drawPoints(points: readonly DataPoint[], isTest: readonly boolean[], options: { showTest: boolean; classes: number }): void;
  readonly cursor: { x: number; y: number };
}

const CURSOR_STEP = 0.5;
const PLANE: [number, number, number, number] = [-EXTENT, EXTENT, -EXTENT, EXTENT];

export function createDataPlane(callbacks: PlaneCallbacks, describedBy: string): DataPlane {
  const boundaryCanvas = el('canvas', { class: 'pg-boundary', width: 50, height: 50, 'aria-hidden': 'true' });
  const cpuCanvas = el('canvas', { class: 'pg-boundary', width: 48, height: 48, 'aria-hidden': 'true', hidden: true });
  const pointsCanvas = el('canvas', { class: 'pg-points', 'aria-hidden': 'true' });
  // A canvas in memory, not on the GPU (what `willReadFrequently` asks for): a few hundred points, redrawn on a
  // change. A GPU canvas would make the page wait, in its first drawing, for the GPU process to set up a
  // context for it: seconds, at start-up, where the GPU is emulated (headless Chromium's SwiftShader).
  pointsCanvas.getContext('2d', { willReadFrequently: true });
  const cursorMark = el('div', { class: 'pg-cursor', 'aria-hidden': 'true' });
  const element = el('div', {
    class: 'pg-plane', tabindex: 0, role: 'application',
    'aria-roledescription': S.role,
    'aria-label': S.label,
    'aria-describedby': describedBy,
  }, boundaryCanvas, cpuCanvas, pointsCanvas, cursorMark);
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

  // The plane's width (CSS pixels), as the ResizeObserver reports it: its first report comes after the
  // page's own layout, so drawing never asks for one. (Reading clientWidth right after the panels were
  // inserted laid out the whole playground in that task.) The points are drawn again at each resize: the
  // plane follows the page width.
  let width = 0;
  new ResizeObserver(([entry]) => {
    width = entry!.contentRect.width;
    if (last) draw(...last);
  }).observe(element);

  function draw(points: readonly DataPoint[], isTest: readonly boolean[], options: { showTest: boolean; classes: number }): void {
    const size = Math.round(width * (window.devicePixelRatio || 1));
    if (size === 0) return; // not laid out yet (or hidden): the observer's next report draws them
    if (pointsCanvas.width !== size) { pointsCanvas.width = size; pointsCanvas.height = size; }
    const r = Math.max(3, size / 110);
    const shown = points.map((p, i) => ({ p, test: isTest[i]! })).filter((q) => options.showTest || !q.test);
    if (options.classes > 0) {
      // Classes: the course's shared markers (colour and shape per class; training filled, test hollow).
      drawDataPoints(pointsCanvas, shown.map(({ p, test }) => ({ x1: p.x, x2: p.y, label: p.label, test })), PLANE, { radius: r });
      return;
    }
    // Regression: every point a circle coloured by its target on the diverging scale, test points hollow.
    const ctx = pointsCanvas.getContext('2d')!;
    ctx.clearRect(0, 0, size, size);
    const scale = size / (2 * EXTENT);
    for (const { p, test } of [...shown.filter((q) => !q.test), ...shown.filter((q) => q.test)]) {
      traceMarker(ctx, 'circle', (p.x + EXTENT) * scale, (EXTENT - p.y) * scale, r);
      const colour = cssRgb(diverging(p.label));
      ctx.strokeStyle = '#1b1b1f';
      if (test) {
        ctx.lineWidth = Math.max(2, r * 0.7);
        ctx.stroke();
        ctx.strokeStyle = colour;
        ctx.lineWidth = Math.max(1, r * 0.35);
        ctx.stroke();
      } else {
        ctx.fillStyle = colour;
        ctx.fill();
        ctx.lineWidth = Math.max(1, r * 0.2);
        ctx.stroke();
      }
    }
  }

  return {
    element, boundaryCanvas, cpuCanvas, cursor,
    drawPoints(...args) { last = args; draw(...args); },
  };
}
