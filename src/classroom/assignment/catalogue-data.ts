// The catalogue as the pages receive it: built once per build from the chapters (catalogue.ts), written
// into the page as JSON, and read back in the browser. Chapters come in course order.
import type { CatalogueChapter, CatalogueItem } from './catalogue.ts';

export const CATALOGUE_ELEMENT_ID = 'nn101-catalogue';

/** JSON safe inside a <script type="application/json"> (no "</script>" can close it early). */
export const catalogueJson = (chapters: CatalogueChapter[]) => JSON.stringify(chapters).replace(/</g, '\\u003c');

/** Reads the page's catalogue; an empty list when the page has none. */
export function readCatalogue(doc: Document = document): { chapters: CatalogueChapter[]; items: Map<string, CatalogueItem & { chapter: CatalogueChapter }> } {
  let chapters: CatalogueChapter[] = [];
  try { chapters = JSON.parse(doc.getElementById(CATALOGUE_ELEMENT_ID)?.textContent ?? '[]') as CatalogueChapter[]; } catch { chapters = []; }
  const items = new Map<string, CatalogueItem & { chapter: CatalogueChapter }>();
  for (const chapter of chapters) for (const item of chapter.items) items.set(item.id, { ...item, chapter });
  return { chapters, items };
}
