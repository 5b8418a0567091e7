// Turns an ONNX model read by ./read.ts back into an engine network (spec + parameters), for the graphs
// ./graph.ts writes for a plain dense network: a chain of Gemm layers, each followed by one activation
// (Relu, Sigmoid, Tanh, LeakyRelu, Softmax on the last axis, Identity, or none). Anything else (other
// operators, a feature transform, branches, non-float32 weights) is refused with an OnnxError that names it:
// this is not a general ONNX runtime, only the way back for the course's own files. Pure, no DOM.
import type { Activation, LayerSpec, NetworkSpec, Parameters } from '../engine/types.ts';
import type { OnnxModel, OnnxNode, OnnxTensor } from './read.ts';
import { onnxError } from './problem.ts';

export interface DenseModel {
  spec: NetworkSpec;
  parameters: Parameters;
  inputName: string;
  outputName: string;
  metadata: Record<string, string>;
}

const ACTIVATION_OF: Record<string, Activation> = { Relu: 'relu', Sigmoid: 'sigmoid', Tanh: 'tanh', LeakyRelu: 'leakyRelu', Softmax: 'softmax', Identity: 'linear' };
export const SUPPORTED_OPERATORS = ['Gemm', ...Object.keys(ACTIVATION_OF)];

const attribute = (node: OnnxNode, name: string) => node.attribute.find((a) => a.name === name);

/** The dense network in `model`, or an OnnxError saying what in the file is outside what we read. */
export function denseNetworkFromOnnx(model: OnnxModel): DenseModel {
  const { graph } = model;
  for (const opset of model.opsets) {
    if (opset.domain !== '' && opset.domain !== 'ai.onnx') throw onnxError({ code: 'foreign-operators', domain: opset.domain, operator: null });
  }
  const initializers = new Map<string, OnnxTensor>(graph.initializer.map((t) => [t.name, t]));
  const inputs = graph.input.filter((i) => !initializers.has(i.name));
  if (inputs.length !== 1) throw onnxError({ code: 'dense-input-count', count: inputs.length });
  if (graph.output.length !== 1) throw onnxError({ code: 'dense-output-count', count: graph.output.length });
  const [input] = inputs;
  if (input.elemType !== 1) throw onnxError({ code: 'input-type', input: input.name, type: input.elemType });
  const width = input.shape?.length === 2 ? input.shape[1] : null;
  if (typeof width !== 'number' || width < 1) throw onnxError({ code: 'dense-input-shape', input: input.name, shape: input.shape });

  const weight = (name: string, role: 'weight' | 'bias'): OnnxTensor => {
    const t = initializers.get(name);
    if (!t) throw onnxError({ code: 'computed-weight', role, tensor: name });
    if (t.dataType !== 1 || !t.values) throw onnxError({ code: 'weight-type', role, tensor: name, type: t.dataType });
    return t;
  };

  const layers: LayerSpec[] = [];
  const parameters: Parameters = { weights: [], biases: [] };
  let leakySlope: number | undefined;
  let current = input.name;
  let units = width;
  const nodes = graph.node;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k];
    if (node.domain !== '' && node.domain !== 'ai.onnx') throw onnxError({ code: 'foreign-operators', domain: node.domain, operator: node.opType });
    if (node.opType !== 'Gemm') {
      throw onnxError(SUPPORTED_OPERATORS.includes(node.opType)
        ? { code: 'activation-first', operator: node.opType }
        : { code: 'unknown-operator', operator: node.opType, known: SUPPORTED_OPERATORS });
    }
    if (node.input[0] !== current) throw onnxError({ code: 'not-a-chain', node: node.name || node.opType, reads: node.input[0], expected: current });
    if ((attribute(node, 'transA')?.i ?? 0) !== 0 || (attribute(node, 'alpha')?.f ?? 1) !== 1 || (attribute(node, 'beta')?.f ?? 1) !== 1) {
      throw onnxError({ code: 'gemm-options', node: node.name || node.opType });
    }
    const transB = (attribute(node, 'transB')?.i ?? 0) === 1;
    const w = weight(node.input[1], 'weight');
    if (w.dims.length !== 2) throw onnxError({ code: 'weight-rank', tensor: w.name, rank: w.dims.length });
    const [nIn, nOut] = transB ? [w.dims[1], w.dims[0]] : w.dims;
    if (nIn !== units) throw onnxError({ code: 'weight-inputs', tensor: w.name, inputs: nIn, previous: units });
    const values = transB ? transpose(w.values!, nOut, nIn) : w.values!;
    let bias: number[] = new Array(nOut).fill(0);
    if (node.input[2]) {
      const b = weight(node.input[2], 'bias');
      if (b.values!.length !== nOut) throw onnxError({ code: 'bias-size', tensor: b.name, count: b.values!.length, units: nOut });
      bias = Array.from(b.values!);
    }
    parameters.weights.push(Array.from(values));
    parameters.biases.push(bias);
    current = node.output[0];
    units = nOut;

    let activation: Activation = 'linear';
    const next = nodes[k + 1];
    if (next && next.opType !== 'Gemm') {
      const kind = ACTIVATION_OF[next.opType];
      if (!kind || (next.domain !== '' && next.domain !== 'ai.onnx')) throw onnxError({ code: 'unknown-operator', operator: next.opType, known: SUPPORTED_OPERATORS });
      if (next.input[0] !== current) throw onnxError({ code: 'not-a-chain', node: next.name || next.opType, reads: next.input[0], expected: current });
      if (kind === 'softmax') {
        const axis = attribute(next, 'axis')?.i ?? -1;
        if (axis !== -1 && axis !== 1) throw onnxError({ code: 'softmax-axis', axis });
        if (model.opsets.some((o) => (o.domain === '' || o.domain === 'ai.onnx') && o.version < 13)) {
          throw onnxError({ code: 'softmax-opset' });
        }
      }
      if (kind === 'leakyRelu') {
        const slope = attribute(next, 'alpha')?.f ?? 0.01;
        if (leakySlope !== undefined && Math.abs(slope - leakySlope) > 1e-7) throw onnxError({ code: 'leaky-slopes' });
        leakySlope = slope;
      }
      activation = kind;
      current = next.output[0];
      k++;
    }
    layers.push({ units: nOut, activation });
  }
  const output = graph.output[0].name;
  if (current !== output) throw onnxError({ code: 'output-not-last', output, last: current });
  layers.slice(0, -1).forEach((l, i) => {
    if (l.activation === 'softmax') throw onnxError({ code: 'inner-softmax', layer: i + 1 });
  });
  const last = layers[layers.length - 1].activation;
  const spec: NetworkSpec = {
    inputs: width,
    layers,
    loss: last === 'softmax' ? 'softmaxCrossEntropy' : last === 'sigmoid' ? 'binaryCrossEntropy' : 'mse',
    ...(leakySlope !== undefined ? { leakySlope: Math.fround(leakySlope) === Math.fround(0.01) ? 0.01 : leakySlope } : {}),
  };
  return { spec, parameters, inputName: input.name, outputName: output, metadata: model.metadata };
}

/** rows × cols (row-major) → cols × rows. */
function transpose(values: ArrayLike<number>, rows: number, cols: number): Float32Array {
  const out = new Float32Array(values.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = values[r * cols + c];
  return out;
}
