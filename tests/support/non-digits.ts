// Generated drawings that are not digits, made the way a reader makes them on the digit pad: round pen
// strokes (the pad's width) on its 280 × 280 canvas. Seeded, so a test that measures a rule on them
// measures the same drawings every run. Kinds: a single dot, a few scattered dots, a short dash, a filled
// pad, a large filled blob, a dense scribble, hatching, a flat horizontal line.
import { createRng, deriveSeed, type Rng } from '../../src/engine/rng.ts';
import type { Image } from '../../components/DigitPad/preprocess.ts';

export const PAD = 280;
/** The pad's pen width in canvas pixels (components/DigitPad/digit-pad.ts STROKE). */
export const PEN = 20;

type Point = [number, number];

/** Ink of round-capped strokes of width `pen` along each polyline, anti-aliased over one pixel. */
export function drawStrokes(strokes: Point[][], pen = PEN, size = PAD): Image {
  const data = new Float32Array(size * size);
  const r = pen / 2;
  for (const stroke of strokes) {
    const points = stroke.length === 1 ? [stroke[0], stroke[0]] : stroke;
    for (let k = 1; k < points.length; k++) {
      const [ax, ay] = points[k - 1], [bx, by] = points[k];
      const x0 = Math.max(0, Math.floor(Math.min(ax, bx) - r - 1)), x1 = Math.min(size - 1, Math.ceil(Math.max(ax, bx) + r + 1));
      const y0 = Math.max(0, Math.floor(Math.min(ay, by) - r - 1)), y1 = Math.min(size - 1, Math.ceil(Math.max(ay, by) + r + 1));
      const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const px = x + 0.5, py = y + 0.5;
          const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
          const d = Math.hypot(px - ax - t * dx, py - ay - t * dy);
          const ink = Math.min(1, Math.max(0, r + 0.5 - d));
          if (ink > data[y * size + x]) data[y * size + x] = ink;
        }
      }
    }
  }
  return { width: size, height: size, data };
}

/** A filled ellipse (as a reader colours in an area), centre (cx, cy), radii rx, ry. */
function filledEllipse(cx: number, cy: number, rx: number, ry: number): Image {
  const data = new Float32Array(PAD * PAD);
  for (let y = 0; y < PAD; y++) {
    for (let x = 0; x < PAD; x++) {
      const d = Math.hypot((x + 0.5 - cx) / rx, (y + 0.5 - cy) / ry);
      data[y * PAD + x] = Math.min(1, Math.max(0, (1 - d) * Math.min(rx, ry) + 0.5));
    }
  }
  return { width: PAD, height: PAD, data };
}

export const NON_DIGIT_KINDS = ['dot', 'dots', 'dash', 'filled pad', 'blob', 'scribble', 'hatching', 'flat line'] as const;
export type NonDigitKind = (typeof NON_DIGIT_KINDS)[number];

const within = (rng: Rng, margin: number) => margin + rng.next() * (PAD - 2 * margin);

export function nonDigit(kind: NonDigitKind, rng: Rng): Image {
  switch (kind) {
    case 'dot':
      return drawStrokes([[[within(rng, 20), within(rng, 20)]]]);
    case 'dots':
      return drawStrokes(Array.from({ length: 2 + rng.int(5) }, () => [[within(rng, 20), within(rng, 20)] as Point]));
    case 'dash': {
      // A stroke shorter than one and a half pen widths: a tap that slid.
      const x = within(rng, 40), y = within(rng, 40), a = rng.next() * 2 * Math.PI, l = rng.next() * 1.5 * PEN;
      return drawStrokes([[[x, y], [x + l * Math.cos(a), y + l * Math.sin(a)]]]);
    }
    case 'filled pad': {
      // Back-and-forth strokes a pen width apart over most of the pad.
      const m = 10 + rng.int(30);
      const rows: Point[] = [];
      for (let y = m, k = 0; y <= PAD - m; y += PEN * 0.8, k++) rows.push([k % 2 ? PAD - m : m, y], [k % 2 ? m : PAD - m, y]);
      return drawStrokes([rows]);
    }
    case 'blob':
      return filledEllipse(within(rng, 100), within(rng, 100), 40 + rng.next() * 60, 40 + rng.next() * 60);
    case 'scribble': {
      // A tangle: a random walk of 25–60 segments inside a random box.
      const cx = within(rng, 90), cy = within(rng, 90), w = 60 + rng.next() * 70, h = 60 + rng.next() * 70;
      const stroke: Point[] = Array.from({ length: 25 + rng.int(36) }, () => [cx + (rng.next() - 0.5) * 2 * w, cy + (rng.next() - 0.5) * 2 * h]);
      return drawStrokes([stroke.map(([x, y]) => [Math.min(PAD - 10, Math.max(10, x)), Math.min(PAD - 10, Math.max(10, y))] as Point)]);
    }
    case 'hatching': {
      // Parallel slanted lines, a few pen widths apart, over a random box.
      const x0 = within(rng, 80) - 60, y0 = within(rng, 80) - 60, w = 120 + rng.next() * 100, h = 120 + rng.next() * 100;
      const gap = PEN * (1.2 + rng.next() * 1.5);
      const strokes: Point[][] = [];
      for (let t = 0; t < w; t += gap) strokes.push([[x0 + t, y0 + h], [x0 + t + h * 0.5, y0]]);
      return drawStrokes(strokes.map((s) => s.map(([x, y]) => [Math.min(PAD - 10, Math.max(10, x)), Math.min(PAD - 10, Math.max(10, y))] as Point)));
    }
    case 'flat line': {
      // A horizontal (minus-sign) stroke, long and flat: nothing in MNIST is wider than a quarter of its height.
      const y = within(rng, 30), x = within(rng, 30) * 0.3, l = 120 + rng.next() * 130, tilt = (rng.next() - 0.5) * 20;
      return drawStrokes([[[x, y], [Math.min(PAD - 10, x + l), y + tilt]]]);
    }
  }
}

/** `perKind` seeded drawings of every kind. */
export function nonDigits(perKind: number, seed = 14): { kind: NonDigitKind; image: Image }[] {
  return NON_DIGIT_KINDS.flatMap((kind, k) => {
    const rng = createRng(deriveSeed(seed, k));
    return Array.from({ length: perKind }, () => ({ kind, image: nonDigit(kind, rng) }));
  });
}
