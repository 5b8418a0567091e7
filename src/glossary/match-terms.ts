// Finding glossary terms in running text: one matcher shared by the build-time linker (./link-terms.ts),
// the glossary page (where a term is first met) and the tests, so all three agree on what "a use" is.
import type { GlossaryTerm } from './terms.ts';

export interface TermMatch {
  term: GlossaryTerm;
  index: number;
  text: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher for the given terms: whole words only (not inside a longer word or a hyphenated compound, so
 * "bias" does not match "biased" and "layer" does not match "multi-layer"), any letter case, the longest
 * form first at each position ("weight decay" before "weight").
 */
export function termMatcher(terms: readonly GlossaryTerm[]): (text: string) => TermMatch[] {
  const byForm = new Map<string, GlossaryTerm>();
  for (const term of terms) for (const form of term.forms) if (!byForm.has(form.toLowerCase())) byForm.set(form.toLowerCase(), term);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'giu');
  return (text) => [...text.matchAll(pattern)].map((m) => ({ term: byForm.get(m[0].toLowerCase()) as GlossaryTerm, index: m.index, text: m[0] }));
}
