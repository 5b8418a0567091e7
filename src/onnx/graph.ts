// Builds the ONNX graph of a dense network as a plain object shaped like onnx.proto's ModelProto (the
// field names of ./onnx-schema.json). Pure data, no encoding: ./export.ts turns it into bytes.
//
// Graph, for spec.layers = [L0, ..., Lk] and optional playground features:
//   input [batch, 2 or spec.inputs] --(Slice/Mul/Sin/Concat: the feature transform)--> features
//   --Gemm(W0, b0)--> z0 --activation--> a0 --Gemm(W1, b1)--> ... --activation--> output [batch, units of Lk]
// Weights keep the engine's layout: weights[l][i * nOut + j] is row i, column j of the [nIn x nOut]
// matrix B of Gemm (Y = A·B + C), so no transpose is needed.
import { validateFeatures } from '../engine/features.ts';
import type { Activation, FeatureName, NetworkSpec, Parameters } from '../engine/types.ts';

/** ONNX TensorProto.DataType values we use. */
export const FLOAT = 1;
export const INT64 = 7;
/** ONNX AttributeProto.AttributeType values we use. */
const ATTR_FLOAT = 1;
const ATTR_INT = 2;

export const OPSET = 17;
/** IR version 8 is the one that goes with opset 17. */
export const IR_VERSION = 8;

export interface ExportOptions {
  /**
   * The playground's feature switches, in the order the network's inputs use them. When given, the model
   * takes the raw point [x1, x2] and computes the features itself; spec.inputs must equal features.length.
   */
  features?: readonly FeatureName[];
  /** Graph input and output names; defaults 'input' and 'output'. */
  inputName?: string;
  outputName?: string;
  /** Names of the output units (e.g. the digits '0'..'9'), stored as metadata. */
  outputLabels?: readonly string[];
  /** Free text stored in the model (what it is, where it came from). */
  description?: string;
  /** Extra key/value metadata. */
  metadata?: Record<string, string>;
}

export interface ExportableNetwork {
  spec: NetworkSpec;
  parameters: Parameters;
}

interface Attribute { name: string; type: number; f?: number; i?: number }
interface Node { opType: string; name: string; input: string[]; output: string[]; attribute?: Attribute[] }
interface Tensor { name: string; dims: number[]; dataType: number; rawData: Uint8Array }
interface ValueInfo { name: string; docString?: string; type: { tensorType: { elemType: number; shape: { dim: ({ dimValue: number } | { dimParam: string })[] } } } }

export interface ModelObject {
  irVersion: number;
  opsetImport: { domain: string; version: number }[];
  producerName: string;
  producerVersion: string;
  docString: string;
  graph: { name: string; node: Node[]; initializer: Tensor[]; input: ValueInfo[]; output: ValueInfo[] };
  metadataProps: { key: string; value: string }[];
}

function floatTensor(name: string, dims: number[], values: ArrayLike<number>): Tensor {
  const data = Float32Array.from(values);
  return { name, dims, dataType: FLOAT, rawData: littleEndianBytes(data) };
}

function int64Tensor(name: string, values: number[]): Tensor {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  values.forEach((v, k) => view.setBigInt64(k * 8, BigInt(v), true));
  return { name, dims: [values.length], dataType: INT64, rawData: bytes };
}

/** raw_data is little-endian whatever the machine; copy through a DataView to be sure. */
function littleEndianBytes(data: Float32Array): Uint8Array {
  const bytes = new Uint8Array(data.length * 4);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < data.length; k++) view.setFloat32(k * 4, data[k], true);
  return bytes;
}

function matrixInfo(name: string, columns: number, docString: string): ValueInfo {
  return { name, docString, type: { tensorType: { elemType: FLOAT, shape: { dim: [{ dimParam: 'batch' }, { dimValue: columns }] } } } };
}

