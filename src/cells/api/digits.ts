// digits(): handwritten digits for a cell, loaded on demand from a file the site serves itself
// (data/digits-1500.bin, made by scripts/make-cell-digits.ts from the `mnist` package: 1,200 training and
// 300 test digits of the course's split). MNIST is by Yann LeCun, Corinna Cortes and Christopher J. C. Burges.
//
// The file's URL comes from the bundler (new URL(..., import.meta.url)), so it works under any base path.
// `fetch` is captured when this module loads, before the runtime takes fetch away from the reader's code:
// the cell can read this one same-origin file and nothing else.

import { oneHot } from '../../engine/data/labels.ts';
import { cellDataset, type CellDataset } from './datasets.ts';
import { cellApiStrings } from '../../i18n/index.ts';

const STRINGS = cellApiStrings();

export const DIGITS_TRAIN = 1200;
export const DIGITS_TEST = 300;
const PIXELS = 784;

const DIGITS_URL = new URL('./data/digits-1500.bin', import.meta.url);
const siteFetch: typeof fetch | undefined = typeof fetch === 'function' ? fetch.bind(globalThis) : undefined;

/** Why the digit file could not be read, as a code: the catalogue words it (`cellApi.digitsUnavailable`). */
export type DigitsProblem =
  | { kind: 'no-fetch' }
  | { kind: 'offline' } // the request failed: no connection (and the file not saved yet)
  | { kind: 'status'; status: number }
  | { kind: 'size'; bytes: number };

class DigitsUnavailable extends Error {
  constructor(readonly problem: DigitsProblem) {
    super(`digits unavailable: ${JSON.stringify(problem)}`); // for logs; the reader sees the catalogue's words
  }
}

let loadBytes = async (): Promise<Uint8Array> => {
  if (!siteFetch) throw new DigitsUnavailable({ kind: 'no-fetch' });
  const response = await siteFetch(DIGITS_URL).catch(() => { throw new DigitsUnavailable({ kind: 'offline' }); });
  if (!response.ok) throw new DigitsUnavailable({ kind: 'status', status: response.status });
  return new Uint8Array(await response.arrayBuffer());
};

/** For Node tests: read the file from disk instead of fetching it. */
export function setDigitBytesLoader(loader: () => Promise<Uint8Array>): void {
  loadBytes = loader;
  cache = undefined;
}

let cache: Promise<Uint8Array> | undefined;

export interface DigitOptions {
  /** Training digits, 1..1200; default 1200. */
  train?: number;
  /** Test digits, 1..300; default 300. */
  test?: number;
}

function slice(bytes: Uint8Array, from: number, count: number): CellDataset {
  const total = DIGITS_TRAIN + DIGITS_TEST;
  const labels = bytes.subarray(from, from + count);
  const inputs = new Float32Array(count * PIXELS);
  for (let i = 0; i < inputs.length; i++) inputs[i] = bytes[total + from * PIXELS + i]! / 255;
  return cellDataset('digits (MNIST)', { n: count, inputSize: PIXELS, targetSize: 10, inputs, targets: oneHot(labels, 10), labels }, 10);
}

function count(value: number | undefined, max: number): number {
  const n = value ?? max;
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(STRINGS.digitsCount(max, value));
  return n;
}

/** { train, test }: 28×28 digits as rows of 784 ink values in [0, 1], labels 0–9, one-hot targets. */
export async function digits(options: DigitOptions = {}): Promise<{ train: CellDataset; test: CellDataset }> {
  const nTrain = count(options.train, DIGITS_TRAIN);
  const nTest = count(options.test, DIGITS_TEST);
  cache ??= loadBytes().catch((error: unknown) => {
    cache = undefined; // let the next call try again
    throw new Error(STRINGS.digitsUnavailable(error instanceof DigitsUnavailable ? error.problem : { kind: 'offline' }));
  });
  const bytes = await cache;
  if (bytes.length !== (DIGITS_TRAIN + DIGITS_TEST) * (1 + PIXELS)) throw new Error(STRINGS.digitsUnavailable({ kind: 'size', bytes: bytes.length }));
  return { train: slice(bytes, 0, nTrain), test: slice(bytes, DIGITS_TRAIN, nTest) };
}
