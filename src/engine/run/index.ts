// One training run owned by the engine (run.ts), its bounded history and the blow-up rule.
export { createRun, augmentFrom, type TrainingRun, type RunSetup, type RunBudget, type RunReport, type RunStatus, type AugmentSpec } from './run.ts';
export { boundedHistory, DEFAULT_HISTORY_LIMIT, type BoundedHistory } from './bounded-history.ts';
export { BLOW_UP_EPOCHS, BLOW_UP_FACTOR, blowUpReason, watchBlowUp, type BlowUpWatch } from './blow-up.ts';
