// Which pages exist in which language, at build time: the chapters of each language's collection, its
// notation page if written, and its contents page. The language switch and the hreflang links only
// point at pages that exist. English (the default language) has every page.
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/lang.ts';
import { localizedPath, splitLocalizedPath } from '../i18n/routes.ts';
import { sortChapters } from './chapter-order.ts';

/** Each language's chapter collection (src/content.config.ts). */
export const CHAPTER_COLLECTIONS = { en: 'chapters', es: 'chaptersEs' } as const satisfies Record<Lang, string>;
export type ChapterEntry = CollectionEntry<'chapters'> | CollectionEntry<'chaptersEs'>;

/** Each language's teacher guides (content/guides/, content/<lang>/guides/). */
export const GUIDE_COLLECTIONS = { en: 'guides', es: 'guidesEs' } as const satisfies Record<Lang, string>;
export type GuideEntry = CollectionEntry<'guides'> | CollectionEntry<'guidesEs'>;
/** Where a language's guides are written, for messages that name a file. */
export const guidesFolder = (lang: Lang): string => (lang === DEFAULT_LANG ? 'content/guides' : `content/${lang}/guides`);

/** Each language's notation page (MDX), if written: content/notation.mdx, content/<lang>/notation.mdx. */
const NOTATION_PAGES = import.meta.glob<{ Content: unknown }>(['/content/notation.mdx', '/content/*/notation.mdx']);
export const notationFile = (lang: Lang): string => (lang === DEFAULT_LANG ? '/content/notation.mdx' : `/content/${lang}/notation.mdx`);
export const hasNotation = (lang: Lang): boolean => notationFile(lang) in NOTATION_PAGES;
export const loadNotation = (lang: Lang) => NOTATION_PAGES[notationFile(lang)]!();

/** A language's chapters in course order (read once per build). */
const chapterLists = new Map<Lang, Promise<ChapterEntry[]>>();
export function chaptersIn(lang: Lang): Promise<ChapterEntry[]> {
  let list = chapterLists.get(lang);
  if (!list || import.meta.env.DEV) chapterLists.set(lang, (list = getCollection(CHAPTER_COLLECTIONS[lang]).then((entries) => sortChapters<ChapterEntry>(entries))));
  return list;
}

/**
 * A language's teacher guides in course order, each with its chapter in the same language (a guide is
 * read beside its chapter). A guide not yet translated is simply absent; a guide with no chapter of its
 * name fails the build.
 */
export async function guidesIn(lang: Lang): Promise<{ guide: GuideEntry; chapter: ChapterEntry }[]> {
  const [chapters, guides] = await Promise.all([chaptersIn(lang), getCollection(GUIDE_COLLECTIONS[lang]) as Promise<GuideEntry[]>]);
  for (const guide of guides) {
    if (!chapters.some((c) => c.id === guide.id)) throw new Error(`${guidesFolder(lang)}/${guide.id}.mdx: there is no chapter ${guide.id} in ${lang}`);
  }
  return chapters.flatMap((chapter) => {
    const guide = guides.find((g) => g.id === chapter.id);
    return guide ? [{ guide, chapter }] : [];
  });
}

/** The notation page for a reader of `lang`: its own if written, else the default language's. */
export const notationPath = (lang: Lang): string => localizedPath(hasNotation(lang) ? lang : DEFAULT_LANG, '/notation/');

/**
 * Pages built in every language from one template whose words all come from the catalogue (src/pages/es/
 * renders them): the reader's progress, the glossary and the classroom pages.
 */
export const PAGES_IN_EVERY_LANGUAGE: readonly string[] = ['/progress/', '/glossary/', '/assignment/', '/teach/', '/teach/assign/', '/teach/class/'];

/** True when the page at `path` (a site path without language prefix) is written in `lang`. */
export async function existsIn(lang: Lang, path: string): Promise<boolean> {
  if (lang === DEFAULT_LANG || path === '/' || PAGES_IN_EVERY_LANGUAGE.includes(path)) return true;
  if (path === '/notation/') return hasNotation(lang);
  const chapter = /^\/chapters\/([^/]+)\/$/.exec(path);
  if (chapter) return (await chaptersIn(lang)).some((c) => c.id === chapter[1]);
  const guide = /^\/teach\/([^/]+)\/$/.exec(path);
  if (guide) return (await guidesIn(lang)).some((g) => g.guide.id === guide[1]);
  return false;
}

/** For the page at `sitePath`: every language it exists in, with that version's site path. */
export async function translationsOf(sitePath: string): Promise<{ lang: Lang; path: string }[]> {
  const { path } = splitLocalizedPath(sitePath);
  const out: { lang: Lang; path: string }[] = [];
  for (const lang of LANGS) if (await existsIn(lang, path)) out.push({ lang, path: localizedPath(lang, path) });
  return out;
}

/**
 * Every chapter of the course for a reader of `lang`, in course order: the translation where it exists,
 * else the default language's chapter (pages that list the whole course: progress, the classroom).
 */
export async function courseChaptersFor(lang: Lang): Promise<{ entry: ChapterEntry; lang: Lang }[]> {
  const [own, every] = await Promise.all([chaptersIn(lang), chaptersIn(DEFAULT_LANG)]);
  return every.map((english) => {
    const translated = own.find((c) => c.id === english.id);
    return translated ? { entry: translated, lang } : { entry: english, lang: DEFAULT_LANG };
  });
}
