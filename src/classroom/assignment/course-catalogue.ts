// The course's catalogue at build time (Astro pages only: it reads the chapters collection).
import { getCollection } from 'astro:content';
import { chapterLabel, sortChapters } from '../../site/chapter-order.ts';
import { catalogueOfChapter, type CatalogueChapter } from './catalogue.ts';

let built: Promise<CatalogueChapter[]> | null = null;

export function courseCatalogue(): Promise<CatalogueChapter[]> {
  built ??= getCollection('chapters').then((entries) => sortChapters(entries).map((entry) => ({
    id: entry.id, title: `${chapterLabel(entry.data)}. ${entry.data.title}`, items: catalogueOfChapter(entry.id, entry.body ?? ''),
  })));
  return built;
}
