// Turns an ONNX model read by ./read.ts back into an engine network (spec + parameters), for the graphs
// ./graph.ts writes for a plain dense network: a chain of Gemm layers, each followed by one activation
// (Relu, Sigmoid, Tanh, LeakyRelu, Softmax on the last axis, Identity, or none). Anything else (other
// operators, a feature transform, branches, non-float32 weights) is refused with a message that names it:
// this is not a general ONNX runtime, only the way back for the course's own files. Pure, no DOM.
import type { Activation, LayerSpec, NetworkSpec, Parameters } from '../engine/types.ts';
import { DATA_TYPES, type OnnxModel, type OnnxNode, type OnnxTensor } from './read.ts';

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

/** The dense network in `model`, or an Error saying what in the file is outside what we read. */
export function denseNetworkFromOnnx(model: OnnxModel): DenseModel {
  const { graph } = model;
  for (const opset of model.opsets) {
    if (opset.domain !== '' && opset.domain !== 'ai.onnx') throw new Error(`the model uses operators from "${opset.domain}"; only standard ONNX operators are read here`);
  }
  const initializers = new Map<string, OnnxTensor>(graph.initializer.map((t) => [t.name, t]));
  const inputs = graph.input.filter((i) => !initializers.has(i.name));
  if (inputs.length !== 1) throw new Error(`the model has ${inputs.length} inputs; a dense classifier has exactly one`);
  if (graph.output.length !== 1) throw new Error(`the model has ${graph.output.length} outputs; a dense classifier has exactly one`);
  const [input] = inputs;
  if (input.elemType !== 1) throw new Error(`the input "${input.name}" holds ${DATA_TYPES[input.elemType] ?? `type ${input.elemType}`} numbers; float32 is read here`);
  const width = input.shape?.length === 2 ? input.shape[1] : null;
  if (typeof width !== 'number' || width < 1) throw new Error(`the input "${input.name}" has shape [${input.shape?.map((d) => d ?? '?').join(', ') ?? '?'}]; a dense network takes [batch, features]`);

  const weight = (name: string, what: string): OnnxTensor => {
    const t = initializers.get(name);
    if (!t) throw new Error(`the ${what} "${name}" is computed inside the graph, not stored in the file; only stored weights are read here`);
    if (t.dataType !== 1 || !t.values) throw new Error(`the ${what} "${name}" is ${DATA_TYPES[t.dataType] ?? `type ${t.dataType}`}; float32 weights are read here`);
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
    if (node.domain !== '' && node.domain !== 'ai.onnx') throw new Error(`the operator ${node.opType} comes from "${node.domain}"; only standard ONNX operators are read here`);
    if (node.opType !== 'Gemm') {
      throw new Error(SUPPORTED_OPERATORS.includes(node.opType)
        ? `the operator ${node.opType} comes before any dense (Gemm) layer; read here: a chain of Gemm layers, each followed by one activation`
        : `the operator ${node.opType} is not one this reader knows (it reads ${SUPPORTED_OPERATORS.join(', ')})`);
    }
    if (node.input[0] !== current) throw new Error(`the graph is not one chain of layers: ${node.name || 'a Gemm'} reads "${node.input[0]}", not "${current}"`);
    if ((attribute(node, 'transA')?.i ?? 0) !== 0 || (attribute(node, 'alpha')?.f ?? 1) !== 1 || (attribute(node, 'beta')?.f ?? 1) !== 1) {
      throw new Error(`the Gemm "${node.name}" uses transA, alpha or beta; read here: Y = A·B + C`);
    }
    const transB = (attribute(node, 'transB')?.i ?? 0) === 1;
    const w = weight(node.input[1], 'weight matrix');
    if (w.dims.length !== 2) throw new Error(`the weight matrix "${w.name}" has ${w.dims.length} dimensions, not 2`);
    const [nIn, nOut] = transB ? [w.dims[1], w.dims[0]] : w.dims;
    if (nIn !== units) throw new Error(`the weight matrix "${w.name}" takes ${nIn} inputs but the layer before gives ${units}`);
    const values = transB ? transpose(w.values!, nOut, nIn) : w.values!;
    let bias: number[] = new Array(nOut).fill(0);
    if (node.input[2]) {
      const b = weight(node.input[2], 'bias');
      if (b.values!.length !== nOut) throw new Error(`the bias "${b.name}" has ${b.values!.length} numbers for ${nOut} units`);
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
      if (!kind || (next.domain !== '' && next.domain !== 'ai.onnx')) throw new Error(`the operator ${next.opType} is not one this reader knows (it reads ${SUPPORTED_OPERATORS.join(', ')})`);
      if (next.input[0] !== current) throw new Error(`the graph is not one chain of layers: ${next.opType} reads "${next.input[0]}", not "${current}"`);
      if (kind === 'softmax') {
        const axis = attribute(next, 'axis')?.i ?? -1;
        if (axis !== -1 && axis !== 1) throw new Error(`Softmax over axis ${axis}; read here: over the units (axis -1)`);
        if (model.opsets.some((o) => (o.domain === '' || o.domain === 'ai.onnx') && o.version < 13)) {
          throw new Error('Softmax before opset 13 flattens its input; save the model with opset 13 or later');
        }
      }
      if (kind === 'leakyRelu') {
        const slope = attribute(next, 'alpha')?.f ?? 0.01;
        if (leakySlope !== undefined && Math.abs(slope - leakySlope) > 1e-7) throw new Error('the LeakyRelu layers have different slopes; the engine uses one slope for every layer');
        leakySlope = slope;
      }
      activation = kind;
      current = next.output[0];
      k++;
    }
    layers.push({ units: nOut, activation });
  }
  const output = graph.output[0].name;
  if (current !== output) throw new Error(`the graph's output "${output}" is not the end of its chain of layers ("${current}")`);
  layers.slice(0, -1).forEach((l, i) => {
    if (l.activation === 'softmax') throw new Error(`layer ${i + 1} is softmax; the engine allows softmax on the output layer only`);
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
