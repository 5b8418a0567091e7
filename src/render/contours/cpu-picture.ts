// A loss surface's contour lines as a picture on the CPU: each pixel's loss is put on a log₂ scale, and a pixel
// is a line where that level's whole part differs from the pixel to its right or below, so every line is a loss
// twice the next one inward. The contour renderer's fallback without WebGL2, and the tests' reference for its
// shader (shader.ts computes the same rule per pixel). Pure (no DOM): RGBA bytes, row 0 at the top.

export interface ContourOptions {
  /** Pixels along each side. */
  size: number;
  /** [xMin, xMax, yMin, yMax]; pixel centres are sampled, y grows upwards. */
  extent: readonly [number, number, number, number];
  loss(x: number, y: number): number;
  /** Line colour [r, g, b, a] in 0..255. */
  rgba: readonly [number, number, number, number];
  /** Log₂ of the lowest contour's loss: lines at 2^lowest, 2^(lowest+1), … (default −6). */
  lowest?: number;
}

export function contourPicture(o: ContourOptions): Uint8ClampedArray<ArrayBuffer> {
  const { size, extent: [x0, x1, y0, y1] } = o;
  const lowest = o.lowest ?? -6;
  const band = new Int32Array(size * size);
  for (let row = 0; row < size; row++) {
    const y = y1 - ((row + 0.5) / size) * (y1 - y0);
    for (let col = 0; col < size; col++) {
      const x = x0 + ((col + 0.5) / size) * (x1 - x0);
      band[row * size + col] = Math.max(lowest - 1, Math.floor(Math.log2(o.loss(x, y))));
    }
  }
  const out = new Uint8ClampedArray(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const i = row * size + col;
      const edge = (col + 1 < size && band[i + 1] !== band[i]) || (row + 1 < size && band[i + size] !== band[i]);
      if (edge && band[i]! >= lowest - 1) out.set(o.rgba, i * 4);
    }
  }
  return out;
}

/** Pixel position of a point (x, y) on a canvas of `size` pixels over `extent`. */
export function toPixel(x: number, y: number, size: number, extent: readonly [number, number, number, number]): [number, number] {
  const [x0, x1, y0, y1] = extent;
  return [((x - x0) / (x1 - x0)) * size, ((y1 - y) / (y1 - y0)) * size];
}
