// Opens each worked solution (Solution.astro) once the reader has really tried: a kept record for any of
// its `after` items (a graded answer or prediction, a code cell's check, a widget's run), now or later in
// this visit (the store tells subscribers), or at once in the teacher view (?teacher=1).
import type { ProgressV1 } from '../../src/classroom/contract.ts';
import { isTeacherView, pageItemId, progressStore } from '../../src/classroom/progress/browser.ts';

/** True when the reader has made a real attempt at any of `locals` (ids on this page). */
export function attempted(progress: ProgressV1, ids: readonly string[]): boolean {
  return ids.some((id) => (progress.answers[id]?.attempts ?? 0) > 0 || progress.widgets[id] !== undefined || progress.cells[id]?.passed !== undefined);
}

export function mountAllSolutions(): void {
  const boxes = [...document.querySelectorAll<HTMLElement>('[data-solution]')].filter((b) => !b.dataset.mounted);
  if (boxes.length === 0) return;
  const teacher = isTeacherView();
  const store = progressStore();
  const update = (progress: ProgressV1) => {
    for (const box of boxes) {
      const ids = (box.dataset.after ?? '').split(/\s+/).filter(Boolean).map(pageItemId);
      const open = teacher || attempted(progress, ids);
      box.querySelector<HTMLElement>('[data-solution-body]')!.hidden = !open;
      box.querySelector<HTMLElement>('[data-solution-locked]')!.hidden = open;
      box.dataset.state = open ? 'open' : 'locked';
    }
  };
  for (const box of boxes) box.dataset.mounted = 'true';
  update(store.read());
  store.subscribe(update);
}
