// The playground's data: generated points (from the engine's data generators) plus the reader's own
// points, split into training and test sets, and turned into the engine's Datasets through the chosen
// input features. Pure functions.
import { applyFeatures, createRng, deriveSeed } from '../../src/engine/index.ts';
import type { Dataset } from '../../src/engine/types.ts';
import type { DataPoint } from '../../src/state/points-field.ts';
import type { PlaygroundState } from '../../src/state/playground-state.ts';
import { encodeTarget, targetSize } from './model-setup.ts';

export interface PlaygroundData {
  /** Every point: generated ones first, then the reader's own (`pts`). */
  points: DataPoint[];
  isTest: boolean[];
  train: Dataset;
  test: Dataset;
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
  const pick = (test: boolean) => toDataset(s, points.filter((_, i) => isTest[i] === test));
  return { points, isTest, train: pick(false), test: pick(true) };
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
