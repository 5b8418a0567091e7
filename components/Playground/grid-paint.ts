// Paints a grid of values into a small canvas (one canvas pixel per grid cell; CSS scales it up).
// Used for the hidden-neuron pictures and as the output picture's fallback when WebGL2 is missing.
import { CLASS_COLORS, diverging, hexToRgb } from '../../src/ui/colors.ts';

const CLASS_RGB = CLASS_COLORS.map(hexToRgb);
const GREY: [number, number, number] = [128, 128, 128];

/** values: size² signed values in [−1, 1] (diverging colours), row 0 at the top. Through the scale's table
 *  (below): a colour computed per pixel made the four input pictures ~12 ms of a 4x-slowed start-up. */
export function paintSigned(canvas: HTMLCanvasElement, values: ArrayLike<number>, size: number, discretize = false): void {
  const shown = discretize ? Float32Array.from({ length: size * size }, (_, i) => (values[i]! >= 0 ? 1 : -1)) : values;
  paintScaled(canvas, shown, size, [-1, 1]);
}

/** classes: size² class indices, confidence: size² in [0, 1] (lighter where the network is unsure). */
export function paintClasses(canvas: HTMLCanvasElement, classes: ArrayLike<number>, confidence: ArrayLike<number>, size: number, discretize = false): void {
  const ctx = prepare(canvas, size);
  const img = ctx.createImageData(size, size);
  const data = img.data;
  for (let i = 0; i < size * size; i++) {
    const [r, g, b] = CLASS_RGB[classes[i]!] ?? GREY;
    const k = discretize ? 0.75 : 0.25 + 0.6 * confidence[i]!;
    data[4 * i] = 247 + (r - 247) * k;
    data[4 * i + 1] = 247 + (g - 247) * k;
    data[4 * i + 2] = 247 + (b - 247) * k;
    data[4 * i + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}

function prepare(canvas: HTMLCanvasElement, size: number): CanvasRenderingContext2D {
  if (canvas.width !== size) canvas.width = size;
  if (canvas.height !== size) canvas.height = size;
  return canvas.getContext('2d')!;
}

/** The diverging scale in 511 steps over [−1, 1] (RGBA packed as the canvas's bytes): no allocation per pixel. */
const SCALE_STEPS = 511;
let scale: Uint32Array | undefined;
function scaleLut(): Uint32Array {
  if (scale) return scale;
  scale = new Uint32Array(SCALE_STEPS);
  const bytes = new Uint8Array(scale.buffer);
  for (let i = 0; i < SCALE_STEPS; i++) bytes.set([...diverging((2 * i) / (SCALE_STEPS - 1) - 1), 255], 4 * i);
  return scale;
}

/**
 * A neuron's picture: values over `range` on the diverging scale (the boundary renderer's value colours,
 * to 1/255), one canvas pixel per grid cell. Paints only when a pixel differs from the picture the canvas
 * shows (`shown`, the return value of the previous call): while training, most thumbnails of a slow layer
 * do not change from one drawing to the next. Returns the picture now shown.
 */
export function paintScaled(canvas: HTMLCanvasElement, values: ArrayLike<number>, size: number, range: readonly [number, number], shown?: ImageData): ImageData {
  const lut = scaleLut();
  const image = shown && shown.width === size && canvas.width === size ? shown : new ImageData(size, size);
  const pixels = new Uint32Array(image.data.buffer);
  const [lo, hi] = range;
  const k = (SCALE_STEPS - 1) / (hi - lo);
  let changed = image !== shown;
  for (let i = 0; i < size * size; i++) {
    const t = (values[i]! - lo) * k;
    const step = t >= 0 ? (t <= SCALE_STEPS - 1 ? Math.round(t) : SCALE_STEPS - 1) : t < 0 ? 0 : (SCALE_STEPS - 1) / 2; // NaN: the middle
    const colour = lut[step]!;
    if (pixels[i] !== colour) { pixels[i] = colour; changed = true; }
  }
  if (changed) prepare(canvas, size).putImageData(image, 0, 0);
  return image;
}
