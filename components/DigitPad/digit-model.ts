// The digit model's data side, without DOM: running the ONNX model on one 28×28 input, reading the
// sample digits file, and turning ten probabilities into the words the page shows.
import type { Ort } from '../../src/onnx/ort-web.ts';
import { argmax } from '../../src/engine/index.ts';
import { SIZE } from './preprocess.ts';

/** Graph input/output names written by scripts/train-digits.ts. */
export const INPUT_NAME = 'pixels';
export const OUTPUT_NAME = 'probabilities';

export interface DigitClassifier {
  /** Ten probabilities (digits 0..9) for one 28×28 input with ink in [0, 1]. */
  classify(pixels: Float32Array): Promise<Float32Array>;
}

export async function createDigitClassifier(ort: Ort, model: Uint8Array): Promise<DigitClassifier> {
  const session = await ort.InferenceSession.create(model, { executionProviders: ['wasm'] });
  return {
    async classify(pixels) {
      if (pixels.length !== SIZE * SIZE) throw new Error(`the digit model takes ${SIZE * SIZE} pixels, got ${pixels.length}`);
      const result = await session.run({ [INPUT_NAME]: new ort.Tensor('float32', pixels, [1, SIZE * SIZE]) });
      return Float32Array.from(result[OUTPUT_NAME].data as Float32Array);
    },
  };
}

export interface SampleDigit {
  /** The digit MNIST says it is. */
  label: number;
  /** 784 intensities in [0, 1]. */
  pixels: Float32Array;
}

/** Reads public/models/digits-samples.json: { samples: [{ label, pixels: base64 of 784 bytes }] }. */
export function decodeSamples(json: unknown): SampleDigit[] {
  const samples = (json as { samples?: unknown })?.samples;
  if (!Array.isArray(samples)) throw new Error('the sample digits file has no "samples" list');
  return samples.map((s: { label?: unknown; pixels?: unknown }, k) => {
    if (typeof s.label !== 'number' || typeof s.pixels !== 'string') throw new Error(`sample ${k} needs a numeric label and base64 pixels`);
    const bytes = Uint8Array.from(atob(s.pixels), (c) => c.charCodeAt(0));
    if (bytes.length !== SIZE * SIZE) throw new Error(`sample ${k} has ${bytes.length} pixels, not ${SIZE * SIZE}`);
    return { label: s.label, pixels: Float32Array.from(bytes, (b) => b / 255) };
  });
}

/** 784 intensities in [0, 1] as base64 bytes (the inverse of decodeSamples' pixels). */
export function encodePixels(pixels: ArrayLike<number>): string {
  const bytes = Uint8Array.from(pixels as ArrayLike<number>, (v) => Math.round(Math.min(1, Math.max(0, v)) * 255));
  return btoa(String.fromCharCode(...bytes));
}

/** The digit with the largest probability (the network's answer). */
export const topDigit = (probabilities: ArrayLike<number>): number => argmax(probabilities);

/** A probability as a percentage for people: "97%", "0.4%", "<0.1%", "99.7%", ">99.9%" (never a false 0 or 100). */
export function percent(p: number): string {
  const v = p * 100;
  if (v < 0.1) return '<0.1%';
  if (v >= 99.95) return '>99.9%';
  if (v < 10 || v > 99.5) return `${v.toFixed(1)}%`;
  return `${Math.round(v)}%`;
}

/** One sentence: the network's answer and how sure it is, plus the runner-up when it is close. */
export function describeAnswer(probabilities: ArrayLike<number>): string {
  const top = topDigit(probabilities);
  const second = topDigit(Array.from(probabilities, (p, d) => (d === top ? -1 : p)));
  const sure = `The network reads ${top} (${percent(probabilities[top])} probability)`;
  return probabilities[second] >= 0.1 ? `${sure}; second guess ${second} (${percent(probabilities[second])}).` : `${sure}.`;
}
