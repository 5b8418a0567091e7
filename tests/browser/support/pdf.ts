// Reading a printed PDF back for the handout tests: pages rendered to greyscale pictures by Poppler's
// pdftoppm, and word positions by pdftotext -bbox (poppler-utils; installed by .ci/run).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface GreyPage { width: number; height: number; pixels: Uint8Array }
export interface PdfWord { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number }

/** Renders every page at `dpi` into `dir` and reads the pictures back (binary PGM). */
export function renderPages(pdfPath: string, dir: string, dpi: number): GreyPage[] {
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), pdfPath, join(dir, 'page')]);
  return readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort().map((f) => readPgm(readFileSync(join(dir, f))));
}

function readPgm(data: Buffer): GreyPage {
  // "P5\n<width> <height>\n<max>\n" then one byte per pixel.
  const header = data.subarray(0, 64).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('pdftoppm did not write a binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: new Uint8Array(data.buffer, data.byteOffset + header[0].length, width * height) };
}

/** Every word of the PDF with its box in points (1/72 inch) from the page's top left. */
export function pdfWords(pdfPath: string): { pageHeights: number[]; words: PdfWord[] } {
  const html = execFileSync('pdftotext', ['-bbox', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  const pageHeights: number[] = [];
  const words: PdfWord[] = [];
  for (const [i, page] of html.split(/<page /).slice(1).entries()) {
    pageHeights.push(Number(page.match(/height="([\d.]+)"/)?.[1]));
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: i, text: m[5].replace(/&amp;/g, '&'), xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
    }
  }
  return { pageHeights, words };
}

/** A rectangle of a page picture (clipped to the page) as RGBA, for jsQR. */
export function cropRgba(page: GreyPage, x: number, y: number, w: number, h: number): { data: Uint8ClampedArray; width: number; height: number } {
  const x0 = Math.max(0, Math.round(x)), y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(page.width, Math.round(x + w)), y1 = Math.min(page.height, Math.round(y + h));
  const width = x1 - x0, height = y1 - y0;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let j = 0; j < height; j++) for (let i = 0; i < width; i++) {
    const v = page.pixels[(y0 + j) * page.width + x0 + i];
    data.set([v, v, v, 255], (j * width + i) * 4);
  }
  return { data, width, height };
}

/** Ink in a rectangle: the share of pixels darker than near-white, and the spread of the grey values. */
export function inkIn(page: GreyPage, x: number, y: number, w: number, h: number): { ink: number; spread: number; pixels: number } {
  const x0 = Math.max(0, Math.round(x)), y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(page.width, Math.round(x + w)), y1 = Math.min(page.height, Math.round(y + h));
  let dark = 0, n = 0, sum = 0, sum2 = 0;
  for (let j = y0; j < y1; j++) for (let i = x0; i < x1; i++) {
    const v = page.pixels[j * page.width + i];
    n++; sum += v; sum2 += v * v;
    if (v < 235) dark++;
  }
  const mean = n ? sum / n : 0;
  return { ink: n ? dark / n : 0, spread: n ? Math.sqrt(Math.max(0, sum2 / n - mean * mean)) : 0, pixels: n };
}

/** One rectangle of one page (1-based page number, box in points), rendered at `dpi`: for reading QR codes. */
export function renderCrop(pdfPath: string, dir: string, page: number, box: { x: number; y: number; w: number; h: number }, dpi: number): GreyPage {
  const px = (pt: number) => String(Math.max(1, Math.round((pt * dpi) / 72)));
  const out = join(dir, `crop-${page}-${Math.round(box.y)}`);
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page),
    '-x', px(box.x), '-y', px(box.y), '-W', px(box.w), '-H', px(box.h), '-singlefile', pdfPath, out]);
  return readPgm(readFileSync(`${out}.pgm`));
}

/**
 * The spread of grey levels (0-255) of each raster picture drawn in the PDF, as it shows on white paper, via
 * pdfimages. A picture with transparency comes as colour plus a soft mask (the next row, same object): where
 * the picture is transparent its colour is arbitrary (Chromium may write black or the line colour there),
 * so the colour is composited over white through the mask, as paper shows it, before measuring.
 */
export function rasterSpreads(pdfPath: string, dir: string): number[] {
  const list = execFileSync('pdfimages', ['-list', pdfPath]).toString('utf8').split('\n').slice(2).filter(Boolean)
    .map((line) => line.trim().split(/\s+/));
  execFileSync('pdfimages', [pdfPath, join(dir, 'img')]);
  const files = readdirSync(dir).sort();
  /** Grey levels of image `i` (P5 or P6), or null for a 1-bit picture (never flat grey). */
  const greys = (i: number): Float64Array | null | undefined => {
    const file = files.find((f) => f.startsWith(`img-${String(i).padStart(3, '0')}.`));
    if (!file) return undefined;
    const data = readFileSync(join(dir, file));
    const header = data.subarray(0, 64).toString('latin1').match(/^(P[456])\s+(\d+)\s+(\d+)\s+(?:(\d+)\s)?/);
    if (!header || header[1] === 'P4') return null;
    const channels = header[1] === 'P6' ? 3 : 1;
    const pixels = data.subarray(header[0].length);
    const out = new Float64Array(Math.floor(pixels.length / channels));
    for (let k = 0; k < out.length; k++) {
      const p = k * channels;
      out[k] = channels === 3 ? (pixels[p] + pixels[p + 1] + pixels[p + 2]) / 3 : pixels[p];
    }
    return out;
  };
  const spreads: number[] = [];
  list.forEach((cols, i) => {
    if (cols[2] !== 'image') return;
    const colour = greys(i);
    if (colour === undefined) return;
    if (colour === null) { spreads.push(255); return; }
    const maskRow = list[i + 1];
    const mask = maskRow?.[2] === 'smask' && maskRow[10] === cols[10] ? greys(i + 1) : undefined;
    let sum = 0, sum2 = 0;
    for (let k = 0; k < colour.length; k++) {
      const a = mask && mask.length === colour.length ? mask[k] / 255 : 1;
      const v = colour[k] * a + 255 * (1 - a);
      sum += v; sum2 += v * v;
    }
    const n = colour.length;
    spreads.push(n ? Math.sqrt(Math.max(0, sum2 / n - (sum / n) ** 2)) : 0);
  });
  return spreads;
}
