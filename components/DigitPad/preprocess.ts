// Turns a drawing into the 28×28 input the digit model expects, the way the MNIST digits were made
// (LeCun, Cortes & Burges): crop to the ink's bounding box, scale so the longer side is 20 pixels keeping
// the aspect ratio (with anti-aliasing: grey edges), then place it in a 28×28 field so that the centre of
// mass of the ink sits at the centre. Pure maths on arrays: no DOM, unit-tested.
//
// Images are row-major, one number per pixel, ink intensity in [0, 1] (0 = background).

export const SIZE = 28;
/** The longer side of the digit's box after scaling, in pixels. */
export const BOX = 20;
/**
 * Where the centre of mass goes, in pixel-index coordinates (pixel k's centre is at k). Measured on the
 * mnist package's digits: the mean centre of mass is (14.00, 14.00), one half-pixel right/below the
 * geometric centre 13.5, because MNIST shifted by whole pixels.
 */
export const CENTRE = 14;
/** Pixels fainter than this are background when finding the bounding box. */
const INK_THRESHOLD = 0.02;

export interface Image {
  width: number;
  height: number;
  /** width × height intensities in [0, 1], row-major. */
  data: ArrayLike<number>;
}

export interface Box { x0: number; y0: number; x1: number; y1: number }

/** The smallest box (x1, y1 exclusive) holding every pixel brighter than the threshold, or null if blank. */
export function inkBox(image: Image, threshold = INK_THRESHOLD): Box | null {
  let x0 = Infinity, y0 = Infinity, x1 = -1, y1 = -1;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (image.data[y * image.width + x] > threshold) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return x1 < 0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

/** Centre of mass in pixel-index coordinates (pixel k's centre is k), or null if there is no ink. */
export function centreOfMass(image: Image): { x: number; y: number } | null {
  let m = 0, mx = 0, my = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const v = image.data[y * image.width + x];
      m += v; mx += v * x; my += v * y;
    }
  }
  return m > 0 ? { x: mx / m, y: my / m } : null;
}

/**
 * Weights of a 1-D area resampling: destination pixel d covers [d, d+1]; in source coordinates that is
 * [(d − offset) / scale, (d + 1 − offset) / scale]. Each destination pixel gets the mean of the source
 * over that interval (the box filter: it anti-aliases when shrinking and keeps the ink's total and its
 * centre of mass exactly, up to the scale). Returns, per destination pixel, [sourceIndex, weight] pairs.
 */
function areaWeights(srcStart: number, srcEnd: number, dstSize: number, scale: number, offset: number): [number, number][][] {
  const rows: [number, number][][] = [];
  for (let d = 0; d < dstSize; d++) {
    const a = (d - offset) / scale + srcStart;
    const b = (d + 1 - offset) / scale + srcStart;
    const row: [number, number][] = [];
    for (let s = Math.max(srcStart, Math.floor(a)); s < Math.min(srcEnd, Math.ceil(b)); s++) {
      const overlap = Math.min(b, s + 1) - Math.max(a, s);
      if (overlap > 0) row.push([s, overlap / (b - a)]);
    }
    rows.push(row);
  }
  return rows;
}

/**
 * The MNIST-style 28×28 version of a drawing, or null if the drawing is blank.
 * Steps: bounding box → scale (longer side to BOX) → shift by whole pixels so the centre of mass is within
 * half a pixel of (CENTRE, CENTRE), unless that would push part of the digit out of the field.
 */
export function toMnistInput(image: Image): Float32Array | null {
  const box = inkBox(image);
  if (!box) return null;
  const scale = BOX / Math.max(box.x1 - box.x0, box.y1 - box.y0);
  // Centre of mass of the cropped ink, relative to the box's corner, in continuous coordinates (+0.5).
  const com = centreOfMass(image)!;
  const comX = (com.x + 0.5 - box.x0) * scale;
  const comY = (com.y + 0.5 - box.y0) * scale;
  // Destination position of the box corner that puts the centre of mass on pixel CENTRE. Like MNIST we
  // shift by whole pixels (so a crisp edge stays crisp), and we keep the whole box inside the field
  // (MNIST would cut off a lopsided digit; a reader's drawing should not lose a stroke).
  const place = (com: number, extent: number) =>
    Math.min(Math.max(Math.round(CENTRE + 0.5 - com), 0), Math.floor(SIZE - extent));
  const offsetX = place(comX, (box.x1 - box.x0) * scale);
  const offsetY = place(comY, (box.y1 - box.y0) * scale);
  const wx = areaWeights(box.x0, box.x1, SIZE, scale, offsetX);
  const wy = areaWeights(box.y0, box.y1, SIZE, scale, offsetY);
  // Separable: first resample every needed source row horizontally, then combine rows vertically.
  const rowsNeeded = box.y1 - box.y0;
  const horizontal = new Float64Array(rowsNeeded * SIZE);
  for (let r = 0; r < rowsNeeded; r++) {
    const src = (box.y0 + r) * image.width;
    for (let dx = 0; dx < SIZE; dx++) {
      let v = 0;
      for (const [sx, w] of wx[dx]) v += w * image.data[src + sx];
      horizontal[r * SIZE + dx] = v;
    }
  }
  const out = new Float32Array(SIZE * SIZE);
  for (let dy = 0; dy < SIZE; dy++) {
    for (const [sy, w] of wy[dy]) {
      const r = sy - box.y0;
      for (let dx = 0; dx < SIZE; dx++) out[dy * SIZE + dx] += w * horizontal[r * SIZE + dx];
    }
  }
  for (let k = 0; k < out.length; k++) out[k] = Math.min(1, Math.max(0, out[k]));
  return out;
}

/** Ink intensities from RGBA pixels (e.g. canvas ImageData): the alpha channel, scaled to [0, 1]. */
export function alphaToInk(rgba: ArrayLike<number>, width: number, height: number): Image {
  const data = new Float32Array(width * height);
  for (let k = 0; k < data.length; k++) data[k] = rgba[k * 4 + 3] / 255;
  return { width, height, data };
}
