// The Neuron widget's settings: limits of every control, and the parsing of the attributes a chapter gives.
// Pure; shared by the Astro component (build time) and the widget script (browser).
import { isNeuronActivation, type NeuronActivation } from './neuron-math.ts';

export const MIN_INPUTS = 2;
export const MAX_INPUTS = 4;
/** Slider ranges; the number fields accept any value in the same range. */
export const INPUT_RANGE = { min: -3, max: 3, step: 0.1 } as const;
export const WEIGHT_RANGE = { min: -3, max: 3, step: 0.1 } as const;
export const BIAS_RANGE = { min: -3, max: 3, step: 0.1 } as const;
/** What a newly added input starts with. */
export const NEW_INPUT = { x: 1, w: 0.5 } as const;

export interface NeuronConfig {
  inputs: number[];
  weights: number[];
  bias: number;
  activation: NeuronActivation;
}

export const DEFAULT_CONFIG: NeuronConfig = { inputs: [1, 0.5], weights: [0.8, -0.4], bias: 0.1, activation: 'sigmoid' };

const clamp = (v: number, r: { min: number; max: number }) => Math.min(r.max, Math.max(r.min, v));

/**
 * Checks a chapter's settings and says exactly what is wrong (this runs at build time, so a mistake in a
 * chapter fails the build with that message instead of shipping a broken widget).
 */
export function validateConfig(c: Partial<NeuronConfig>): NeuronConfig {
  const inputs = c.inputs ?? DEFAULT_CONFIG.inputs;
  const weights = c.weights ?? (c.inputs ? inputs.map(() => NEW_INPUT.w) : DEFAULT_CONFIG.weights);
  const activation = c.activation ?? DEFAULT_CONFIG.activation;
  const bias = c.bias ?? DEFAULT_CONFIG.bias;
  if (inputs.length < MIN_INPUTS || inputs.length > MAX_INPUTS) {
    throw new Error(`Neuron: ${inputs.length} inputs given; the widget shows ${MIN_INPUTS} to ${MAX_INPUTS}`);
  }
  if (weights.length !== inputs.length) {
    throw new Error(`Neuron: ${inputs.length} inputs but ${weights.length} weights; give one weight per input`);
  }
  if (!isNeuronActivation(activation)) {
    throw new Error(`Neuron: unknown activation "${activation}"; use step, sigmoid, tanh, relu or linear`);
  }
  for (const [name, values] of [['inputs', inputs], ['weights', weights], ['bias', [bias]]] as const) {
    if (values.some((v) => typeof v !== 'number' || !Number.isFinite(v))) throw new Error(`Neuron: ${name} must be finite numbers`);
  }
  return {
    inputs: inputs.map((x) => clamp(x, INPUT_RANGE)),
    weights: weights.map((w) => clamp(w, WEIGHT_RANGE)),
    bias: clamp(bias, BIAS_RANGE),
    activation,
  };
}

/** In the browser: reads the JSON the component wrote; falls back to the defaults if it is unreadable. */
export function parseConfig(json: string | undefined): NeuronConfig {
  try {
    return validateConfig(JSON.parse(json ?? '{}'));
  } catch {
    return validateConfig({});
  }
}
