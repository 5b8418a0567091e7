// The engine's public entry. Widgets import from here: `import { createReferenceNetwork } from '.../engine/index.ts'`.

export type * from './types.ts';
export { createRng, deriveSeed, type Rng } from './rng.ts';
export * from './validate.ts';
export { activationFunction, sigmoid, softmax, logSumExp, type ActivationFunction } from './activations.ts';
export { LOSSES, type LossFunction } from './losses.ts';
export { initialParameters, initFor, initScale, layerSizesOf } from './init.ts';
export { learningRateAt } from './schedules.ts';
export { FEATURE_NAMES, FEATURE_LABELS, featureValue, applyFeatures, validateFeatures } from './features.ts';
export { accuracyRule, accuracyOf, argmax, type AccuracyRule } from './metrics.ts';
export { copyParameters, zerosLike, validateTrainingState, type TrainingState } from './training-state.ts';
export { createReferenceNetwork, networkFromJSON } from './reference/index.ts';
// The optimiser rules themselves, for widgets that step something other than a network (a 2-D loss surface).
export { applyUpdate, stateFor } from './reference/optimizers.ts';
export { bowlGradient, bowlLoss, descendBowl, type BowlDescent, type DescentPoint, type QuadraticBowl } from './quadratic-bowl.ts';
export { createTrainer, type Trainer, type TrainerOptions, type TrainerResult, type TrainingEnd, type EpochRecord, type EarlyStopping, type Batch, type Augment } from './trainer.ts';
export { createRun, augmentFrom, BLOW_UP_EPOCHS, BLOW_UP_FACTOR, blowUpReason, watchBlowUp, type BlowUpWatch, type TrainingRun, type RunSetup, type RunBudget, type RunReport, type RunStatus, type AugmentSpec } from './run/index.ts';
export { pointJitter, imageShiftRotate, transformImage, composeAugments, type ImageAugmentOptions } from './augment.ts';
// Seeded data sets (MNIST is Node-only: import it from './data/mnist.ts').
export * from './data/index.ts';
export { loadWasmEngine, type WasmEngine, type WasmNetwork } from './wasm/index.ts';
