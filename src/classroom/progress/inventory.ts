// What a chapter asks of the reader, read from its MDX at build time: the self-check questions (their item
// ids, '<SelfCheck id>-q<n>') and the exercise cells ('cell:exercise-…'). The "Your progress" page uses it
// for "3 of 4 answered". Pure; tested against the real chapters (inventory.test.ts).

export interface ChapterInventory {
  /** Local item ids of self-check questions, in page order. */
  questions: string[];
  /** Local item ids of exercise cells ('cell:exercise-neuron'). */
  exercises: string[];
}

export function chapterInventory(mdx: string): ChapterInventory {
  const questions: string[] = [];
  for (const m of mdx.matchAll(/<SelfCheck\s+id="([a-z0-9-]+)"\s+questions=\{\[([\s\S]*?)\]\}\s*\/>/g)) {
    const count = [...m[2]!.matchAll(/^\s*\{?\s*prompt:/gm)].length;
    for (let i = 1; i <= count; i++) questions.push(`${m[1]}-q${i}`);
  }
  const exercises = [...mdx.matchAll(/<CodeCell\s+id="(exercise-[a-z0-9-]+)"/g)].map((m) => `cell:${m[1]}`);
  return { questions, exercises };
}

/** Where an item is on its page: 'check-1-q2' → 'check-1-q2', 'cell:mlp' → 'cell-mlp', 'widget:playground' → 'playground', 'backprop-predict' → 'backprop'. */
export function anchorFor(local: string): string {
  if (local.startsWith('cell:')) return `cell-${local.slice(5)}`;
  if (local.startsWith('widget:')) return local.slice(7);
  return local.replace(/-predict$/, '');
}
