// One module's strings in the page's language (or in `lang`), from a table that must list every language:
// a Record<Lang, …> makes adding a language to LANGS fail the type check until every module has it.
import type { Catalogue } from './catalogue.ts';
import { localized, type Lang } from './lang.ts';

type Table<K extends keyof Catalogue> = Record<Lang, Catalogue[K]>;
export const pick = <K extends keyof Catalogue>(table: Table<K>) => (lang?: Lang): Catalogue[K] => localized(table, lang);
