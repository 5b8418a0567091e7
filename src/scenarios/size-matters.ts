// Chapter 4c's default set-up: one hidden layer whose size the reader picks, on few noisy points.
// Read by the SizeMatters widget and by its unit test (which checks that the sizes the chapter contrasts
// really underfit and overfit), so the page shows what the test checked.
import { deriveSeed } from '../engine/rng.ts';
import type { NetworkSpec, TrainConfig } from '../engine/types.ts';
import type { RunSetup } from './run.ts';
import { ringData } from './two-class-data.ts';

export const SIZE_SCENARIO = {
  data: { trainSize: 30, testSize: 200, noise: 0.2 },
  /** The slider's range of hidden neurons. */
  minSize: 1,
  maxSize: 64,
  /** The three sizes the predict-then-run question contrasts: too small, about right, too big. */
  compared: [1, 4, 64] as const,
  /** Hidden layers, each with the slider's number of neurons. */
  hiddenLayers: 1,
  activation: 'tanh' as const,
  train: { learningRate: 0.03, optimizer: { kind: 'adam' as const }, batchSize: 10 },
  epochs: 400,
  seed: 1,
};

export function sizeSetup(hidden: number, seed = SIZE_SCENARIO.seed, scenario = SIZE_SCENARIO): RunSetup {
  if (!Number.isInteger(hidden) || hidden < scenario.minSize || hidden > scenario.maxSize) {
    throw new Error(`hidden size must be a whole number from ${scenario.minSize} to ${scenario.maxSize}, got ${hidden}`);
  }
  const { trainSize, testSize, noise } = scenario.data;
  const spec: NetworkSpec = {
    inputs: 2,
    layers: [
      ...Array.from({ length: scenario.hiddenLayers }, () => ({ units: hidden, activation: scenario.activation })),
      { units: 1, activation: 'sigmoid' as const },
    ],
    loss: 'binaryCrossEntropy',
    seed,
  };
  const config: TrainConfig = { ...scenario.train, seed };
  return {
    spec,
    config,
    epochs: scenario.epochs,
    train: ringData({ n: trainSize, noise, seed: deriveSeed(seed, 10) }),
    test: ringData({ n: testSize, noise, seed: deriveSeed(seed, 12) }),
  };
}

/** Weights and biases of a network with 2 inputs, `layers` hidden layers of n₁ = `hidden` neurons, and 1 output. */
export function parameterCount(hidden: number, layers = SIZE_SCENARIO.hiddenLayers): number {
  // First layer 2n₁ + n₁, each further hidden layer n₁² + n₁, output n₁ + 1 (n₁ as on the Notation page).
  return 3 * hidden + (layers - 1) * (hidden * hidden + hidden) + hidden + 1;
}
