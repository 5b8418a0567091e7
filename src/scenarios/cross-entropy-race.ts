// Exploration "Why cross-entropy": one sigmoid neuron, ŷ = σ(w·x + b), starts confidently wrong (ŷ near 0
// while the target is 1) and is trained by plain gradient descent twice, once on the squared error and once
// on cross-entropy, from the same weights with the same learning rate. Squared error's ∂L/∂z carries the
// factor σ'(z) = ŷ(1 − ŷ), tiny when the neuron saturates, so it crawls at first; cross-entropy's ∂L/∂z is
// ŷ − t, largest exactly when the neuron is most wrong. The engine trains both; the widget and the test read
// this module, so the page shows what the test checked.
import { createReferenceNetwork } from '../engine/index.ts';
import type { LossName, TrainConfig } from '../engine/types.ts';

export const CROSS_ENTROPY_RACE = {
  /** One example: input x and target t. */
  input: 1,
  target: 1,
  /** Starting pre-activation z₀ = w₀·x + b₀, split evenly between w₀ and b₀. Slider range and default. */
  startZ: { min: -8, max: -1, step: 0.5, value: -4 },
  learningRate: { min: 0.05, max: 2, step: 0.05, value: 0.5 },
  steps: 120,
  /** The race's finish line: the output crosses 0.5, so the neuron now gives the right answer. */
  finish: 0.5,
} as const;

export const RACE_LOSSES = ['mse', 'binaryCrossEntropy'] as const satisfies readonly LossName[];
export type RaceLoss = (typeof RACE_LOSSES)[number];

export interface RaceStep {
  /** Steps taken before this record (0 = the start). */
  step: number;
  z: number;
  /** The output ŷ = σ(z). */
  output: number;
  loss: number;
  /** ∂L/∂z for this example (equal to ∂L/∂b, since ∂z/∂b = 1). */
  dLdz: number;
}

/** Trains the neuron with `loss` from z₀ for `steps` steps of gradient descent; steps + 1 records. */
export function raceRun(loss: RaceLoss, startZ: number, learningRate: number, steps: number = CROSS_ENTROPY_RACE.steps): RaceStep[] {
  const { input, target } = CROSS_ENTROPY_RACE;
  const net = createReferenceNetwork({ inputs: 1, layers: [{ units: 1, activation: 'sigmoid' }], loss });
  // z₀ = w₀·x + b₀ with w₀ = b₀ (x = 1), so weight and bias share the blame, as in any neuron.
  net.setParameters({ weights: [[startZ / 2 / input]], biases: [[startZ / 2]] });
  const config: TrainConfig = { learningRate, optimizer: { kind: 'sgd' }, batchSize: 1 };
  const x = [input];
  const t = [target];
  const records: RaceStep[] = [];
  for (let step = 0; step <= steps; step++) {
    const g = net.gradients(x, t, 1);
    const z = net.trace(x).z[0]![0]!;
    records.push({ step, z, output: net.predict(x, 1)[0]!, loss: g.loss, dLdz: g.dBiases[0]![0]! });
    if (step < steps) net.trainStep(x, t, 1, config);
  }
  return records;
}

/** The first step at which the output reaches the finish line, or undefined if it never does. */
export function stepsToFinish(run: readonly RaceStep[], finish: number = CROSS_ENTROPY_RACE.finish): number | undefined {
  return run.find((r) => r.output >= finish)?.step;
}

export type RaceWinner = RaceLoss | 'tie' | 'neither';

/** Which loss got its output past the finish line first (decided by the two runs, not assumed). */
export function raceWinner(mse: readonly RaceStep[], crossEntropy: readonly RaceStep[]): RaceWinner {
  const a = stepsToFinish(mse);
  const b = stepsToFinish(crossEntropy);
  if (a === undefined && b === undefined) return 'neither';
  if (a === b) return 'tie';
  if (b === undefined || (a !== undefined && a < b)) return 'mse';
  return 'binaryCrossEntropy';
}
