// Runs training in slices so the page never freezes: each slice calls `step` until `budgetMs` has passed
// (or the work is done), then yields to the browser. Animated: one slice per animation frame, then
// `onSlice` redraws. Not animated (reduced motion, "show final result"): slices back to back through a
// macrotask, with no drawing until `onDone`. Either way no task runs much longer than the budget plus one
// step. Time and scheduling are injectable so the loop is tested without a browser.

export interface SliceLoopOptions {
  /** Does one unit of work (an epoch); returns false when there is nothing left to do. */
  step(): boolean;
  /** After each animated slice (draw curves and boundaries here). */
  onSlice?(): void;
  /** Once, when step() has returned false or stop() was called with finish. */
  onDone?(): void;
  budgetMs?: number;
  now?(): number;
  /** Schedules the next slice: requestAnimationFrame when animated, a zero-delay task otherwise. */
  schedule?(animated: boolean, slice: () => void): void;
}

export interface SliceLoop {
  /** Starts (or restarts after pause) the loop. */
  start(animated: boolean): void;
  /** Pauses after the current slice. */
  pause(): void;
  readonly running: boolean;
}

const defaultSchedule = (animated: boolean, slice: () => void) => {
  if (animated) requestAnimationFrame(() => slice());
  else setTimeout(slice, 0);
};

export function createSliceLoop(o: SliceLoopOptions): SliceLoop {
  const budget = o.budgetMs ?? 10;
  const now = o.now ?? (() => performance.now());
  const schedule = o.schedule ?? defaultSchedule;
  let running = false;
  let generation = 0; // a pause or restart orphans slices already scheduled
  let animated = true;

  const slice = (mine: number) => {
    if (mine !== generation || !running) return;
    const start = now();
    let more = true;
    do more = o.step(); while (more && now() - start < budget);
    if (!more) {
      running = false;
      o.onDone?.();
      return;
    }
    if (animated) o.onSlice?.();
    const next = generation;
    schedule(animated, () => slice(next));
  };

  return {
    start(isAnimated) {
      animated = isAnimated;
      running = true;
      const mine = ++generation;
      schedule(animated, () => slice(mine));
    },
    pause() {
      running = false;
      generation++;
    },
    get running() {
      return running;
    },
  };
}
