// The Backprop widget's maths, no DOM: a 2-2-1 network (hidden sigmoid or tanh, sigmoid output, loss
// ½(ŷ − t)²) on one training example, the chain rule worked out factor by factor the way the chapter
// writes it, a central finite difference for every gradient (losses from the reference engine), and one
// sgd update through the engine's own trainStep.
//
// Names: inputs x1, x2; w_ij links input i to hidden unit j (engine layout weights[0][i*2 + j]); hidden
// z_j, h_j = f(z_j), biases b_j; output weights v_j, bias b_o, z_o, ŷ = σ(z_o).
import { createReferenceNetwork } from '../../src/engine/index.ts';
import type { Network, Parameters } from '../../src/engine/types.ts';

export type HiddenActivation = 'sigmoid' | 'tanh';
export const PARAM_KEYS = ['w11', 'w21', 'w12', 'w22', 'b1', 'b2', 'v1', 'v2', 'bo'] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];

/** Where each named parameter lives in the engine's Parameters. */
export const PARAM_PLACES: Readonly<Record<ParamKey, { kind: 'weights' | 'biases'; layer: number; index: number }>> = {
  w11: { kind: 'weights', layer: 0, index: 0 * 2 + 0 },
  w12: { kind: 'weights', layer: 0, index: 0 * 2 + 1 },
  w21: { kind: 'weights', layer: 0, index: 1 * 2 + 0 },
  w22: { kind: 'weights', layer: 0, index: 1 * 2 + 1 },
  b1: { kind: 'biases', layer: 0, index: 0 },
  b2: { kind: 'biases', layer: 0, index: 1 },
  v1: { kind: 'weights', layer: 1, index: 0 },
  v2: { kind: 'weights', layer: 1, index: 1 },
  bo: { kind: 'biases', layer: 1, index: 0 },
};

export interface Example {
  x: [number, number];
  target: number;
}

/** The chapter's example: the output (about 0.60 at first) should be 1. */
export const EXAMPLE: Example = { x: [1, -2], target: 1 };

/** Starting weights, chosen so the signs are instructive (x2 is negative, v2 is negative). */
export const INITIAL_PARAMETERS: Parameters = {
  weights: [[0.6, -0.4, 0.2, 0.5], [0.7, -0.5]],
  biases: [[0.1, -0.2], [0.1]],
};

/** The weight the predict-first exercise asks about; its gradient is positive, so it moves down. */
export const PREDICTED_WEIGHT: ParamKey = 'w21';

export function createBackpropNetwork(activation: HiddenActivation, parameters: Parameters = INITIAL_PARAMETERS): Network {
  const network = createReferenceNetwork({
    inputs: 2,
    layers: [{ units: 2, activation }, { units: 1, activation: 'sigmoid' }],
    loss: 'mse',
  });
  network.setParameters(parameters);
  return network;
}

export const paramValue = (p: Parameters, key: ParamKey): number => {
  const { kind, layer, index } = PARAM_PLACES[key];
  return p[kind][layer]![index]!;
};

export interface ForwardValues {
  x1: number; x2: number; t: number;
  z1: number; z2: number; h1: number; h2: number;
  zo: number; yhat: number; loss: number;
}

/** The chain rule, one factor at a time, in the order the backward sweep meets them. */
export interface ChainRule {
  /** ∂L/∂ŷ = ŷ − t */
  dyhat: number;
  /** σ'(z_o) = ŷ(1 − ŷ) */
  sigmaPrimeO: number;
  /** δ_o = ∂L/∂z_o */
  deltaO: number;
  /** f'(z_j), from h_j: sigmoid h(1 − h), tanh 1 − h² */
  fPrime1: number;
  fPrime2: number;
  /** ∂L/∂h_j = δ_o v_j */
  dh1: number;
  dh2: number;
  /** δ_j = ∂L/∂z_j */
  delta1: number;
  delta2: number;
  gradients: Record<ParamKey, number>;
  /** ∂L/∂x1 = δ1 w11 + δ2 w12: two paths summed. */
  dx1: number;
}

export function forwardValues(network: Network, example: Example = EXAMPLE): ForwardValues {
  const { z, a } = network.trace(example.x);
  const yhat = a[1]![0]!;
  return {
    x1: example.x[0], x2: example.x[1], t: example.target,
    z1: z[0]![0]!, z2: z[0]![1]!, h1: a[0]![0]!, h2: a[0]![1]!,
    zo: z[1]![0]!, yhat, loss: 0.5 * (yhat - example.target) ** 2,
  };
}

