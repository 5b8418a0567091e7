// Where each language's pages live: the default language at today's URLs (/chapters/…/), every other
// under its own prefix (/es/chapters/…/), with the same page names, so a page's counterpart in another
// language is the same path with the prefix swapped. Paths here are site paths: without the site's base,
// starting and ending with '/'. Pure.
import { DEFAULT_LANG, isLang, type Lang } from './lang.ts';

/** '/chapters/x/' in `lang`: '/chapters/x/' (default language) or '/es/chapters/x/'. */
export const localizedPath = (lang: Lang, path: string): string => (lang === DEFAULT_LANG ? path : `/${lang}${path}`);

/** '/es/chapters/x/' → { lang: 'es', path: '/chapters/x/' }; '/chapters/x/' → { lang: 'en', … }. */
export function splitLocalizedPath(sitePath: string): { lang: Lang; path: string } {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(sitePath);
  if (match && isLang(match[1]) && match[1] !== DEFAULT_LANG) return { lang: match[1], path: match[2] ?? '/' };
  return { lang: DEFAULT_LANG, path: sitePath };
}

/** The site path of a URL path under the site's `base` ('/nn101/es/' with base '/nn101/' → '/es/'). */
export function sitePathOf(urlPath: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const rest = urlPath.startsWith(b) ? urlPath.slice(b.length - 1) : urlPath;
  return rest.endsWith('/') || /\.[a-z0-9]+$/i.test(rest) ? rest : `${rest}/`;
}

/** A site path as a URL path under `base`. */
export const withBase = (sitePath: string, base: string): string => `${base.endsWith('/') ? base : `${base}/`}${sitePath.replace(/^\//, '')}`;
