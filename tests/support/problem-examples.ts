// One example of every problem code that shared code reports and the catalogue words (src/onnx/problem.ts,
// the URL state's ValueProblem). Typed as a table over the codes, so a code added without an example fails
// the type check; the examples feed the wording test (tests/unit/problem-wording.test.ts) and the needles
// the language check looks for (support/catalogue-needles.ts). Names from a file or link are `name`.
import type { OnnxProblem, OnnxProblemCode } from '../../src/onnx/problem.ts';
import type { ValueProblem, ValueProblemKind } from '../../src/state/url-state.ts';
import type { SharedCodeProblem, SharedCodeProblemKind } from '../../src/cells/runtime/share-code.ts';
import type { InputProblem, InputProblemCode } from '../../src/engine/validate.ts';

type ByCode<P extends { code: string }, C extends string> = { [K in C]: Extract<P, { code: K }> };
type ByKind<P extends { kind: string }, C extends string> = { [K in C]: Extract<P, { kind: K }> };

export function onnxProblemExamples(name: string): OnnxProblem[] {
  const table: ByCode<OnnxProblem, OnnxProblemCode> = {
    empty: { code: 'empty' },
    'not-protobuf': { code: 'not-protobuf', fault: 'ends-early' },
    'no-graph': { code: 'no-graph' },
    'external-data': { code: 'external-data', tensor: name },
    'tensor-bytes': { code: 'tensor-bytes', tensor: name, bytes: 12, shape: [2, 3], needs: 24 },
    'tensor-count': { code: 'tensor-count', tensor: name, count: 5, shape: [2, 3], needs: 6 },
    'pad-input-count': { code: 'pad-input-count', count: 2 },
    'input-type': { code: 'input-type', input: name, type: 7 },
    'input-no-shape': { code: 'input-no-shape', input: name },
    'input-open-shape': { code: 'input-open-shape', input: name, shape: ['batch', null] },
    'input-not-a-picture': { code: 'input-not-a-picture', input: name, shape: ['batch', 3], numbers: 3 },
    'no-output': { code: 'no-output' },
    'answer-empty': { code: 'answer-empty' },
    'answer-not-finite': { code: 'answer-not-finite' },
    'foreign-operators': { code: 'foreign-operators', domain: name, operator: null },
    'dense-input-count': { code: 'dense-input-count', count: 2 },
    'dense-output-count': { code: 'dense-output-count', count: 3 },
    'dense-input-shape': { code: 'dense-input-shape', input: name, shape: ['batch', 28, 28] },
    'computed-weight': { code: 'computed-weight', role: 'weight', tensor: name },
    'weight-type': { code: 'weight-type', role: 'bias', tensor: name, type: 10 },
    'weight-rank': { code: 'weight-rank', tensor: name, rank: 3 },
    'weight-inputs': { code: 'weight-inputs', tensor: name, inputs: 4, previous: 5 },
    'bias-size': { code: 'bias-size', tensor: name, count: 3, units: 4 },
    'unknown-operator': { code: 'unknown-operator', operator: name, known: ['Gemm', 'Relu'] },
    'activation-first': { code: 'activation-first', operator: name },
    'not-a-chain': { code: 'not-a-chain', node: name, reads: name, expected: name },
    'gemm-options': { code: 'gemm-options', node: name },
    'softmax-axis': { code: 'softmax-axis', axis: 0 },
    'softmax-opset': { code: 'softmax-opset' },
    'leaky-slopes': { code: 'leaky-slopes' },
    'output-not-last': { code: 'output-not-last', output: name, last: name },
    'inner-softmax': { code: 'inner-softmax', layer: 1 },
    'not-the-digit-model': { code: 'not-the-digit-model', inputs: 784, layers: [{ units: 10, activation: 'softmax' }] },
  };
  return Object.values(table);
}

