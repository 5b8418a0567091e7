// A reader's .onnx files, good and bad, made in Node by our exporter: what "Open your own model" is given
// in tests/browser/digit-pad-onnx.test.ts and languages.test.ts.
import { createReferenceNetwork } from '../../../src/engine/reference/index.ts';
import type { NetworkSpec } from '../../../src/engine/types.ts';
import { exportNetwork } from '../../../src/onnx/export.ts';

/** A reader's model: `inputs` → 16 relu → 10 softmax with seeded random weights, written by our exporter. */
export function ownModel(inputs = 784): Uint8Array {
  const spec: NetworkSpec = { inputs, layers: [{ units: 16, activation: 'relu' }, { units: 10, activation: 'softmax' }], loss: 'softmaxCrossEntropy', seed: 99 };
  return exportNetwork(createReferenceNetwork(spec), { inputName: 'image', outputName: 'class_probabilities' });
}

/** Replaces every occurrence of one ASCII string by another of the same length (the protobuf stays valid). */
export function patch(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = bytes.slice();
  const [a, b] = [new TextEncoder().encode(from), new TextEncoder().encode(to)];
  for (let k = 0; k + a.length <= out.length; k++) if (a.every((v, i) => out[k + i] === v)) out.set(b, k);
  return out;
}

/** The bad files every language's page must refuse in its own words: not ONNX, the wrong input, an operator ONNX Runtime lacks. */
export const badModelFiles = (): { name: string; bytes: Uint8Array; byRuntime: boolean }[] => [
  { name: 'notes.onnx', bytes: new TextEncoder().encode('these are my notes, not a model\n'), byRuntime: false },
  { name: 'points.onnx', bytes: ownModel(3), byRuntime: false },
  { name: 'custom-op.onnx', bytes: patch(ownModel(), 'Relu', 'Relx'), byRuntime: true },
];
