// "Open your own model": what the pad checks before handing a reader's .onnx file to ONNX Runtime, and
// how it reads the answer. Refusals come early and cheaply (size, not ONNX at all, an input that is not one
// 28×28 picture) so that a bad file never costs the 3.6 MB runtime download. Pure, no DOM.
import { readOnnx } from '../../src/onnx/read.ts';
import { onnxError } from '../../src/onnx/problem.ts';
import { SIZE } from './preprocess.ts';

/** Largest file the pad opens: a small classifier of 28×28 pictures is well under 1 MB. */
export const MAX_MODEL_MB = 20;

export interface OwnModelPlan {
  inputName: string;
  outputName: string;
  /** The input tensor's dims for one picture (a free batch dimension becomes 1). */
  dims: number[];
}

const PIXELS = SIZE * SIZE;

/** The input/output to use and the input's dims, or an OnnxError saying what is wrong (the page words it). */
export function planOwnModel(bytes: Uint8Array): OwnModelPlan {
  if (bytes.length === 0) throw onnxError({ code: 'empty' });
  const model = readOnnx(bytes); // throws `not-protobuf` or `no-graph` for a file that is not ONNX
  const stored = new Set(model.graph.initializer.map((t) => t.name));
  const inputs = model.graph.input.filter((i) => !stored.has(i.name));
  if (inputs.length !== 1) throw onnxError({ code: 'pad-input-count', count: inputs.length });
  const [input] = inputs;
  if (input.elemType !== 1) throw onnxError({ code: 'input-type', input: input.name, type: input.elemType });
  if (!input.shape) throw onnxError({ code: 'input-no-shape', input: input.name });
  const dims = input.shape.map((d, k) => (k === 0 && typeof d !== 'number' ? 1 : d));
  if (dims.some((d) => typeof d !== 'number' || d < 1)) throw onnxError({ code: 'input-open-shape', input: input.name, shape: input.shape });
  const n = dims as number[];
  if (!takesOnePicture(n)) {
    const numbers = n.slice(1).reduce((p, d) => p * d, 1);
    throw onnxError({ code: 'input-not-a-picture', input: input.name, shape: input.shape, numbers });
  }
  if (model.graph.output.length < 1) throw onnxError({ code: 'no-output' });
  return { inputName: input.name, outputName: model.graph.output[0].name, dims: n };
}

/**
 * Whether dims (batch already 1) are a layout the pad can fill with its 784 pixels: [batch, 784],
 * [batch, 28, 28], [batch, 1, 28, 28] or [batch, 28, 28, 1] (row-major, so all are the same numbers; the
 * catalogue's `digitPad.onnx` lists them to the reader).
 */
export function takesOnePicture(n: readonly number[]): boolean {
  return n.length >= 2 && n[0] === 1 && (
    (n.length === 2 && n[1] === PIXELS) ||
    (n.length === 3 && n[1] === SIZE && n[2] === SIZE) ||
    (n.length === 4 && ((n[1] === 1 && n[2] === SIZE && n[3] === SIZE) || (n[1] === SIZE && n[2] === SIZE && n[3] === 1))));
}

export interface OwnAnswer {
  top: number;
  /** Probabilities: the model's own when its outputs already are (non-negative, sum 1), else softmax of them. */
  probabilities: number[];
  kind: 'probabilities' | 'scores';
}

/** Reads a model's output row: its largest entry and, as probabilities, how sure it is. */
export function readOwnAnswer(values: ArrayLike<number>): OwnAnswer {
  const v = Array.from(values);
  if (v.length === 0 || v.some((x) => !Number.isFinite(x))) throw onnxError({ code: v.length === 0 ? 'answer-empty' : 'answer-not-finite' });
  const sum = v.reduce((s, x) => s + x, 0);
  const isProbabilities = v.every((x) => x >= 0 && x <= 1) && Math.abs(sum - 1) < 1e-3;
  let probabilities = v;
  if (!isProbabilities) {
    const max = Math.max(...v);
    const e = v.map((x) => Math.exp(x - max));
    const z = e.reduce((s, x) => s + x, 0);
    probabilities = e.map((x) => x / z);
  }
  let top = 0;
  for (let k = 1; k < v.length; k++) if (v[k] > v[top]) top = k;
  return { top, probabilities, kind: isProbabilities ? 'probabilities' : 'scores' };
}
