// The course's glossary in each language: every term a chapter uses, with the forms the build-time linker
// (./link-terms.ts) looks for and a short definition in the course's notation. The words live in the
// catalogue (src/i18n/<lang>/glossary.ts, where the type check makes every language define every term);
// this module turns them into lists. Pure data, read in Node at build time and by the tests; only the
// glossary modules are imported, so the Astro config (which loads the linker) stays light.
import { glossary as en } from '../i18n/en/glossary.ts';
import { glossary as es } from '../i18n/es/glossary.ts';
import type { Lang } from '../i18n/lang.ts';

export interface GlossaryTerm {
  /** The anchor on /glossary/ (and /es/glossary/): lowercase letters, digits and dashes; the same in every language. */
  id: string;
  /** The term as the glossary lists it. */
  term: string;
  /** The words the linker looks for: whole words, any letter case, every spelling a chapter uses. */
  forms: string[];
  definition: string;
}

const listOf = (terms: Record<string, Omit<GlossaryTerm, 'id'>>): readonly GlossaryTerm[] =>
  Object.entries(terms).map(([id, t]) => ({ id, term: t.term, forms: t.forms, definition: t.definition }));

export const GLOSSARIES: Record<Lang, readonly GlossaryTerm[]> = { en: listOf(en.terms), es: listOf(es.terms) };
