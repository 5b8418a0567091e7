// Runs training in slices so the page never freezes: each slice calls `slice` once (a run's `advance`
// with a time budget, in the engine Worker or, as the fallback, on this thread) and waits for it, then
// yields to the browser. Animated: one slice per animation frame, then `onSlice` redraws. Not animated
// (reduced motion, "show final result"): slices back to back through a macrotask, with no drawing until
// `onDone`. Scheduling is injectable so the loop is tested without a browser.

export interface SliceLoopOptions {
  /** One slice of work (it keeps to its own time budget); resolves to false when nothing is left to do. */
  slice(animated: boolean): boolean | Promise<boolean>;
  /** After each animated slice (draw curves and boundaries here). */
  onSlice?(): void;
  /** Once, when a slice has returned false. */
  onDone?(): void;
  /** A slice failed (for example the run refused its set-up): the loop has stopped. */
  onError?(error: unknown): void;
  /** Schedules the next slice: requestAnimationFrame when animated, a zero-delay task otherwise. */
  schedule?(animated: boolean, slice: () => void): void;
}

export interface SliceLoop {
  /** Starts (or restarts after pause) the loop. */
  start(animated: boolean): void;
  /** Pauses after the current slice (its results still arrive; no further slice starts). */
  pause(): void;
  readonly running: boolean;
}

const defaultSchedule = (animated: boolean, slice: () => void) => {
  if (animated) requestAnimationFrame(() => slice());
  else setTimeout(slice, 0);
};

export function createSliceLoop(o: SliceLoopOptions): SliceLoop {
  const schedule = o.schedule ?? defaultSchedule;
  let running = false;
  let generation = 0; // a pause or restart orphans slices already scheduled
  let animated = true;
  /** The slice under way: a restart waits for it, so two slices of one run never overlap. */
  let busy: Promise<unknown> = Promise.resolve();

  const slice = async (mine: number) => {
    if (mine !== generation || !running) return;
    let more: boolean;
    const work = Promise.resolve().then(() => o.slice(animated));
    busy = work.catch(() => {});
    try {
      more = await work;
    } catch (error) {
      if (mine === generation) { running = false; o.onError?.(error); }
      return;
    }
    if (mine !== generation || !running) return;
    if (!more) {
      running = false;
      o.onDone?.();
      return;
    }
    if (animated) o.onSlice?.();
    schedule(animated, () => void slice(mine));
  };

  return {
    start(isAnimated) {
      animated = isAnimated;
      running = true;
      const mine = ++generation;
      void busy.then(() => schedule(animated, () => void slice(mine)));
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
