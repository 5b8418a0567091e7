// The engine's public entry. Widgets import from here: `import { createReferenceNetwork } from '.../engine/index.ts'`.

export type * from './types.ts';
export { createRng, deriveSeed, type Rng } from './rng.ts';
export * from './validate.ts';
export * from './activations.ts';
export * from './losses.ts';
export { initialParameters, initFor, initScale, layerSizesOf } from './init.ts';
export { learningRateAt } from './schedules.ts';
export { FEATURE_NAMES, FEATURE_LABELS, featureValue, applyFeatures, validateFeatures } from './features.ts';
export { accuracyRule, accuracyOf, type AccuracyRule } from './metrics.ts';
export { copyParameters, zerosLike, validateTrainingState, type TrainingState } from './training-state.ts';
export { createReferenceNetwork, networkFromJSON } from './reference/index.ts';
