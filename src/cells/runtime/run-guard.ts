// The loop guard of a running cell (prepare-code.ts puts a call to it in every loop and function body).
// Code that keeps the Worker busy for BUDGET_MS without once letting it turn to its event loop (a timer,
// a message) is taken for a runaway: the guard throws, and keeps throwing at every later loop or call, so
// even code that catches the error unwinds. Long work that pauses (`await pause()`, the cell API's
// train(), which yields between epochs) resets the budget at each pause and runs as long as it likes.
// The guard also reports, a few times a second, the line the code reached, so the page can tell a busy
// Worker from a dead one.

export const BUDGET_MS = 5000;
/** How often (in guard calls) the clock is read: a counter is far cheaper than performance.now(). */
const CHECK_EVERY = 32;
export const ALIVE_EVERY_MS = 250;

export class RunawayError extends Error {
  /** `message`: what a reader's own catch reads (the Worker gives the page's words). */
  constructor(readonly line: number, message = `ran for ${BUDGET_MS / 1000} seconds without pausing`) {
    super(message);
    this.name = 'RunawayError';
  }
}

export interface RunGuard {
  /** Called at the top of every loop body and function body of the reader's code. */
  tick(line: number): void;
  /** Checks the clock now (output functions call it: console.log in a loop is also work). */
  check(): void;
  /** The event loop turned: the code paused, so the budget starts again. */
  turned(): void;
  readonly tripped: boolean;
  readonly line: number;
}

/** `describe`: the message of the RunawayError the guard throws, for the line it stopped at. */
export function createRunGuard(onAlive: (line: number) => void, now: () => number = () => performance.now(), describe?: (line: number) => string): RunGuard {
  let sliceStart = now();
  let lastAlive = sliceStart;
  let calls = 0;
  let line = 0;
  let tripped = false;

  const check = () => {
    const t = now();
    if (t - lastAlive >= ALIVE_EVERY_MS) {
      lastAlive = t;
      onAlive(line);
    }
    if (t - sliceStart > BUDGET_MS) tripped = true;
    if (tripped) throw new RunawayError(line, describe?.(line));
  };

  return {
    tick(at) {
      line = at;
      if (tripped) throw new RunawayError(line, describe?.(line));
      if (++calls % CHECK_EVERY === 0) check();
    },
    check,
    turned() {
      sliceStart = now();
    },
    get tripped() { return tripped; },
    get line() { return line; },
  };
}
