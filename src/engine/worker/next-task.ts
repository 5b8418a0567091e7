// Yields the main thread: long start-up work (a widget building its parts, the digit pad decoding its model)
// awaits this between parts, and the run client before a computation it does on the page, so each part runs
// in its own task and input, painting and other widgets get their turn in between (a task over 50 ms is what
// the reader feels as lag, and what Lighthouse counts as blocking time).

interface Scheduler { yield(): Promise<void> }

/** Resolves in a new task: `scheduler.yield()` where the browser has it (it keeps this work's place ahead
 *  of other queued tasks), else a message to ourselves (a new task without setTimeout's 4 ms clamp). */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
  });
}
