// Replays a result that is already computed, a few steps per animation frame, so the reader watches it unfold
// (the explorations compute a whole run in a millisecond or two; the animation is for the eye only). With
// prefers-reduced-motion the final state is drawn at once. Returns a function that cancels the replay.

export interface RevealOptions {
  /** Steps in the whole replay; `draw(k)` shows the first k. */
  total: number;
  stepsPerFrame: number;
  draw(shown: number): void;
  /** After the last draw. */
  done(): void;
}

export const prefersReducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

export function reveal(o: RevealOptions): () => void {
  let cancelled = false;
  if (prefersReducedMotion()) {
    o.draw(o.total);
    o.done();
    return () => {};
  }
  let shown = 0;
  const frame = () => {
    if (cancelled) return;
    shown = Math.min(o.total, shown + o.stepsPerFrame);
    o.draw(shown);
    if (shown < o.total) requestAnimationFrame(frame);
    else o.done();
  };
  requestAnimationFrame(frame);
  return () => { cancelled = true; };
}
