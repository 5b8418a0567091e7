// The course's order of chapters and how a chapter is named in it. Chapter 4b is { number: 4, part: 'b' }
// and comes after 4 and before 4c and 5. Pure: used at build time by the pages and by the tests.

export interface ChapterKey {
  number: number;
  /** A sub-chapter letter ('a'..'d'), or none for the chapter itself. */
  part?: string | undefined;
}

/** Sort comparator: by number, then a chapter without a part before its lettered parts, then by letter. */
export function compareChapters(a: ChapterKey, b: ChapterKey): number {
  if (a.number !== b.number) return a.number - b.number;
  return (a.part ?? '').localeCompare(b.part ?? '');
}

/** The label a reader sees: "1", "4b". */
export function chapterLabel(c: ChapterKey): string {
  return `${c.number}${c.part ?? ''}`;
}

/** Sorts entries that carry their key in `data` (as Astro content entries do), without changing the input. */
export function sortChapters<T extends { data: ChapterKey }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => compareChapters(a.data, b.data));
}

/** Each chapter with its neighbours in course order. */
export function withNeighbours<T>(sorted: readonly T[]): { entry: T; prev?: T; next?: T }[] {
  return sorted.map((entry, i) => ({ entry, prev: sorted[i - 1], next: sorted[i + 1] }));
}
