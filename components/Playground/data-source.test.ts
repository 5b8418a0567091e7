import { describe, expect, it } from 'vitest';
import { defaultPlaygroundState } from '../../src/state/playground-state.ts';
import { buildData, splitTestFlags } from './data-source.ts';

describe('playground data', () => {
  it('splits generated points in the exact share, the same way for the same seed', () => {
    const flags = splitTestFlags(200, 0, 70, 5);
    expect(flags.filter((f) => !f)).toHaveLength(140);
    expect(splitTestFlags(200, 0, 70, 5)).toEqual(flags);
    expect(splitTestFlags(200, 0, 70, 6)).not.toEqual(flags);
  });

  it('adding a point never moves another point between train and test', () => {
    const before = splitTestFlags(100, 5, 50, 1);
    const after = splitTestFlags(100, 6, 50, 1);
    expect(after.slice(0, 105)).toEqual(before);
  });

  it('builds datasets from features and targets, own data replacing generated data', () => {
    const s = { ...defaultPlaygroundState(), features: ['x1x2', 'sinX2'] as const, train: 90, loss: 'mse' as const, pts: [{ x: 2, y: -3, label: 1 }] };
    const d = buildData({ ...s, features: [...s.features] }, [{ x: 1, y: 1, label: 0 }]);
    expect(d.points).toHaveLength(2);
    const all = d.train.n + d.test.n;
    expect(all).toBe(2);
    const ds = d.isTest[1] ? d.test : d.train;
    const row = ds.n - 1;
    expect(ds.inputs[row * 2]).toBeCloseTo(-6, 6);
    expect(ds.inputs[row * 2 + 1]).toBeCloseTo(Math.sin(-3), 6);
    expect(ds.targets[row]).toBe(1);
    const custom = buildData({ ...s, features: ['x1'], data: 'custom' }, [{ x: 1, y: 1, label: 0 }]);
    expect(custom.points).toEqual([{ x: 2, y: -3, label: 1 }]);
  });
});
