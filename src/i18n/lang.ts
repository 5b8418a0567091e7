// The course's languages and how code finds the one a page is in. Pure: runs in Node (build, tests), on
// the page and in a Worker. Adding a language starts here (README "Languages").
import type { NumberLocale } from '../ui/parse-number.ts';

/** Every language the course is written in; the first is the default, served without a URL prefix. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** 'es', 'es-ES', 'ES' → 'es'; anything else (undefined, 'fr') → the default language. */
export function langOf(value: string | null | undefined): Lang {
  const primary = (value ?? '').toLowerCase().split('-')[0];
  return isLang(primary) ? primary : DEFAULT_LANG;
}

/** Each language's name written in that language (the language switch shows it). */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

/** The number conventions a reader of each language types and reads (decimal comma in Spanish). */
export const NUMBER_LOCALES: Record<Lang, NumberLocale> = { en: { decimal: '.' }, es: { decimal: ',' } };

/** Prefix of a Worker's name that carries its page's language (a Worker has no <html lang>). */
const WORKER_NAME_PREFIX = 'nn101-lang=';
export const workerName = (lang: Lang, purpose: string): string => `${WORKER_NAME_PREFIX}${lang} ${purpose}`;

/**
 * The language being rendered at build time. Set per page by src/middleware.ts from the page's locale
 * before the page renders (Astro builds one page at a time), so build-time helpers such as formatNumber
 * follow the page without every component passing it down. In unit tests it stays the default.
 */
let renderingLang: Lang = DEFAULT_LANG;
export const setRenderingLang = (lang: Lang): void => {
  renderingLang = lang;
};

/**
 * The language of the page this code runs for: `<html lang>` on a page, the name given by `workerName`
 * in a Worker, and in Node the page being built (default language in tests).
 */
export function pageLang(): Lang {
  if (typeof document !== 'undefined') return langOf(document.documentElement.lang);
  const name = (globalThis as { name?: unknown }).name;
  if (typeof name === 'string' && name.startsWith(WORKER_NAME_PREFIX)) return langOf(name.slice(WORKER_NAME_PREFIX.length).split(' ')[0]);
  return renderingLang;
}

/** One module's strings for a language, from a table that must list every language. */
export const localized = <T>(table: Record<Lang, T>, lang: Lang = pageLang()): T => table[lang];
