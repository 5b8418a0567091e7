// An engine network as a cell sees it: build it from a spec, run it forward on plain arrays, ask for its
// gradients, read and set its weights, and print it. The float64 reference engine does the work (the
// numbers the course defines; a cell's networks are small). Returned values are plain arrays, never typed
// arrays, so they print and clone simply.

import { accuracyOf } from '../../engine/metrics.ts';
import { createReferenceNetwork } from '../../engine/reference/network.ts';
import type { LossName, Network, NetworkSpec, Parameters, SerializedNetwork, Trace } from '../../engine/types.ts';
import { INSPECT } from '../contract.ts';
import { toEngineDataset, type CellDataset } from './datasets.ts';
import { cellApiStrings } from '../../i18n/index.ts';

const STRINGS = cellApiStrings();

/** The loss that suits the output layer, when a spec leaves it out. */
function defaultLoss(spec: Partial<NetworkSpec>): LossName {
  const output = spec.layers?.[spec.layers.length - 1]?.activation;
  if (output === 'softmax') return 'softmaxCrossEntropy';
  if (output === 'sigmoid') return 'binaryCrossEntropy';
  return 'mse';
}

export class CellNetwork {
  // Private, so structured cloning (the runtime posting a network to the page) copies nothing of it:
  // the page gets toJSON(), which is plain data.
  readonly #network: Network;

  constructor(spec: NetworkSpec) {
    if (typeof spec !== 'object' || spec === null || !Array.isArray(spec.layers)) throw new Error(STRINGS.badSpec);
    this.#network = createReferenceNetwork({ ...spec, loss: spec.loss ?? defaultLoss(spec) });
  }

  /** The engine network (the trainer works on it). */
  get engine(): Network {
    return this.#network;
  }

  get spec(): NetworkSpec {
    return structuredClone(this.engine.spec) as NetworkSpec;
  }

  /** [inputs, units of each layer...] */
  get sizes(): number[] {
    return [...this.engine.layerSizes];
  }

  /** Number of weights and biases. */
  get parameterCount(): number {
    const s = this.engine.layerSizes;
    let count = 0;
    for (let l = 1; l < s.length; l++) count += s[l - 1]! * s[l]! + s[l]!;
    return count;
  }

  /** forward([x1, x2]) gives the outputs for one example; forward([[...], [...]]) one row per example. */
  forward(input: number[] | number[][]): number[] | number[][] {
    const many = Array.isArray(input) && Array.isArray(input[0]);
    const rows = (many ? input : [input]) as number[][];
    const width = this.engine.layerSizes[0]!;
    rows.forEach((row, k) => {
      if (!Array.isArray(row) || row.length !== width) throw new Error(STRINGS.inputWidth(k, Array.isArray(row) ? row.length : -1, width));
    });
    const outputs = this.engine.predict(Float64Array.from(rows.flat()), rows.length);
    const size = this.engine.layerSizes[this.engine.layerSizes.length - 1]!;
    const result = rows.map((_, k) => Array.from(outputs.subarray(k * size, (k + 1) * size)));
    return many ? result : result[0]!;
  }

  /** Pre-activations z and activations a of every layer for one input. */
  trace(input: number[]): Trace {
    return this.engine.trace(input);
  }

  /** Mean loss over a data set and the gradient of every weight and bias (nothing changes). */
  gradients(data: Pick<CellDataset, 'inputs' | 'targets'>): { loss: number; weights: number[][]; biases: number[][] } {
    const d = toEngineDataset(data);
    const g = this.engine.gradients(d.inputs, d.targets, d.n);
    return { loss: g.loss, weights: g.dWeights, biases: g.dBiases };
  }

  /** Mean loss (and accuracy, for classification) over a data set. */
  evaluate(data: Pick<CellDataset, 'inputs' | 'targets'>): { loss: number; accuracy?: number } {
    return this.engine.evaluate(toEngineDataset(data));
  }

  /** Fraction of examples classified right, or undefined for regression. */
  accuracy(data: Pick<CellDataset, 'inputs' | 'targets'>): number | undefined {
    const d = toEngineDataset(data);
    return accuracyOf(this.engine.spec, this.engine.predict(d.inputs, d.n), d.targets, d.n);
  }

  /** weights[l][i * nOut + j] links input i of layer l to its unit j; biases[l][j]. Copies. */
  parameters(): Parameters {
    return this.engine.getParameters();
  }

  setParameters(p: Parameters): void {
    this.engine.setParameters(p);
  }

  toJSON(): SerializedNetwork {
    return this.engine.toJSON();
  }

  [INSPECT](): string {
    return describeNetwork(this.engine.spec, this.parameterCount);
  }
}

export function describeNetwork(spec: NetworkSpec, parameters: number): string {
  const layers = spec.layers.map((l) => `${l.units} ${l.activation}${l.dropout ? ` ${STRINGS.layerDropout(l.dropout)}` : ''}`);
  return STRINGS.network([String(spec.inputs), ...layers].join(' → '), spec.loss, parameters, spec.seed ?? 1);
}
