import { describe, expect, it } from 'vitest';
import { chapterLabel, compareChapters, sortChapters, withNeighbours } from './chapter-order.ts';

describe('chapter order', () => {
  it('sorts by number, then the chapter before its lettered parts, then by letter', () => {
    const keys = [
      { number: 5 }, { number: 4, part: 'c' }, { number: 10 }, { number: 1 }, { number: 4, part: 'b' }, { number: 4 }, { number: 2 },
    ];
    const sorted = sortChapters(keys.map((data) => ({ data })));
    expect(sorted.map((e) => chapterLabel(e.data))).toEqual(['1', '2', '4', '4b', '4c', '5', '10']);
    expect(keys[0]).toEqual({ number: 5 }); // input untouched
  });

  it('numbers compare numerically, not as text', () => {
    expect(compareChapters({ number: 10 }, { number: 9 })).toBeGreaterThan(0);
  });

  it('labels a sub-chapter with its letter', () => {
    expect(chapterLabel({ number: 4, part: 'b' })).toBe('4b');
    expect(chapterLabel({ number: 3 })).toBe('3');
  });

  it('links each chapter to its neighbours, with none before the first or after the last', () => {
    const n = withNeighbours(['a', 'b', 'c']);
    expect(n.map((x) => [x.prev, x.entry, x.next])).toEqual([[undefined, 'a', 'b'], ['a', 'b', 'c'], ['b', 'c', undefined]]);
  });
});