/** The widget's own chain-rule arithmetic (checked against the engine's `gradients` in the unit test). */
export function chainRule(network: Network, activation: HiddenActivation, example: Example = EXAMPLE): ChainRule {
  const f = forwardValues(network, example);
  const p = network.getParameters();
  const v = (k: ParamKey) => paramValue(p, k);
  const dyhat = f.yhat - f.t;
  const sigmaPrimeO = f.yhat * (1 - f.yhat);
  const deltaO = dyhat * sigmaPrimeO;
  const fPrime = (h: number) => (activation === 'sigmoid' ? h * (1 - h) : 1 - h * h);
  const fPrime1 = fPrime(f.h1);
  const fPrime2 = fPrime(f.h2);
  const dh1 = deltaO * v('v1');
  const dh2 = deltaO * v('v2');
  const delta1 = dh1 * fPrime1;
  const delta2 = dh2 * fPrime2;
  return {
    dyhat, sigmaPrimeO, deltaO, fPrime1, fPrime2, dh1, dh2, delta1, delta2,
    gradients: {
      v1: deltaO * f.h1, v2: deltaO * f.h2, bo: deltaO,
      w11: delta1 * f.x1, w21: delta1 * f.x2, b1: delta1,
      w12: delta2 * f.x1, w22: delta2 * f.x2, b2: delta2,
    },
    dx1: delta1 * v('w11') + delta2 * v('w12'),
  };
}

/** The engine's gradients, by name. */
export function engineGradients(network: Network, example: Example = EXAMPLE): Record<ParamKey, number> {
  const g = network.gradients(example.x, [example.target], 1);
  const out = {} as Record<ParamKey, number>;
  for (const key of PARAM_KEYS) {
    const { kind, layer, index } = PARAM_PLACES[key];
    out[key] = (kind === 'weights' ? g.dWeights : g.dBiases)[layer]![index]!;
  }
  return out;
}

/** The engine's loss on the example. */
const engineLoss = (network: Network, x: readonly number[], target: number) => network.gradients(x, [target], 1).loss;

/**
 * Central finite difference (L(θ + h) − L(θ − h)) / 2h, with the loss computed by the engine. `key` is a
 * parameter, or 'x1' for the input. The network's parameters are restored afterwards.
 */
export function finiteDifference(network: Network, key: ParamKey | 'x1', example: Example = EXAMPLE, h = 1e-5): number {
  if (key === 'x1') {
    const at = (d: number) => engineLoss(network, [example.x[0] + d, example.x[1]], example.target);
    return (at(h) - at(-h)) / (2 * h);
  }
  const original = network.getParameters();
  const { kind, layer, index } = PARAM_PLACES[key];
  const at = (d: number) => {
    const p = network.getParameters();
    p[kind][layer]![index]! += d;
    network.setParameters(p);
    return engineLoss(network, example.x, example.target);
  };
  const plus = at(h);
  network.setParameters(original);
  const minus = at(-h);
  network.setParameters(original);
  return (plus - minus) / (2 * h);
}

/** One plain gradient-descent step with the engine's optimiser (sgd); returns the loss before it. */
export function sgdStep(network: Network, learningRate: number, example: Example = EXAMPLE): number {
  return network.trainStep(example.x, [example.target], 1, { learningRate, optimizer: { kind: 'sgd' }, batchSize: 1 });
}

/** Everything one round of the walk-through shows, computed before its update. */
export interface Round {
  forward: ForwardValues;
  chain: ChainRule;
  /** The gradients shown: the engine's, by name (dx1 from the chain rule, there is no engine value). */
  gradients: Record<ParamKey | 'x1', number>;
  /** Central finite differences with the engine's loss. */
  finiteDifferences: Record<ParamKey | 'x1', number>;
  parameters: Parameters;
}

export function computeRound(network: Network, activation: HiddenActivation, example: Example = EXAMPLE): Round {
  const chain = chainRule(network, activation, example);
  const gradients = { ...engineGradients(network, example), x1: chain.dx1 };
  const finiteDifferences = {} as Record<ParamKey | 'x1', number>;
  for (const key of [...PARAM_KEYS, 'x1'] as const) finiteDifferences[key] = finiteDifference(network, key, example);
  return { forward: forwardValues(network, example), chain, gradients, finiteDifferences, parameters: network.getParameters() };
}

export interface UpdateResult {
  learningRate: number;
  after: Parameters;
  lossAfter: number;
}

/** The numbers behind every \slot in the steps (see backprop-steps.ts), by slot name. */
export function slotNumbers(round: Round, update?: UpdateResult): Record<string, number> {
  const { forward: f, chain: c } = round;
  const out: Record<string, number> = {
    x1: f.x1, x2: f.x2, t: f.t, z1: f.z1, z2: f.z2, h1: f.h1, h2: f.h2, zo: f.zo, yhat: f.yhat, loss: f.loss,
    dyhat: c.dyhat, spo: c.sigmaPrimeO, do: c.deltaO, fp1: c.fPrime1, fp2: c.fPrime2,
    dh1: c.dh1, dh2: c.dh2, d1: c.delta1, d2: c.delta2,
  };
  for (const key of PARAM_KEYS) out[key] = paramValue(round.parameters, key);
  for (const key of [...PARAM_KEYS, 'x1'] as const) out[`g-${key}`] = round.gradients[key];
  if (update) {
    out.eta = update.learningRate;
    out['new-w21'] = paramValue(update.after, 'w21');
    out['new-loss'] = update.lossAfter;
  }
  return out;
}
