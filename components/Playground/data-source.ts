// The playground's data: generated points (from the engine's data generators) plus the reader's own
// points, split into training and test sets, and turned into the engine's Datasets through the chosen
// input features. With early stopping on, a share of the training points is held out as the
// validation split it watches (never the test points, which then stay a fair measure). Pure functions.
import { applyFeatures, createRng, deriveSeed } from '../../src/engine/index.ts';
import type { Dataset } from '../../src/engine/types.ts';
import type { DataPoint } from '../../src/state/points-field.ts';
import type { PlaygroundState } from '../../src/state/playground-state.ts';
import { encodeTarget, targetSize } from './model-setup.ts';

export interface PlaygroundData {
  /** Every point: generated ones first, then the reader's own (`pts`). */
  points: DataPoint[];
  isTest: boolean[];
  /** Training points held out for early stopping (only while it is on). */
  isValidation: boolean[];
  /** The points the network trains on. */
  train: Dataset;
  /** What early stopping watches; present while it is on and there are at least 2 training points. */
  validation?: Dataset;
  test: Dataset;
}

/** Share of the training points early stopping holds out as its validation split. */
export const VALIDATION_SHARE = 0.2;

/**
 * Which training points are held out for validation: each by its own seeded draw (so adding a point
 * never moves another), and at least one point on each side when there are two or more.
 */
export function splitValidationFlags(isTest: readonly boolean[], dataSeed: number): boolean[] {
  const flags = isTest.map((test, i) => !test && createRng(deriveSeed(dataSeed, 7000 + i)).next() < VALIDATION_SHARE);
  const training = isTest.flatMap((test, i) => (test ? [] : [i]));
  const held = training.filter((i) => flags[i]).length;
  if (training.length >= 2 && held === 0) flags[training[training.length - 1]!] = true;
  if (training.length >= 2 && held === training.length) flags[training[0]!] = false;
  if (training.length < 2) training.forEach((i) => (flags[i] = false));
  return flags;
}

/**
 * Which points are test points. Generated points: an exact share, chosen by a seeded shuffle. The
 * reader's own points: each decided by its own seeded draw, so adding a point never moves another
 * point between the sets.
 */
export function splitTestFlags(generatedCount: number, addedCount: number, trainPercent: number, dataSeed: number): boolean[] {
  const flags = new Array<boolean>(generatedCount + addedCount).fill(false);
  const order = Array.from({ length: generatedCount }, (_, i) => i);
  const rng = createRng(deriveSeed(dataSeed, 11));
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const trainCount = Math.round((generatedCount * trainPercent) / 100);
  for (let k = trainCount; k < generatedCount; k++) flags[order[k]!] = true;
  for (let i = 0; i < addedCount; i++) {
    flags[generatedCount + i] = createRng(deriveSeed(dataSeed, 100 + i)).next() >= trainPercent / 100;
  }
  return flags;
}

/** Builds the engine datasets; `generated` is empty for own data (`data=custom`). */
export function buildData(s: Readonly<PlaygroundState>, generated: readonly DataPoint[]): PlaygroundData {
  const own = s.data === 'custom' ? [] : generated;
  const points = [...own, ...s.pts];
  const isTest = splitTestFlags(own.length, s.pts.length, s.train, s.dataSeed);
  const isValidation = s.stop ? splitValidationFlags(isTest, s.dataSeed) : isTest.map(() => false);
  const data: PlaygroundData = {
    points, isTest, isValidation,
    train: toDataset(s, points.filter((_, i) => !isTest[i] && !isValidation[i])),
    test: toDataset(s, points.filter((_, i) => isTest[i])),
  };
  if (isValidation.some(Boolean)) data.validation = toDataset(s, points.filter((_, i) => isValidation[i]));
  return data;
}

export function toDataset(s: Readonly<PlaygroundState>, points: readonly DataPoint[]): Dataset {
  const n = points.length;
  const xy = new Float32Array(2 * n);
  points.forEach((p, i) => { xy[2 * i] = p.x; xy[2 * i + 1] = p.y; });
  const t = targetSize(s);
  const targets = new Float32Array(n * t);
  points.forEach((p, i) => encodeTarget(s, p.label, targets, i * t));
  return { n, inputSize: s.features.length, targetSize: t, inputs: applyFeatures(xy, n, s.features), targets };
}
