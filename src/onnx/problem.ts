// What can be wrong with an .onnx file a page is given, as codes with their data: the decoder (read.ts),
// the way back to an engine network (dense-network.ts) and the digit pad's checks (components/DigitPad/)
// have no language, so they throw an OnnxError carrying one of these, and the page words it with its
// catalogue (`digitPad.onnx` in src/i18n/<lang>/digit-pad.ts). Names taken from the file (inputs,
// tensors, nodes, operators) travel raw: the wording quotes them for display.

/** How the bytes fail to be protobuf at all. */
export type ProtobufFault = 'ends-early' | 'number-too-long' | 'field-too-long' | 'unknown-wire-type' | 'field-zero' | 'malformed';

/** A dimension as the file declares it: a size, a symbolic name ("batch"), or null when left open. */
export type Dim = number | string | null;

export type OnnxProblem =
  // The decoder (read.ts).
  | { code: 'empty' }
  | { code: 'not-protobuf'; fault: ProtobufFault }
  | { code: 'no-graph' }
  | { code: 'external-data'; tensor: string }
  | { code: 'tensor-bytes'; tensor: string; bytes: number; shape: number[]; needs: number }
  | { code: 'tensor-count'; tensor: string; count: number; shape: number[]; needs: number }
  // The input and output the digit pad needs (components/DigitPad/own-model.ts).
  | { code: 'pad-input-count'; count: number }
  | { code: 'input-type'; input: string; type: number }
  | { code: 'input-no-shape'; input: string }
  | { code: 'input-open-shape'; input: string; shape: Dim[] }
  | { code: 'input-not-a-picture'; input: string; shape: Dim[]; numbers: number }
  | { code: 'no-output' }
  | { code: 'answer-empty' }
  | { code: 'answer-not-finite' }
  // A dense network the engine can run (dense-network.ts), and the pad's own digit model (digit-model.ts).
  | { code: 'foreign-operators'; domain: string; operator: string | null }
  | { code: 'dense-input-count'; count: number }
  | { code: 'dense-output-count'; count: number }
  | { code: 'dense-input-shape'; input: string; shape: Dim[] | null }
  | { code: 'computed-weight'; role: 'weight' | 'bias'; tensor: string }
  | { code: 'weight-type'; role: 'weight' | 'bias'; tensor: string; type: number }
  | { code: 'weight-rank'; tensor: string; rank: number }
  | { code: 'weight-inputs'; tensor: string; inputs: number; previous: number }
  | { code: 'bias-size'; tensor: string; count: number; units: number }
  | { code: 'unknown-operator'; operator: string; known: readonly string[] }
  | { code: 'activation-first'; operator: string }
  | { code: 'not-a-chain'; node: string; reads: string; expected: string }
  | { code: 'gemm-options'; node: string }
  | { code: 'softmax-axis'; axis: number }
  | { code: 'softmax-opset' }
  | { code: 'leaky-slopes' }
  | { code: 'output-not-last'; output: string; last: string }
  | { code: 'inner-softmax'; layer: number }
  | { code: 'not-the-digit-model'; inputs: number; layers: { units: number; activation: string }[] };

export type OnnxProblemCode = OnnxProblem['code'];

/**
 * An Error that carries its problem as data. Its message is the code and data, for logs and test output
 * only; readers see the catalogue's words.
 */
export class OnnxError extends Error {
  readonly problem: OnnxProblem;
  constructor(problem: OnnxProblem) {
    super(`onnx problem ${JSON.stringify(problem)}`);
    this.problem = problem;
    this.name = 'OnnxError';
  }
}

/** Throws the problem: `throw onnxError(...)` reads as the sentence it stands for. */
export const onnxError = (problem: OnnxProblem): OnnxError => new OnnxError(problem);

/** ONNX TensorProto.DataType names, for messages ("float16 weights are not supported"). */
export const DATA_TYPES: Record<number, string> = {
  1: 'float32', 2: 'uint8', 3: 'int8', 4: 'uint16', 5: 'int16', 6: 'int32', 7: 'int64', 8: 'string', 9: 'bool',
  10: 'float16', 11: 'float64', 12: 'uint32', 13: 'uint64', 16: 'bfloat16',
};
