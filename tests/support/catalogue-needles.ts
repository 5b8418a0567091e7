// What would betray a page in the wrong language: every catalogue text of one language that differs from
// the other's at the same key, with message functions cut into their fixed parts. Used by
// tests/browser/languages.test.ts to check that no English UI string is on a Spanish page and back.
import { catalogues } from '../../src/i18n/catalogues.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { inputProblemExamples, onnxProblemExamples, sharedCodeProblemExamples, valueProblemExamples } from './problem-examples.ts';

export interface Needles {
  /** Matched anywhere in a page's text (phrases of two words or more, at least 10 characters). */
  phrases: string[];
  /** Matched only as a whole text or attribute (single words such as a button's "Run"). */
  words: string[];
}

const SENTINEL = '\u0001';
/** Arguments a message function may switch on (NumberRefusal), tried when the sentinel gives nothing. */
const ENUM_GUESSES = ['empty', 'not-decimal', 'wrong-separator', 'too-large'];

/**
 * Problems shared code reports as codes (OnnxProblem, ValueProblem, SharedCodeProblem, the engine's InputProblem), tried on a function that words none
 * of the above: their names are the sentinel, and their numbers are cut out of the texts like it.
 */
const PROBLEM_EXAMPLES = [...onnxProblemExamples(SENTINEL), ...valueProblemExamples(SENTINEL), ...sharedCodeProblemExamples(), ...inputProblemExamples(SENTINEL)];

/** The fixed parts of a message function's text: what stays when its arguments are unknown. */
function fragments(fn: (...args: unknown[]) => unknown): string[] {
  const outputs: unknown[] = [];
  const call = (args: unknown[]) => { try { outputs.push(fn(...args)); } catch { /* an argument it cannot take */ } };
  call(Array.from({ length: Math.max(fn.length, 1) }, () => SENTINEL));
  for (const guess of ENUM_GUESSES) call([guess, ...Array.from({ length: Math.max(fn.length - 1, 0) }, () => SENTINEL)]);
  let cut = new RegExp(`${SENTINEL}|—|«|»|“|”`);
  if (!outputs.some((o) => typeof o === 'string')) {
    for (const problem of PROBLEM_EXAMPLES) call([problem]);
    cut = new RegExp(`${SENTINEL}|—|«|»|“|”|[−-]?\\d[\\d.,\u202f]*`);
  }
  return outputs.filter((o): o is string => typeof o === 'string')
    .flatMap((text) => text.split(cut))
    .map((part) => part.trim().replace(/^[\s.,:;()]+|[\s.,:;(]+$/g, ''))
    .filter((part) => part.length >= 12 && part.includes(' '));
}

/** Texts at the same key in `of` and in `against`, where they differ. */
function differing(of: unknown, against: unknown, out: string[]): void {
  if (typeof of === 'string') {
    if (of !== against) out.push(of);
  } else if (typeof of === 'function') {
    const theirs = typeof against === 'function' ? new Set(fragments(against as (...a: unknown[]) => unknown)) : new Set<string>();
    for (const part of fragments(of as (...a: unknown[]) => unknown)) if (!theirs.has(part)) out.push(part);
  } else if (of && typeof of === 'object') {
    for (const [key, value] of Object.entries(of)) differing(value, (against as Record<string, unknown> | undefined)?.[key], out);
  }
}

const normalize = (text: string) => text.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

/** What a page in `pageLang` must not show: `foreign`'s texts that differ from `pageLang`'s. */
export function foreignNeedles(foreign: Lang, pageLang: Lang): Needles {
  const all: string[] = [];
  differing(catalogues[foreign], catalogues[pageLang], all);
  // A needle needs three letters or more: "y" (Spanish "and") is also a variable's name in any language.
  const texts = [...new Set(all.map(normalize))].filter((t) => (t.match(/\p{L}/gu) ?? []).length >= 3);
  return {
    phrases: texts.filter((t) => t.includes(' ') && t.length >= 10),
    words: texts.filter((t) => !(t.includes(' ') && t.length >= 10)),
  };
}

/** The needles found in a page's texts (text nodes and attribute values, each normalized). */
export function foundNeedles(texts: readonly string[], needles: Needles): string[] {
  const joined = texts.map(normalize).join('\n');
  const whole = new Set(texts.map(normalize));
  return [...needles.phrases.filter((p) => joined.includes(p)), ...needles.words.filter((w) => whole.has(w))];
}
