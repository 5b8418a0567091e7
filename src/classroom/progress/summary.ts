// What the "Your progress" page says about each chapter, from the kept progress and the chapter's
// inventory (what it asks). Pure: the page (progress-page.ts) only draws it.
import type { ProgressV1 } from '../contract.ts';
import { splitItemId } from './format.ts';
import type { ChapterInventory } from './inventory.ts';

export interface ChapterEntry {
  /** Page path without the base: '/chapters/01-what-is-a-neural-network/'. */
  path: string;
  inventory: ChapterInventory;
}

export interface ItemLine {
  local: string;
  kind: 'question' | 'prediction' | 'cell' | 'widget';
  /** Question and prediction: correct or not; cell: passed (undefined when never checked); widget: undefined. */
  ok: boolean | undefined;
  at: string;
}

export interface ChapterSummary {
  path: string;
  questions: { total: number; answered: number; correct: number };
  predictions: { answered: number; correct: number };
  cells: { exercises: number; passed: number; saved: number };
  widgets: number;
  items: ItemLine[];
}

export function summarise(progress: ProgressV1, chapters: readonly ChapterEntry[]): ChapterSummary[] {
  return chapters.map(({ path, inventory }) => {
    const items: ItemLine[] = [];
    const s: ChapterSummary = {
      path,
      questions: { total: inventory.questions.length, answered: 0, correct: 0 },
      predictions: { answered: 0, correct: 0 },
      cells: { exercises: inventory.exercises.length, passed: 0, saved: 0 },
      widgets: 0,
      items,
    };
    for (const [id, a] of Object.entries(progress.answers)) {
      const { page, local } = splitItemId(id);
      if (page !== path) continue;
      const tally = a.kind === 'prediction' ? s.predictions : s.questions;
      tally.answered++;
      if (a.status === 'correct') tally.correct++;
      items.push({ local, kind: a.kind === 'prediction' ? 'prediction' : 'question', ok: a.status === 'correct', at: a.lastAt });
    }
    for (const [id, c] of Object.entries(progress.cells)) {
      const { page, local } = splitItemId(id);
      if (page !== path) continue;
      s.cells.saved++;
      if (c.passed) s.cells.passed++;
      items.push({ local, kind: 'cell', ok: c.passed, at: c.at ?? '' });
    }
    for (const [id, w] of Object.entries(progress.widgets)) {
      const { page, local } = splitItemId(id);
      if (page !== path) continue;
      s.widgets++;
      items.push({ local, kind: 'widget', ok: undefined, at: w.at });
    }
    // In the page's order where it is known (questions, then cells), the rest by name.
    const order = [...inventory.questions, ...inventory.exercises];
    const rank = (l: string) => { const i = order.indexOf(l); return i < 0 ? order.length : i; };
    items.sort((x, y) => rank(x.local) - rank(y.local) || x.local.localeCompare(y.local));
    return s;
  });
}
