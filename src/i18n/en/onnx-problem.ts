// Why an .onnx file could not be used (src/onnx/problem.ts codes), as the end of the digit pad's sentence
// "NAME could not be used: …". Names from the file are quoted (they are the reader's, and untrusted);
// numbers are the page's. The switch has no default: a new code fails the type check until it is worded.
import { DATA_TYPES, type Dim, type OnnxProblem, type ProtobufFault } from '../../onnx/problem.ts';
import { formatInteger } from '../../ui/format.ts';
import { isolateText } from '../../ui/untrusted-text.ts';
import { quoteEn } from '../quote.ts';

const q = (name: string) => quoteEn(name, 40);
const int = (n: number) => formatInteger(n, 'en');
const typeName = (type: number) => DATA_TYPES[type] ?? `type ${type}`;
/** A declared shape as the file gives it: "[batch, 3]"; an open size is "?". */
const shape = (dims: readonly Dim[] | null) =>
  `[${(dims ?? [null]).map((d) => (typeof d === 'number' ? int(d) : d === null ? '?' : isolateText(d.slice(0, 24)))).join(', ')}]`;
const wanted = 'the pad gives one 28 × 28 picture, as [batch, 784], [batch, 28, 28], [batch, 1, 28, 28] or [batch, 28, 28, 1]';
const role = (r: 'weight' | 'bias') => (r === 'weight' ? 'weight matrix' : 'bias');

const FAULTS: Record<ProtobufFault, string> = {
  'ends-early': 'the file ends in the middle of a field',
  'number-too-long': 'a number in the file is longer than protobuf allows',
  'field-too-long': 'a field says it is longer than the rest of the file',
  'unknown-wire-type': 'a field has an unknown wire type',
  'field-zero': 'a field is numbered 0',
  malformed: 'a field is malformed',
};

export function onnxProblem(p: OnnxProblem): string {
  switch (p.code) {
    case 'empty': return 'the file is empty';
    case 'not-protobuf': return `this is not an ONNX model: the bytes are not valid protobuf (${FAULTS[p.fault]})`;
    case 'no-graph': return 'this is not an ONNX model: it has no graph with nodes, an input and an output';
    case 'external-data': return `the tensor ${q(p.tensor)} keeps its numbers in a separate file (external data); save the model as one file`;
    case 'tensor-bytes': return `the tensor ${q(p.tensor)} has ${int(p.bytes)} bytes of data, but its shape ${shape(p.shape)} needs ${int(p.needs)}`;
    case 'tensor-count': return `the tensor ${q(p.tensor)} has ${int(p.count)} numbers, but its shape ${shape(p.shape)} needs ${int(p.needs)}`;
    case 'pad-input-count': return `it takes ${int(p.count)} inputs; the pad gives one picture`;
    case 'input-type': return `its input ${q(p.input)} takes ${typeName(p.type)} numbers; the pad gives float32 pixels from 0 to 1`;
    case 'input-no-shape': return `its input ${q(p.input)} has no declared shape; ${wanted}`;
    case 'input-open-shape': return `its input ${q(p.input)} has shape ${shape(p.shape)} with open sizes; ${wanted}`;
    case 'input-not-a-picture': return `its input ${q(p.input)} has shape ${shape(p.shape)} (${int(p.numbers)} numbers per example); ${wanted}`;
    case 'no-output': return 'it has no output';
    case 'answer-empty': return 'it gave no output';
    case 'answer-not-finite': return 'it gave a number that is not finite';
    case 'foreign-operators': return p.operator === null
      ? `the model uses operators from ${q(p.domain)}; only standard ONNX operators are read here`
      : `the operator ${q(p.operator)} comes from ${q(p.domain)}; only standard ONNX operators are read here`;
    case 'dense-input-count': return `the model has ${int(p.count)} inputs; a dense classifier has exactly one`;
    case 'dense-output-count': return `the model has ${int(p.count)} outputs; a dense classifier has exactly one`;
    case 'dense-input-shape': return `the input ${q(p.input)} has shape ${shape(p.shape)}; a dense network takes [batch, features]`;
    case 'computed-weight': return `the ${role(p.role)} ${q(p.tensor)} is computed inside the graph, not stored in the file; only stored weights are read here`;
    case 'weight-type': return `the ${role(p.role)} ${q(p.tensor)} is ${typeName(p.type)}; float32 weights are read here`;
    case 'weight-rank': return `the weight matrix ${q(p.tensor)} has ${int(p.rank)} dimensions, not 2`;
    case 'weight-inputs': return `the weight matrix ${q(p.tensor)} takes ${int(p.inputs)} inputs but the layer before gives ${int(p.previous)}`;
    case 'bias-size': return `the bias ${q(p.tensor)} has ${int(p.count)} numbers for ${int(p.units)} units`;
    case 'unknown-operator': return `the operator ${q(p.operator)} is not one this reader knows (it reads ${p.known.join(', ')})`;
    case 'activation-first': return `the operator ${q(p.operator)} comes before any dense (Gemm) layer; read here: a chain of Gemm layers, each followed by one activation`;
    case 'not-a-chain': return `the graph is not one chain of layers: ${q(p.node)} reads ${q(p.reads)}, not ${q(p.expected)}`;
    case 'gemm-options': return `the Gemm ${q(p.node)} uses transA, alpha or beta; read here: Y = A·B + C`;
    case 'softmax-axis': return `Softmax over axis ${p.axis < 0 ? '−' : ''}${int(Math.abs(p.axis))}; read here: over the units (axis −1)`;
    case 'softmax-opset': return 'Softmax before opset 13 flattens its input; save the model with opset 13 or later';
    case 'leaky-slopes': return 'the LeakyRelu layers have different slopes; the engine uses one slope for every layer';
    case 'output-not-last': return `the graph's output ${q(p.output)} is not the end of its chain of layers (${q(p.last)})`;
    case 'inner-softmax': return `layer ${int(p.layer)} is softmax; the engine allows softmax on the output layer only`;
    case 'not-the-digit-model': return `the digit model should be 784 inputs → one hidden layer → 10 softmax outputs, but this file is ${int(p.inputs)} → ${p.layers.map((l) => `${int(l.units)} ${l.activation}`).join(' → ')}`;
  }
}
