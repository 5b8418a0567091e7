// The course's catalogue at build time (Astro pages only: it reads the chapters collections), in each
// language: the Spanish pages name questions and misconceptions as the Spanish chapters word them, and link
// to the Spanish chapters (a chapter not translated yet comes from English). Item ids do not depend on the
// language, so a hand-in made on either page reads in either class view.
import { chapterLabel } from '../../site/chapter-order.ts';
import { courseChaptersFor } from '../../site/localized-pages.ts';
import type { Lang } from '../../i18n/lang.ts';
import { localizedPath } from '../../i18n/routes.ts';
import { catalogueOfChapter, type CatalogueChapter } from './catalogue.ts';

const built = new Map<Lang, Promise<CatalogueChapter[]>>();

async function build(lang: Lang): Promise<CatalogueChapter[]> {
  return (await courseChaptersFor(lang)).map(({ entry, lang: entryLang }) => ({
    id: entry.id, title: `${chapterLabel(entry.data)}. ${entry.data.title}`, path: localizedPath(entryLang, `/chapters/${entry.id}/`),
    items: catalogueOfChapter(entry.id, entry.body ?? '', entryLang),
  }));
}

export function courseCatalogue(lang: Lang): Promise<CatalogueChapter[]> {
  let chapters = built.get(lang);
  if (!chapters) built.set(lang, (chapters = build(lang)));
  return chapters;
}
