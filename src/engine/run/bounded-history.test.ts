import { describe, expect, it } from 'vitest';
import { boundedHistory } from './bounded-history.ts';

describe('boundedHistory', () => {
  it('keeps everything up to the limit', () => {
    const h = boundedHistory<number>(10);
    for (let i = 0; i < 10; i++) h.push(i);
    expect(h.records).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('thins old records past the limit, keeping the first and the newest half in full', () => {
    const h = boundedHistory<number>(10);
    for (let i = 0; i < 11; i++) h.push(i);
    // The older part 0..5 goes to a stride of 2 (0, 2, 4); the newest five stay.
    expect(h.records).toEqual([0, 2, 4, 6, 7, 8, 9, 10]);
    h.push(11);
    expect(h.records).toEqual([0, 2, 4, 6, 7, 8, 9, 10, 11]);
  });

  it('stays within the limit over a million records, ordered, first and last kept, recent ones dense', () => {
    const h = boundedHistory<number>(1000);
    for (let i = 0; i < 1_000_000; i++) {
      h.push(i);
      if (h.records.length > 1000) throw new Error(`grew to ${h.records.length} at ${i}`);
    }
    const r = h.records;
    expect(r[0]).toBe(0);
    expect(r.at(-1)).toBe(999_999);
    for (let i = 1; i < r.length; i++) expect(r[i]!).toBeGreaterThan(r[i - 1]!);
    expect(r.slice(-500)).toEqual(Array.from({ length: 500 }, (_, i) => 999_500 + i));
    // The older part is spread evenly over the whole run: the curve keeps its shape.
    const older = r.slice(0, -500);
    const firstHalf = older.filter((v) => v < 500_000).length;
    expect(older.length).toBeGreaterThan(200);
    expect(Math.abs(firstHalf - (older.length - firstHalf))).toBeLessThan(0.05 * older.length);
  });

  it('refuses a limit too small to thin', () => {
    expect(() => boundedHistory(3)).toThrow(/≥ 8/);
  });
});
