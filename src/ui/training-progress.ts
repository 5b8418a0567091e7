// One line every training widget shows under its controls, in the words the Notation page defines:
//   "Epoch 12 of 200 · step 36 · batches of 10 of 30 training points (3 steps an epoch)"
// A step (also called an update or iteration) is one change of every weight, from the gradient of one
// batch; an epoch is one pass over all the training examples, shuffled and cut into batches. Widgets feed
// it numbers (from the engine run's reports, whichever loop produces them); the words live here.
import { trainingProgressStrings } from '../i18n/index.ts';
import { pageLang, type Lang } from '../i18n/lang.ts';

export interface TrainingProgress {
  /** Epochs completed so far (0 before training). */
  epoch: number;
  /** Planned epochs, when the run has a fixed length. */
  epochs?: number;
  /** Examples in a batch. */
  batchSize: number;
  /** Training examples in one epoch. */
  trainSize: number;
  /** Weight updates so far; default: epochs × steps per epoch. */
  steps?: number;
}

/**
 * A run on a loss that is a formula of the parameters rather than a mean over examples (OptimizerSurface's
 * ravine): there are no examples, so no epochs and no batches, and every step uses the exact gradient.
 */
export interface FormulaProgress {
  formula: true;
  /** Steps taken so far. */
  step: number;
  /** Steps in the whole run. */
  steps: number;
}

/** Steps in one epoch: the training set cut into batches, the last one smaller when it does not divide. */
export const stepsPerEpoch = (trainSize: number, batchSize: number): number =>
  trainSize <= 0 ? 0 : Math.ceil(trainSize / Math.max(1, Math.min(batchSize, trainSize)));

export function describeTrainingProgress(p: TrainingProgress | FormulaProgress, lang: Lang = pageLang()): string {
  const S = trainingProgressStrings(lang);
  if ('formula' in p) return [S.stepOf(p.step, p.steps), S.exactGradient].join(' · ');
  const perEpoch = stepsPerEpoch(p.trainSize, p.batchSize);
  const steps = p.steps ?? p.epoch * perEpoch;
  const batch = Math.min(p.batchSize, p.trainSize);
  const epochText = p.epochs === undefined ? S.epoch(p.epoch) : S.epochOf(p.epoch, p.epochs);
  const batchText = p.trainSize <= 0 ? S.noData : batch >= p.trainSize ? S.fullBatch(p.trainSize) : S.batches(batch, p.trainSize, perEpoch);
  return [epochText, S.step(steps), batchText].join(' · ');
}

/** A live line (polite status) to place in a widget; `update` rewrites it. */
export function createTrainingProgress(initial: TrainingProgress | FormulaProgress): { element: HTMLParagraphElement; update(p: TrainingProgress | FormulaProgress): void } {
  const element = document.createElement('p');
  element.className = 'training-progress';
  element.dataset.trainingProgress = '';
  const update = (p: TrainingProgress | FormulaProgress) => {
    const text = describeTrainingProgress(p);
    if (element.textContent !== text) element.textContent = text; // unchanged text: no layout, no paint
    if ('formula' in p) {
      delete element.dataset.progressEpoch;
      delete element.dataset.progressBatch;
      element.dataset.progressStep = String(p.step);
      return;
    }
    element.dataset.progressEpoch = String(p.epoch);
    element.dataset.progressStep = String(p.steps ?? p.epoch * stepsPerEpoch(p.trainSize, p.batchSize));
    element.dataset.progressBatch = String(Math.min(p.batchSize, p.trainSize));
  };
  update(initial);
  return { element, update };
}
