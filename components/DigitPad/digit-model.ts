// The digit model's data side, without DOM: reading the committed ONNX file into our own engine (our own
// decoder, src/onnx/read.ts; no ONNX Runtime in the page), running it on one 28×28 input, reading the
// sample digits file, and turning ten probabilities into the words the page shows.
import { argmax, createReferenceNetwork } from '../../src/engine/index.ts';
import type { Network } from '../../src/engine/types.ts';
import { denseNetworkFromOnnx } from '../../src/onnx/dense-network.ts';
import { readOnnx } from '../../src/onnx/read.ts';
import { onnxError } from '../../src/onnx/problem.ts';
import { SIZE } from './preprocess.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { digitPadStrings } from '../../src/i18n/index.ts';
import { pageLang, type Lang } from '../../src/i18n/lang.ts';

/** Graph input/output names written by scripts/train-digits.ts. */
export const INPUT_NAME = 'pixels';
export const OUTPUT_NAME = 'probabilities';

export interface DigitClassifier {
  /** The network (784 → hidden relu → 10 softmax), for the pages that show its weights. */
  readonly network: Network;
  /** Ten probabilities (digits 0..9) for one 28×28 input with ink in [0, 1]. */
  classify(pixels: ArrayLike<number>): Float64Array;
  /** The hidden units' activations (after relu) for one input. */
  hidden(pixels: ArrayLike<number>): number[];
}

/**
 * The digit classifier in an .onnx file written by our exporter, on the float64 reference engine (one
 * drawing is 76,000 multiply-adds: well under a millisecond, so no WebAssembly needed). Throws an OnnxError
 * (worded by the page) if the file is not such a model.
 */
export function createDigitClassifier(model: Uint8Array): DigitClassifier {
  const dense = denseNetworkFromOnnx(readOnnx(model));
  const { spec } = dense;
  const outputs = spec.layers[spec.layers.length - 1];
  if (spec.inputs !== SIZE * SIZE || outputs.units !== 10 || outputs.activation !== 'softmax' || spec.layers.length !== 2) {
    throw onnxError({ code: 'not-the-digit-model', inputs: spec.inputs, layers: spec.layers.map((l) => ({ units: l.units, activation: l.activation })) });
  }
  const network = createReferenceNetwork(spec);
  network.setParameters(dense.parameters);
  const check = (pixels: ArrayLike<number>) => {
    // An invariant (the pad always passes its 28×28 input): English, for developers; no reader action reaches it.
    if (pixels.length !== SIZE * SIZE) throw new Error(`the digit model takes ${SIZE * SIZE} pixels, got ${pixels.length}`);
  };
  return {
    network,
    classify(pixels) { check(pixels); return Float64Array.from(network.predict(pixels, 1)); },
    hidden(pixels) { check(pixels); return network.trace(pixels).a[0]; },
  };
}

export interface SampleDigit {
  /** The digit MNIST says it is. */
  label: number;
  /** 784 intensities in [0, 1]. */
  pixels: Float32Array;
}

/**
 * Reads public/models/digits-samples.json: { samples: [{ label, pixels: base64 of 784 bytes }] }. The file is
 * the site's own (built by scripts, never chosen by a reader), so a malformed one is a build defect: these
 * checks stay English, for developers, and the pad shows them marked lang="en" inside its sentence (reason.ts).
 */
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
export function percent(p: number, lang: Lang = pageLang()): string {
  const v = p * 100;
  // Spanish writes the sign after a space and the decimal with a comma: "12,5 %".
  const sign = lang === 'es' ? '\u00a0%' : '%';
  if (v < 0.1) return `<${formatNumber(0.1, 1, undefined, lang)}${sign}`;
  if (v >= 99.95) return `>${formatNumber(99.9, 1, undefined, lang)}${sign}`;
  if (v < 10 || v > 99.5) return `${formatNumber(v, 1, undefined, lang)}${sign}`;
  return `${Math.round(v)}${sign}`;
}

/** One sentence: the network's answer and how sure it is, plus the runner-up when it is close. */
export function describeAnswer(probabilities: ArrayLike<number>): string {
  const top = topDigit(probabilities);
  const second = topDigit(Array.from(probabilities, (p, d) => (d === top ? -1 : p)));
  const T = digitPadStrings().page;
  const sure = T.reads(top, percent(probabilities[top]));
  return probabilities[second] >= 0.1 ? `${sure}${T.secondGuess(second, percent(probabilities[second]))}.` : `${sure}.`;
}

/** What the pad shows now: the 28×28 input and the network's ten probabilities. */
export interface PadReading { input: Float32Array; probabilities: Float64Array; ownDrawing: boolean }

/** The pad as its optional panels (ONNX Runtime, hidden units) see it. */
export interface PadView {
  reading(): PadReading | null;
  modelBytes(): Uint8Array | null;
  classifier(): DigitClassifier | null;
  /** Called after every new reading (null when the pad is cleared). */
  onReading(listener: (reading: PadReading | null) => void): void;
  /** Called once, when the model is ready. */
  onModel(listener: (classifier: DigitClassifier) => void): void;
}
