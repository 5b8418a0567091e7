// Long work in the cell API lets the Worker's event loop turn every so often. The runtime reads a turn as
// "the code paused" (its runaway guard stops code that keeps the Worker busy for 5 s without one), and
// output such as the live loss chart is sent to the page on those turns. Turning on every epoch would
// cost a few ms each (timers are clamped), so it turns only once at least TURN_EVERY_MS have passed.

const TURN_EVERY_MS = 30;
// Captured when the module loads, before the runtime locks the Worker down.
const schedule = setTimeout;
const now = () => performance.now();

/** A function to await between steps of long work: it lets the event loop turn at most every TURN_EVERY_MS. */
export function createTurns(): () => Promise<void> {
  let last = now();
  return async () => {
    if (now() - last < TURN_EVERY_MS) return;
    await new Promise<void>((resolve) => schedule(resolve, 0));
    last = now();
  };
}
