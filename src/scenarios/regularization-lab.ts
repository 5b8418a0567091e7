// Chapter 5's default set-up: few noisy points and a large network, trained long enough to overfit, plus
// the settings of each regularization technique. The RegularizationLab widget and the unit test that
// proves the defaults show the effect both read this module, so the page shows what the test checked.
import { deriveSeed } from '../engine/rng.ts';
import type { NetworkSpec, TrainConfig } from '../engine/types.ts';
import type { RunSetup } from './run.ts';
import { ringData } from './two-class-data.ts';
import { regularizationLabStrings } from '../i18n/index.ts';

export const REGULARIZATION_SCENARIO = {
  /** Training, validation (early stopping only) and test points: few to train on, many to test on. */
  data: { trainSize: 30, validationSize: 30, testSize: 200, noise: 0.15 },
  hidden: [32, 32],
  activation: 'tanh' as const,
  /**
   * Plain stochastic gradient descent, so the chapter's update rules are exactly what runs: with sgd an L2
   * penalty shrinks every weight by the factor (1 − ηλ₂) each step (true weight decay) and L1 takes the
   * sign step it describes. With Adam both would be rescaled per weight, and L2 would not be weight decay.
   * Rate and length measured so the plain run overfits and each technique's default helps (the test).
   */
  train: { learningRate: 0.5, optimizer: { kind: 'sgd' as const }, batchSize: 10 },
  epochs: 400,
  /** The seed the widget starts with: one where every technique shows its typical effect. */
  seed: 3,
};

/**
 * The same data and training with a network far too small (one hidden neuron): it underfits, and the
 * chapter's second exercise shows that regularization does not cure that.
 */
export const UNDERFIT_SCENARIO: typeof REGULARIZATION_SCENARIO = { ...REGULARIZATION_SCENARIO, hidden: [1] };

export const LAB_SCENARIOS = { overfit: REGULARIZATION_SCENARIO, underfit: UNDERFIT_SCENARIO };
export type LabScenarioName = keyof typeof LAB_SCENARIOS;

/** Which techniques are on, with their settings. */
export interface Techniques {
  /** λ of the penalty (λ/2)·Σw². */
  l2?: number;
  /** λ of the penalty λ·Σ|w|. */
  l1?: number;
  /** Probability of dropping each hidden unit while training. */
  dropout?: number;
  /** Epochs without a better validation loss before stopping. */
  earlyStopping?: { patience: number };
  /** Exponential decay: the rate is multiplied by `rate` every epoch. */
  decay?: { rate: number };
  /** Standard deviation of the jitter added to the training points each epoch. */
  augmentation?: { jitter: number };
}

export type TechniqueName = keyof Techniques;

/** The largest λ₂ the lab offers: enough to flatten the network into 50/50 answers on most seeds (tested). */
export const L2_MAX = 0.03;

/** What each technique is set to when the reader switches it on. */
export const TECHNIQUE_DEFAULTS: Required<Techniques> = {
  l2: 0.003,
  l1: 0.0005,
  dropout: 0.3,
  earlyStopping: { patience: 20 },
  decay: { rate: 0.99 },
  augmentation: { jitter: 0.1 },
};

/** Each technique's name in the page's language (the catalogue's regularizationLab.techniques). */
export const TECHNIQUE_LABELS: Record<TechniqueName, string> = regularizationLabStrings().techniques;

/** The data of one seed: the same seed always gives the same three sets. */
export function scenarioData(seed: number, scenario = REGULARIZATION_SCENARIO) {
  const { trainSize, validationSize, testSize, noise } = scenario.data;
  return {
    train: ringData({ n: trainSize, noise, seed: deriveSeed(seed, 10) }),
    validation: ringData({ n: validationSize, noise, seed: deriveSeed(seed, 11) }),
    test: ringData({ n: testSize, noise, seed: deriveSeed(seed, 12) }),
  };
}

/** The run for one seed with the given techniques on (none: the plain, overfitting baseline). */
export function regularizationSetup(techniques: Techniques, seed = REGULARIZATION_SCENARIO.seed, scenario = REGULARIZATION_SCENARIO): RunSetup {
  const data = scenarioData(seed, scenario);
  const spec: NetworkSpec = {
    inputs: 2,
    layers: [
      ...scenario.hidden.map((units) => ({ units, activation: scenario.activation, dropout: techniques.dropout || undefined })),
      { units: 1, activation: 'sigmoid' as const },
    ],
    loss: 'binaryCrossEntropy',
    seed,
  };
  const config: TrainConfig = {
    ...scenario.train,
    seed,
    l1: techniques.l1 || undefined,
    l2: techniques.l2 || undefined,
    schedule: techniques.decay ? { kind: 'exponential', rate: techniques.decay.rate } : { kind: 'constant' },
  };
  return {
    spec,
    config,
    epochs: scenario.epochs,
    train: data.train,
    test: data.test,
    validation: techniques.earlyStopping ? data.validation : undefined,
    earlyStopping: techniques.earlyStopping,
    augmentation: techniques.augmentation,
  };
}
