// The playground's loss curve over a long session: what the page keeps (a bounded history) and what the
// chart draws from it stay the same size after an hour of training as after a minute.
import { describe, expect, it } from 'vitest';
import { boundedHistory } from '../../src/engine/run/bounded-history.ts';
import { CHART_POINTS, lossRows, type EpochPoint } from './loss-chart.ts';
import { CURVE_LIMIT } from './session.ts';

const point = (epoch: number): EpochPoint => ({ epoch, trainLoss: 1 / (1 + epoch), testLoss: 2 / (1 + epoch) });

describe('the loss curve in a long session', () => {
  it('keeps at most CURVE_LIMIT points and draws at most CHART_POINTS per line, first and last epoch included', () => {
    const curve = boundedHistory<EpochPoint>(CURVE_LIMIT);
    // About an hour at the fastest speed (the soak measures a few hundred epochs a second).
    for (let epoch = 0; epoch <= 1_000_000; epoch++) {
      curve.push(point(epoch));
      if (curve.records.length > CURVE_LIMIT) throw new Error(`the curve grew to ${curve.records.length} points at epoch ${epoch}`);
    }
    const rows = lossRows(curve.records);
    for (const set of ['train', 'test'] as const) {
      const line = rows.filter((r) => r.set === set).map((r) => r.epoch);
      expect(line.length).toBeLessThanOrEqual(CHART_POINTS + 1);
      expect(line.length).toBeGreaterThan(CHART_POINTS / 2);
      expect(line[0]).toBe(0);
      expect(line.at(-1)).toBe(1_000_000);
      for (let i = 1; i < line.length; i++) expect(line[i]!).toBeGreaterThan(line[i - 1]!);
    }
  });

  it('draws only finite, positive losses (a log scale), every point of a short run', () => {
    const history = [point(0), { epoch: 1, trainLoss: Number.NaN, testLoss: 0.5 }, { epoch: 2, trainLoss: 0, testLoss: Infinity }, point(3)];
    expect(lossRows(history).map((r) => `${r.set}@${r.epoch}`)).toEqual(['train@0', 'test@0', 'test@1', 'train@3', 'test@3']);
  });
});
