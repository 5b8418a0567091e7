// The Backprop widget's maths, no DOM: a 2-2-1 network (hidden sigmoid or tanh, sigmoid output, loss
// ½(ŷ − t)²) on one training example, the chain rule worked out factor by factor the way the chapter
// writes it, a central finite difference for every gradient (losses from the reference engine) and for
// every intermediate the chapter names (δ_o, ∂L/∂h_j, δ_j: the network re-run forward from the nudged
// value), and one plain gradient-descent update w ← w − η·g (done here rather than by the engine's
// trainStep, whose learning rate stops at 10: this example only overshoots at larger rates).
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

/** The learning-rate control's range. At the top, with a target inside (0, 1), the loss bounces. */
export const LEARNING_RATE_RANGE = { min: 0.05, max: 50, step: 0.05 } as const;
/** The target control's range: a sigmoid output only reaches 0 or 1 in the limit. */
export const TARGET_RANGE = { min: 0.05, max: 1, step: 0.05 } as const;

/** Intermediate quantities the walk-through names, each checked by a finite difference too. */
export const INTERMEDIATE_KEYS = ['do', 'dh1', 'dh2', 'd1', 'd2'] as const;
export type IntermediateKey = (typeof INTERMEDIATE_KEYS)[number];
/** Everything the widget checks against a finite difference. */
export type CheckKey = ParamKey | 'x1' | IntermediateKey;

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

/**
 * Central finite difference of the loss with respect to an intermediate value: z_o, h_j or z_j is nudged by
 * ±h and the network is run forward from there (the layers before it are not touched), so the result is
 * δ_o, ∂L/∂h_j or δ_j measured without the chain rule.
 */
export function intermediateFiniteDifference(network: Network, key: IntermediateKey, activation: HiddenActivation, example: Example = EXAMPLE, h = 1e-5): number {
  const f = forwardValues(network, example);
  const p = network.getParameters();
  const v = (k: ParamKey) => paramValue(p, k);
  const hidden = (z: number) => (activation === 'sigmoid' ? 1 / (1 + Math.exp(-z)) : Math.tanh(z));
  const lossFromZo = (zo: number) => 0.5 * (1 / (1 + Math.exp(-zo)) - example.target) ** 2;
  const lossFromH = (h1: number, h2: number) => lossFromZo(v('bo') + v('v1') * h1 + v('v2') * h2);
  const at = (d: number): number => {
    switch (key) {
      case 'do': return lossFromZo(f.zo + d);
      case 'dh1': return lossFromH(f.h1 + d, f.h2);
      case 'dh2': return lossFromH(f.h1, f.h2 + d);
      case 'd1': return lossFromH(hidden(f.z1 + d), f.h2);
      case 'd2': return lossFromH(f.h1, hidden(f.z2 + d));
    }
  };
  return (at(h) - at(-h)) / (2 * h);
}

/** One plain gradient-descent step, w ← w − η·∂L/∂w for every parameter; returns the loss before it. */
export function sgdStep(network: Network, learningRate: number, example: Example = EXAMPLE): number {
  if (!(learningRate > 0 && learningRate <= LEARNING_RATE_RANGE.max)) {
    throw new Error(`learning rate must be > 0 and ≤ ${LEARNING_RATE_RANGE.max}, got ${learningRate}`);
  }
  const before = forwardValues(network, example).loss;
  const g = engineGradients(network, example);
  const p = network.getParameters();
  for (const key of PARAM_KEYS) {
    const { kind, layer, index } = PARAM_PLACES[key];
    p[kind][layer]![index]! -= learningRate * g[key];
  }
  network.setParameters(p);
  return before;
}

/** Everything one round of the walk-through shows, computed before its update. */
export interface Round {
  forward: ForwardValues;
  chain: ChainRule;
  /**
   * The values shown: the engine's gradients by name; dx1 and the intermediates (δ_o, ∂L/∂h_j, δ_j) from the
   * chain rule (the engine has no value for them).
   */
  gradients: Record<CheckKey, number>;
  /** Central finite differences of the loss. */
  finiteDifferences: Record<CheckKey, number>;
  parameters: Parameters;
}

export function computeRound(network: Network, activation: HiddenActivation, example: Example = EXAMPLE): Round {
  const chain = chainRule(network, activation, example);
  const gradients = {
    ...engineGradients(network, example), x1: chain.dx1,
    do: chain.deltaO, dh1: chain.dh1, dh2: chain.dh2, d1: chain.delta1, d2: chain.delta2,
  };
  const finiteDifferences = {} as Record<CheckKey, number>;
  for (const key of [...PARAM_KEYS, 'x1'] as const) finiteDifferences[key] = finiteDifference(network, key, example);
  for (const key of INTERMEDIATE_KEYS) finiteDifferences[key] = intermediateFiniteDifference(network, key, activation, example);
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
