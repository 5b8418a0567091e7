import { describe, expect, it } from 'vitest';
import { challengeSeeds, fnv1a32, learnerSeed, normaliseName } from './learner-seed.ts';

describe('learner seeds', () => {
  it('FNV-1a 32 matches the published test vectors', () => {
    // From the FNV reference test suite (Fowler, Noll, Vo).
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('hashes class code, a line break and the name, as the comment documents', () => {
    expect(learnerSeed('Ada', '7B')).toBe(fnv1a32('7b\nada'));
  });

  it('gives the same learner the same seed however the name is spaced or capitalised', () => {
    expect(learnerSeed('  Ada   LOVELACE ', '7b')).toBe(learnerSeed('ada lovelace', '7B'));
    // NFC: "é" typed as e + combining accent is the same name as the precomposed "é".
    expect(learnerSeed('Rene\u0301', 'c')).toBe(learnerSeed('René', 'c'));
    expect(normaliseName('\tA\u00a0 B ')).toBe('a b');
  });

  it('gives different names, and the same name in another class, different seeds', () => {
    const names = ['Ada', 'Alan', 'Grace', 'Edsger', 'Barbara', 'Donald', 'Frances', 'John', 'Katherine', 'Tim'];
    const seeds = new Set(names.map((n) => learnerSeed(n, 'class-1')));
    expect(seeds.size).toBe(names.length);
    expect(learnerSeed('Ada', 'class-1')).not.toBe(learnerSeed('Ada', 'class-2'));
  });

  it('stays in the engine seed range and derives two different playground seeds', () => {
    for (const name of ['', 'x', 'Zoë', '山田']) {
      const seed = learnerSeed(name, 'k');
      expect(Number.isInteger(seed) && seed >= 0 && seed <= 4294967295).toBe(true);
      const s = challengeSeeds(seed);
      expect(s.dataSeed).not.toBe(s.seed);
      expect(s.seed).toBeLessThanOrEqual(4294967295);
    }
  });
});
