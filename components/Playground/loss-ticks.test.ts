import { describe, expect, it } from 'vitest';
import { lossTicks } from './loss-ticks.ts';

describe('loss axis ticks', () => {
  const check = (lo: number, hi: number) => {
    const t = lossTicks(lo, hi);
    expect(t.values.length).toBeGreaterThanOrEqual(1);
    expect(t.values.length).toBeLessThanOrEqual(6);
    for (const v of t.values) { expect(v).toBeGreaterThanOrEqual(lo); expect(v).toBeLessThanOrEqual(hi * (1 + 1e-9)); }
    const labels = t.values.map(t.format);
    expect(labels.every((l) => l.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(labels.length); // every label distinct
    return { values: t.values, labels };
  };

  it('labels a loss moving within less than a decade, where a plain log axis labels nothing', () => {
    expect(check(0.689, 0.697).labels).toEqual(['0.690', '0.692', '0.694', '0.696']);
    expect(check(0.3, 0.7).labels).toEqual(['0.3', '0.4', '0.5', '0.6', '0.7']);
    // A quarter of this range rounds up to a step of 0.5, which left only 0.5 and 1 labelled.
    expect(check(0.25, 1.2).labels).toEqual(['0.25', '0.50', '0.75', '1.00']);
    expect(check(0.0251, 0.0299).labels).toEqual(['0.026', '0.027', '0.028', '0.029']);
  });

  it('uses 1-3 or 1-2-5 steps across a decade or two, and every few powers of ten across many', () => {
    expect(check(0.01, 0.7).labels).toEqual(['0.01', '0.03', '0.1', '0.3']);
    expect(check(0.05, 0.7).labels).toEqual(['0.05', '0.1', '0.2', '0.5']);
    expect(check(1e-9, 10).values.length).toBeGreaterThanOrEqual(3);
  });

  it('gives at least one tick for a single value, and none for no usable range', () => {
    expect(check(0.5, 0.5).values.length).toBe(1);
    expect(lossTicks(0, 1).values).toEqual([]);
    expect(lossTicks(Number.NaN, 1).values).toEqual([]);
  });
});