/** Throws an Error naming the first way `model` is not a network we can export. */
export function checkExportable({ spec, parameters }: ExportableNetwork, options: ExportOptions = {}): void {
  // Invariants: the course's widgets pass only valid networks (and download-button.ts words a diverged one
  // before it gets here), so these checks stay English, for developers.
  if (!spec || !Array.isArray(spec.layers) || spec.layers.length === 0) throw new Error('the network has no layers; it needs at least an output layer');
  if (!parameters || parameters.weights?.length !== spec.layers.length || parameters.biases?.length !== spec.layers.length) {
    throw new Error(`the parameters have ${parameters?.weights?.length ?? 0} weight matrices but the network has ${spec.layers.length} layers`);
  }
  const sizes = [spec.inputs, ...spec.layers.map((l) => l.units)];
  spec.layers.forEach((layer, l) => {
    if (layer.activation === 'softmax' && l !== spec.layers.length - 1) throw new Error(`layer ${l + 1} is softmax; softmax is allowed on the output layer only`);
    if (!ACTIVATIONS.includes(layer.activation)) throw new Error(`layer ${l + 1} has activation "${layer.activation}"; allowed: ${ACTIVATIONS.join(', ')}`);
    const [nIn, nOut] = [sizes[l], sizes[l + 1]];
    if (parameters.weights[l].length !== nIn * nOut) throw new Error(`layer ${l + 1} has ${parameters.weights[l].length} weights but ${nIn} × ${nOut} = ${nIn * nOut}`);
    if (parameters.biases[l].length !== nOut) throw new Error(`layer ${l + 1} has ${parameters.biases[l].length} biases but ${nOut} units`);
    for (const v of parameters.weights[l]) if (!Number.isFinite(v)) throw new Error(`layer ${l + 1} has a weight that is not a finite number (${v}); the network has diverged`);
    for (const v of parameters.biases[l]) if (!Number.isFinite(v)) throw new Error(`layer ${l + 1} has a bias that is not a finite number (${v}); the network has diverged`);
  });
  const { features } = options;
  if (features) {
    validateFeatures(features);
    if (features.length !== spec.inputs) throw new Error(`${features.length} features are switched on but the network has ${spec.inputs} inputs`);
  }
}

const ACTIVATIONS: readonly Activation[] = ['linear', 'step', 'sigmoid', 'tanh', 'relu', 'leakyRelu', 'softmax'];

/** The ONNX model of `model` (validated first). */
export function buildModel(model: ExportableNetwork, options: ExportOptions = {}): ModelObject {
  checkExportable(model, options);
  const { spec, parameters } = model;
  const inputName = options.inputName ?? 'input';
  const outputName = options.outputName ?? 'output';
  if (inputName === outputName) throw new Error(`the input and the output need different names, both are "${inputName}"`);
  const nodes: Node[] = [];
  const initializers: Tensor[] = [];
  const add = (opType: string, input: string[], output: string, attribute?: Attribute[]) => {
    nodes.push({ opType, name: `${opType}_${nodes.length}`, input, output: [output], ...(attribute ? { attribute } : {}) });
    return output;
  };

  let current = inputName;
  let inputDoc = `${spec.inputs} numbers per example`;
  const features = options.features;
  if (features) {
    current = addFeatureTransform(features, inputName, add, initializers);
    inputDoc = `the point (x1, x2); the model computes its ${features.length} input features (${features.join(', ')}) itself`;
  }

  const last = spec.layers.length - 1;
  spec.layers.forEach((layer, l) => {
    const nIn = l === 0 ? spec.inputs : spec.layers[l - 1].units;
    const w = `W${l}`;
    const b = `b${l}`;
    initializers.push(floatTensor(w, [nIn, layer.units], parameters.weights[l]));
    initializers.push(floatTensor(b, [layer.units], parameters.biases[l]));
    const isLast = l === last;
    const z = isLast && layer.activation === 'linear' ? outputName : `z${l}`;
    current = add('Gemm', [current, w, b], z);
    const a = isLast ? outputName : `a${l}`;
    current = addActivation(layer.activation, current, a, spec.leakySlope ?? 0.01, add, initializers);
  });

  const rawInputs = features ? 2 : spec.inputs;
  const outUnits = spec.layers[last].units;
  const metadata: Record<string, string> = {
    'nn101.spec': JSON.stringify(spec),
    ...(features ? { 'nn101.features': features.join(',') } : {}),
    ...(options.outputLabels ? { 'nn101.outputLabels': options.outputLabels.join(',') } : {}),
    ...options.metadata,
  };
  return {
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET }],
    producerName: 'nn101',
    producerVersion: '1',
    docString: options.description ?? 'A dense neural network trained with nn101.',
    graph: {
      name: 'nn101_network',
      node: nodes,
      initializer: initializers,
      input: [matrixInfo(inputName, rawInputs, inputDoc)],
      output: [matrixInfo(outputName, outUnits, `the ${spec.layers[last].activation} outputs of the last layer`)],
    },
    metadataProps: Object.entries(metadata).map(([key, value]) => ({ key, value })),
  };
}

