import { describe, expect, it } from 'vitest';
import { defaultPlaygroundState } from '../../src/state/playground-state.ts';
import { buildData, splitTestFlags, splitValidationFlags, VALIDATION_SHARE } from './data-source.ts';
import { generatePoints } from './generated-data.ts';

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

  it('holds out a validation split from the training points only while early stopping is on, never a test point', () => {
    const on = { ...defaultPlaygroundState(), stop: true, points: 300 };
    const generated = generatePoints(on);
    const d = buildData(on, generated);
    expect(d.validation).toBeDefined();
    expect(d.isValidation.some((v, i) => v && d.isTest[i])).toBe(false);
    const training = d.isTest.filter((t) => !t).length;
    expect(d.train.n + d.validation!.n).toBe(training);
    expect(d.validation!.n / training).toBeGreaterThan(VALIDATION_SHARE - 0.07);
    expect(d.validation!.n / training).toBeLessThan(VALIDATION_SHARE + 0.07);
    expect(d.test.n).toBe(buildData({ ...on, stop: false }, generated).test.n);
    const off = buildData({ ...on, stop: false }, generated);
    expect(off.validation).toBeUndefined();
    expect(off.train.n).toBe(training);
    // Two training points: one each side; one training point: nothing held out.
    expect(splitValidationFlags([false, false, true], 3).filter(Boolean)).toHaveLength(1);
    expect(splitValidationFlags([false, true], 3)).toEqual([false, false]);
    // Adding a point never moves another between training and validation.
    expect(splitValidationFlags(Array(41).fill(false), 2).slice(0, 40)).toEqual(splitValidationFlags(Array(40).fill(false), 2));
  });
});