export function valueProblemExamples(name: string): ValueProblem[] {
  const table: ByKind<ValueProblem, ValueProblemKind> = {
    'not-whole': { kind: 'not-whole' },
    'not-number': { kind: 'not-number' },
    'not-bool': { kind: 'not-bool' },
    outside: { kind: 'outside', min: 0.5, max: 10 },
    'not-one-of': { kind: 'not-one-of', values: ['a', 'b'] },
    length: { kind: 'length', length: 5, min: 0, max: 4 },
    item: { kind: 'item', index: 2, text: name, problem: { kind: 'not-number' } },
    repeats: { kind: 'repeats', index: 2, text: name },
    'too-long': { kind: 'too-long', max: 120 },
    'control-characters': { kind: 'control-characters' },
    'too-many-points': { kind: 'too-many-points', count: 10_001, max: 10_000 },
    'not-a-point': { kind: 'not-a-point', index: 3, text: name },
    'point-off-range': { kind: 'point-off-range', index: 3, text: name },
    'not-a-challenge': { kind: 'not-a-challenge' },
    'not-a-cell': { kind: 'not-a-cell' },
    'not-a-code': { kind: 'not-a-code' },
    'not-a-class-code': { kind: 'not-a-class-code' },
    'not-a-chapter': { kind: 'not-a-chapter' },
    'not-a-question': { kind: 'not-a-question' },
    'not-an-assignment-challenge': { kind: 'not-an-assignment-challenge' },
  };
  return Object.values(table);
}

/** Why a cell link's code could not be used (src/cells/runtime/share-code.ts): no names, only numbers. */
export function sharedCodeProblemExamples(): SharedCodeProblem[] {
  const table: ByKind<SharedCodeProblem, SharedCodeProblemKind> = {
    'no-code': { kind: 'no-code' },
    'payload-too-long': { kind: 'payload-too-long', length: 17_000, max: 16_000 },
    'other-version': { kind: 'other-version' },
    'bad-characters': { kind: 'bad-characters' },
    'impossible-length': { kind: 'impossible-length' },
    'unpacks-too-long': { kind: 'unpacks-too-long', max: 20_000 },
    'does-not-unpack': { kind: 'does-not-unpack' },
    'not-text': { kind: 'not-text' },
    'control-characters': { kind: 'control-characters' },
  };
  return Object.values(table);
}

/** What the engine refuses from a reader (src/engine/validate.ts); `got` (the value as code) is `name`. */
export function inputProblemExamples(name: string): InputProblem[] {
  const table: ByCode<InputProblem, InputProblemCode> = {
    'spec-not-object': { code: 'spec-not-object', got: name },
    'whole-number': { code: 'whole-number', field: 'batchSize', min: 1, max: 65_536, got: name },
    range: { code: 'range', field: 'dropout', layer: 1, min: 0, max: 1, closed: false, got: name },
    'layer-count': { code: 'layer-count', max: 8, got: name },
    'layer-not-object': { code: 'layer-not-object', layer: 2 },
    units: { code: 'units', layer: 0, max: 1024, got: name },
    activation: { code: 'activation', layer: 0, allowed: ['tanh', 'relu'], got: name },
    'softmax-hidden': { code: 'softmax-hidden', layer: 0, last: 1 },
    'dropout-output': { code: 'dropout-output', layer: 1 },
    loss: { code: 'loss', allowed: ['mse'], got: name },
    'loss-output': { code: 'loss-output', loss: 'binaryCrossEntropy', needs: 'sigmoid', got: name },
    'softmax-loss': { code: 'softmax-loss', got: name },
    init: { code: 'init', got: name },
    'config-not-object': { code: 'config-not-object', got: name },
    'learning-rate': { code: 'learning-rate', max: 10, got: name },
    'optimizer-not-object': { code: 'optimizer-not-object', got: name },
    'optimizer-kind': { code: 'optimizer-kind', got: name },
    'schedule-not-object': { code: 'schedule-not-object', got: name },
    'schedule-kind': { code: 'schedule-kind', got: name },
    'parameters-not-object': { code: 'parameters-not-object' },
    'parameter-layers': { code: 'parameter-layers', weights: 1, biases: 2, layers: 2 },
    'weights-size': { code: 'weights-size', layer: 0, got: 6, inputs: 2, units: 4 },
    'biases-size': { code: 'biases-size', layer: 0, got: 3, units: 4 },
    'not-numbers': { code: 'not-numbers', what: 'weights', layer: 0, got: name },
    'not-finite': { code: 'not-finite', what: 'biases', layer: 1, index: 2, got: name },
    'step-untrainable': { code: 'step-untrainable', layer: 0 },
    'not-saved-network': { code: 'not-saved-network' },
    'saved-version': { code: 'saved-version', got: name },
  };
  return Object.values(table);
}
