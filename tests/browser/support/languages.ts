// The browser tests on each language's page (issue 13: "the whole browser suite run on both languages"),
// from one helper instead of copied files: `forEachLanguage` runs a describe block once per language with
// that language's page paths, catalogue and number reading.
//
// What can differ by language runs in both: the words a widget writes (labels, status lines, errors, ARIA
// names, which tests find controls by), the numbers it shows (decimal comma) and the numbers it reads
// (fields parse `0,5` on Spanish pages), and the layout at 360 px (Spanish sentences run longer). What
// cannot differ runs once, on the English page: the engine's arithmetic and gradients (same code, same
// seed, checked against finite differences and ONNX Runtime in Node), determinism, main-thread task
// lengths, WebGL pixels, the service worker and CSP: their code has no language, and doubling them would
// only double the clean-clone CI's time (about 26 minutes on 2 cores; its budget is 90).
import { describe } from 'vitest';
import { catalogues } from '../../../src/i18n/catalogues.ts';
import type { Catalogue } from '../../../src/i18n/catalogue.ts';
import { LANGS, NUMBER_LOCALES, type Lang } from '../../../src/i18n/lang.ts';
import { localizedPath } from '../../../src/i18n/routes.ts';
import { parseDecimal } from '../../../src/ui/parse-number.ts';

export interface LanguageCase {
  lang: Lang;
  /** The language's catalogue: the words the page should show. */
  t: Catalogue;
  /** The page's path in this language: '/chapters/02-uses/' → '/es/chapters/02-uses/'. */
  path(sitePath: string): string;
  /** A number the page shows, read the language's way ("0,25" on a Spanish page); a text that is not one fails. */
  number(text: string): number;
  /** The language's decimal mark, for typing numbers the way its readers do. */
  decimal: string;
}

export function languageCase(lang: Lang): LanguageCase {
  return {
    lang,
    t: catalogues[lang],
    path: (sitePath) => localizedPath(lang, sitePath),
    number(text) {
      const r = parseDecimal(text.replace(/[\u202f\u00a0]/g, ''), NUMBER_LOCALES[lang]);
      if (!r.ok) throw new Error(`the ${lang} page shows “${text}” where a number should be (${r.refusal})`);
      return r.value;
    },
    decimal: NUMBER_LOCALES[lang].decimal,
  };
}

/** `body` once per language, inside a describe block named by the language ("[es] …"). */
export function forEachLanguage(body: (language: LanguageCase) => void, langs: readonly Lang[] = LANGS): void {
  for (const lang of langs) describe(`[${lang}]`, () => body(languageCase(lang)));
}
