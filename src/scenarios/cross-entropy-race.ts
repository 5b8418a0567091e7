// Exploration "Why cross-entropy": one sigmoid neuron, ŷ = σ(w·x + b), starts confidently wrong (ŷ near 0
// while the target is 1) and is trained by plain gradient descent twice, once on the squared error and once
// on cross-entropy, from the same weights with the same learning rate. Squared error's ∂L/∂z carries the
// factor σ'(z) = ŷ(1 − ŷ), tiny when the neuron saturates, so it crawls at first; cross-entropy's ∂L/∂z is
// ŷ − t, largest exactly when the neuron is most wrong. The engine's training run trains both (one example,
// so one step an epoch), on the float64 reference: on this thread (`raceRun`) or where the page's runner
// puts runs, the engine Worker (`raceRunWith`). The widget and the test read this module, so the page shows
// what the test checked.
import { createReferenceNetwork, createRun } from '../engine/index.ts';
import type { RunSetup } from '../engine/run/run.ts';
import type { Runner } from '../engine/worker/run-client.ts';
import type { LossName, NetworkSpec, Parameters } from '../engine/types.ts';

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

/** The neuron, its starting weights and the engine run that trains it (`steps` ≥ 1). */
export function raceSetup(loss: RaceLoss, startZ: number, learningRate: number, steps: number = CROSS_ENTROPY_RACE.steps): { spec: NetworkSpec; parameters: Parameters; setup: RunSetup } {
  const { input, target } = CROSS_ENTROPY_RACE;
  return {
    spec: { inputs: 1, layers: [{ units: 1, activation: 'sigmoid' }], loss },
    // z₀ = w₀·x + b₀ with w₀ = b₀ (x = 1), so weight and bias share the blame, as in any neuron.
    parameters: { weights: [[startZ / 2 / input]], biases: [[startZ / 2]] },
    setup: {
      train: { n: 1, inputSize: 1, targetSize: 1, inputs: Float32Array.of(input), targets: Float32Array.of(target) },
      config: { learningRate, optimizer: { kind: 'sgd' }, batchSize: 1 },
      epochs: steps,
      // The race shows every step, however far a large learning rate throws the neuron.
      blowUp: false,
    },
  };
}

/** The records of the neuron at each of these weights (the start, then after each step). */
export function raceRecords(loss: RaceLoss, path: readonly Parameters[]): RaceStep[] {
  const { input, target } = CROSS_ENTROPY_RACE;
  const net = createReferenceNetwork(raceSetup(loss, 0, 1).spec);
  const x = [input];
  const t = [target];
  return path.map((parameters, step) => {
    net.setParameters(parameters);
    const g = net.gradients(x, t, 1);
    return { step, z: net.trace(x).z[0]![0]!, output: net.predict(x, 1)[0]!, loss: g.loss, dLdz: g.dBiases[0]![0]! };
  });
}

/** Trains the neuron with `loss` from z₀ for `steps` steps of gradient descent, on this thread; steps + 1 records. */
export function raceRun(loss: RaceLoss, startZ: number, learningRate: number, steps: number = CROSS_ENTROPY_RACE.steps): RaceStep[] {
  const { spec, parameters, setup } = raceSetup(loss, startZ, learningRate, Math.max(1, steps));
  if (steps === 0) return raceRecords(loss, [parameters]);
  const net = createReferenceNetwork(spec);
  net.setParameters(parameters);
  const report = createRun(net, setup).advance({ steps, everyStep: true });
  return raceRecords(loss, [parameters, ...report.steps!]);
}

/** The same run where the runner's runs live (the engine Worker when it has one), on the float64 reference. */
export async function raceRunWith(runner: Runner, loss: RaceLoss, startZ: number, learningRate: number): Promise<RaceStep[]> {
  const { spec, parameters, setup } = raceSetup(loss, startZ, learningRate);
  const run = await runner.start(spec, parameters, setup, 'reference');
  try {
    const report = await run.advance({ steps: CROSS_ENTROPY_RACE.steps, everyStep: true });
    return raceRecords(loss, [parameters, ...report.steps!]);
  } finally {
    run.dispose();
  }
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
