// A learner's own seed: the same name in the same class always gives the same seed (every run is
// reproducible, on any device), two names give different seeds (different data and starting weights).
//
// The hash, documented so a teacher could recompute it by hand or in a spreadsheet script:
//   1. key = normalise(class code) + "\n" + normalise(name), where normalise = Unicode NFC, trim, runs of
//      white space → one space, lower case ("  Ada   LOVELACE " and "ada lovelace" are the same learner);
//   2. seed = FNV-1a, 32 bits, over the key's UTF-8 bytes (offset basis 2166136261, prime 16777619).
// The result is a whole number from 0 to 4294967295: the seed range of src/engine/rng.ts (mulberry32 takes any
// 32-bit state) and of the playground's `seed` and `dataSeed` link keys.
import { deriveSeed } from '../../engine/rng.ts';

export function normaliseName(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function learnerSeed(name: string, classCode: string): number {
  return fnv1a32(`${normaliseName(classCode)}\n${normaliseName(name)}`);
}

/**
 * The playground seeds of a learner's challenge runs: the data (`dataSeed`: which points, which split) and
 * the starting weights (`seed`) come from independent streams of the learner's seed.
 */
export function challengeSeeds(seed: number): { dataSeed: number; seed: number } {
  return { dataSeed: deriveSeed(seed, 0), seed: deriveSeed(seed, 1) };
}

/** Longest name kept (a name is shown in a table; a pasted essay is not a name). */
export const MAX_NAME_LENGTH = 80;