type AddNode = (opType: string, input: string[], output: string, attribute?: Attribute[]) => string;

function addActivation(activation: Activation, z: string, a: string, leakySlope: number, add: AddNode, initializers: Tensor[]): string {
  switch (activation) {
    case 'linear':
      return z === a ? a : add('Identity', [z], a);
    case 'sigmoid':
      return add('Sigmoid', [z], a);
    case 'tanh':
      return add('Tanh', [z], a);
    case 'relu':
      return add('Relu', [z], a);
    case 'leakyRelu':
      return add('LeakyRelu', [z], a, [{ name: 'alpha', type: ATTR_FLOAT, f: leakySlope }]);
    case 'softmax':
      // Opset 13+ Softmax normalises along one axis (not a flattened 2-D view): the units.
      return add('Softmax', [z], a, [{ name: 'axis', type: ATTR_INT, i: -1 }]);
    case 'step': {
      // The engine's step is z >= 0 ? 1 : 0: a boolean comparison cast back to float.
      if (!initializers.some((t) => t.name === 'zero')) initializers.push(floatTensor('zero', [], [0]));
      const fires = add('GreaterOrEqual', [z, 'zero'], `${a}_fires`);
      return add('Cast', [fires], a, [{ name: 'to', type: ATTR_INT, i: FLOAT }]);
    }
  }
}

/** Adds the nodes that turn the raw point [x1, x2] into the feature columns, in `features` order. */
function addFeatureTransform(features: readonly FeatureName[], input: string, add: AddNode, initializers: Tensor[]): string {
  initializers.push(int64Tensor('col_axes', [1]), int64Tensor('col0_start', [0]), int64Tensor('col1_start', [1]), int64Tensor('col2_start', [2]));
  const made = new Set<string>();
  const once = (name: string, make: () => void) => { if (!made.has(name)) { made.add(name); make(); } return name; };
  const x1 = () => once('x1', () => add('Slice', [input, 'col0_start', 'col1_start', 'col_axes'], 'x1'));
  const x2 = () => once('x2', () => add('Slice', [input, 'col1_start', 'col2_start', 'col_axes'], 'x2'));
  const column: Record<FeatureName, () => string> = {
    x1,
    x2,
    x1Squared: () => once('x1Squared', () => add('Mul', [x1(), x1()], 'x1Squared')),
    x2Squared: () => once('x2Squared', () => add('Mul', [x2(), x2()], 'x2Squared')),
    x1x2: () => once('x1x2', () => add('Mul', [x1(), x2()], 'x1x2')),
    sinX1: () => once('sinX1', () => add('Sin', [x1()], 'sinX1')),
    sinX2: () => once('sinX2', () => add('Sin', [x2()], 'sinX2')),
  };
  const columns = features.map((f) => column[f]());
  return add('Concat', columns, 'features', [{ name: 'axis', type: ATTR_INT, i: 1 }]);
}
