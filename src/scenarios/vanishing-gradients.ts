// Exploration "Depth, initialisation and vanishing gradients": a stack of equal hidden layers, freshly
// initialised, and the size of the loss gradient that reaches each layer's weights on one batch. Backprop
// multiplies, layer by layer on the way back, by the weights and by each activation's slope (σ' ≤ 1/4 for
// sigmoid), so the first layers' gradients can shrink (or grow) geometrically with depth; the initialisation
// sets the weights' share of that product. The engine computes the gradients; widget and test read this module.
import { createReferenceNetwork, createRng, deriveSeed, initFor, initScale, initialParameters } from '../engine/index.ts';
import type { Runner } from '../engine/worker/run-client.ts';
import type { Activation, Dataset, Gradients, NetworkSpec, Parameters } from '../engine/types.ts';

export const VANISHING_GRADIENTS = {
  /** Inputs, and units in every hidden layer, so every hidden weight matrix is width × width. */
  width: 16,
  depth: { min: 1, max: 8, value: 6 },
  /** One batch of random inputs (standard normal) with random 0/1 targets. */
  batch: 64,
  /** σ of the "small" initialisation: a common naive choice, N(0, 0.1²) for every weight whatever the layer size. */
  smallSigma: 0.1,
  seed: 1,
  /** The activations drawn side by side. */
  activations: ['sigmoid', 'tanh', 'relu'] as const satisfies readonly Activation[],
  /** Verdict thresholds of the prediction: a factor of 10 either way counts as "about the same". */
  sameWithin: 10,
} as const;

export type DepthActivation = (typeof VANISHING_GRADIENTS.activations)[number];
export type InitChoice = 'small' | 'xavier' | 'he';
export const INIT_CHOICES: readonly InitChoice[] = ['small', 'xavier', 'he'];

export function depthSpec(depth: number, activation: DepthActivation, seed: number = VANISHING_GRADIENTS.seed): NetworkSpec {
  const { width, depth: range } = VANISHING_GRADIENTS;
  if (!Number.isInteger(depth) || depth < range.min || depth > range.max) {
    throw new Error(`depth must be a whole number of hidden layers from ${range.min} to ${range.max}, got ${depth}`);
  }
  return {
    inputs: width,
    layers: [...Array.from({ length: depth }, () => ({ units: width, activation })), { units: 1, activation: 'sigmoid' as const }],
    loss: 'binaryCrossEntropy',
    seed,
  };
}

/** The engine's initial weights for `init`; "small" rescales the same normal draws to σ = smallSigma. */
export function depthParameters(spec: NetworkSpec, init: InitChoice): Parameters {
  if (init !== 'small') return initialParameters({ ...spec, init });
  const params = initialParameters({ ...spec, init: 'xavier' });
  const sizes = [spec.inputs, ...spec.layers.map((l) => l.units)];
  params.weights = params.weights.map((w, l) => {
    const k = VANISHING_GRADIENTS.smallSigma / initScale(initFor(spec.layers[l]!, 'xavier'), sizes[l]!, sizes[l + 1]!);
    return w.map((v) => v * k);
  });
  return params;
}

/** The batch every measurement uses: the same inputs and targets for every setting. */
export function depthBatch(seed: number = VANISHING_GRADIENTS.seed): Dataset {
  const { width, batch } = VANISHING_GRADIENTS;
  const rng = createRng(deriveSeed(seed, 4));
  const inputs = new Float32Array(batch * width).map(() => rng.normal());
  const targets = new Float32Array(batch).map(() => (rng.next() < 0.5 ? 0 : 1));
  return { n: batch, inputSize: width, targetSize: 1, inputs, targets };
}

export interface LayerGradient {
  /** 1-based layer number as the page counts it (hidden layers 1..depth, then the output layer). */
  layer: number;
  isOutput: boolean;
  /** The engine's L2 norm of this layer's weight gradient. */
  norm: number;
  /** Root-mean-square gradient of one weight: norm / √(number of weights), comparable across layer shapes. */
  rms: number;
}

/** The per-layer sizes of a gradient of the network `spec`. */
function perLayer(spec: NetworkSpec, g: Gradients): LayerGradient[] {
  return g.layerNorms.map((norm, l) => ({
    layer: l + 1,
    isOutput: l === spec.layers.length - 1,
    norm,
    rms: norm / Math.sqrt(g.dWeights[l]!.length),
  }));
}

/** Gradient size per layer of a freshly initialised network, on the shared batch. */
export function layerGradients(depth: number, activation: DepthActivation, init: InitChoice, seed: number = VANISHING_GRADIENTS.seed): LayerGradient[] {
  const spec = depthSpec(depth, activation, seed);
  const net = createReferenceNetwork(spec);
  net.setParameters(depthParameters(spec, init));
  const batch = depthBatch(seed);
  return perLayer(spec, net.gradients(batch.inputs, batch.targets, batch.n));
}

/**
 * The same measurement on the float64 reference engine where the runner's runs live (the engine Worker
 * when it has one), so the page's main thread does not compute it.
 */
export async function layerGradientsWith(
  runner: Runner, depth: number, activation: DepthActivation, init: InitChoice, seed: number = VANISHING_GRADIENTS.seed,
): Promise<LayerGradient[]> {
  const spec = depthSpec(depth, activation, seed);
  return perLayer(spec, await runner.gradients(spec, depthParameters(spec, init), depthBatch(seed), 'reference'));
}

export type GradientTrend = 'same' | 'vanishes' | 'explodes';

/** First hidden layer's gradient against the last hidden layer's: the ratio and what it means. */
export function gradientTrend(layers: readonly LayerGradient[]): { ratio: number; trend: GradientTrend } {
  const hidden = layers.filter((l) => !l.isOutput);
  const ratio = hidden[0]!.rms / hidden[hidden.length - 1]!.rms;
  const k = VANISHING_GRADIENTS.sameWithin;
  return { ratio, trend: ratio < 1 / k ? 'vanishes' : ratio > k ? 'explodes' : 'same' };
}
