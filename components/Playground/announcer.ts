// A polite, throttled text summary of what the pictures show, for screen readers: which class the
// network predicts over how much of the plane, and the losses. At most one announcement every few
// seconds while training, and only when the text has changed.
import { el } from '../../src/ui/dom.ts';

export function createAnnouncer(intervalMs = 4000): { element: HTMLElement; say(text: string, urgent?: boolean): void } {
  const element = el('p', { class: 'pg-summary', 'aria-live': 'polite' });
  let lastTime = -Infinity;
  let lastText = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queued = '';
  const flush = () => {
    timer = undefined;
    if (queued === lastText) return;
    element.textContent = queued;
    lastText = queued;
    lastTime = performance.now();
  };
  return {
    element,
    say(text, urgent = false) {
      queued = text;
      const wait = lastTime + intervalMs - performance.now();
      if (urgent || wait <= 0) { clearTimeout(timer); flush(); }
      else timer ??= setTimeout(flush, wait);
    },
  };
}

/** A picture of predicted classes as shares: each class's name and whole percent of the plane (the catalogue words it). */
export function regionShares(counts: readonly number[], names: readonly string[]): { name: string; percent: number }[] {
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  return counts.map((c, i) => ({ name: names[i] ?? '', percent: Math.round((100 * c) / total) }));
}
