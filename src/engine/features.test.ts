import { describe, expect, it } from 'vitest';
import { applyFeatures, FEATURE_LABELS, FEATURE_NAMES } from './features.ts';

describe('features', () => {
  it('turns points into the chosen features, row by row', () => {
    const out = applyFeatures([2, -3, 0.5, 1], 2, FEATURE_NAMES);
    const expected = [2, -3, 4, 9, -6, Math.sin(2), Math.sin(-3), 0.5, 1, 0.25, 1, 0.5, Math.sin(0.5), Math.sin(1)];
    expected.forEach((v, i) => expect(out[i]).toBeCloseTo(v, 6));
    expect(Array.from(applyFeatures([2, -3], 1, ['x2', 'x1x2']))).toEqual([-3, -6]);
  });

  it('has a label for every feature and rejects unknown ones', () => {
    for (const f of FEATURE_NAMES) expect(FEATURE_LABELS[f].text.length).toBeGreaterThan(0);
    expect(() => applyFeatures([1, 2], 1, ['x3' as 'x1'])).toThrow('unknown feature "x3"; allowed: x1, x2');
    expect(() => applyFeatures([1, 2], 1, [])).toThrow('features must list at least one feature name');
    expect(() => applyFeatures([1, 2, 3], 2, ['x1'])).toThrow('points has 3 numbers but n × 2 = 4');
  });
});
