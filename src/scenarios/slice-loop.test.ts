import { describe, expect, it } from 'vitest';
import { createSliceLoop } from './slice-loop.ts';

/** Work of `total` units, `perSlice` a slice (sync or async), and a queue of scheduled slices run by hand. */
function harness(total: number, perSlice: number, async = false) {
  let done = 0;
  const queue: { animated: boolean; run: () => void }[] = [];
  const events: string[] = [];
  const work = () => { done = Math.min(total, done + perSlice); return done < total; };
  const loop = createSliceLoop({
    slice: () => (async ? new Promise<boolean>((ok) => setTimeout(() => ok(work()), 1)) : work()),
    onSlice: () => events.push(`slice@${done}`),
    onDone: () => events.push(`done@${done}`),
    schedule: (animated, run) => queue.push({ animated, run }),
  });
  /** Runs scheduled slices (waiting for async ones) until none is left or `max` have run. */
  const flush = async (max = 1000) => {
    for (let i = 0; i < max; i++) {
      for (let wait = 0; wait < 50 && !queue.length; wait++) await new Promise((r) => setTimeout(r, 2));
      const next = queue.shift();
      if (!next) return;
      next.run();
    }
  };
  const settle = () => new Promise((r) => setTimeout(r, 20));
  return { loop, queue, events, flush, settle, done: () => done };
}

describe('the slice loop', () => {
  it('runs one slice per frame and draws after each animated slice', async () => {
    const h = harness(20, 4);
    h.loop.start(true);
    await h.flush();
    expect(h.events).toEqual(['slice@4', 'slice@8', 'slice@12', 'slice@16', 'done@20']);
  });

  it('waits for an asynchronous slice (a run in the Worker) before scheduling the next', async () => {
    const h = harness(20, 4, true);
    h.loop.start(true);
    await h.flush();
    expect(h.events).toEqual(['slice@4', 'slice@8', 'slice@12', 'slice@16', 'done@20']);
  });

  it('does not draw between slices when not animated, and uses macrotasks', async () => {
    const h = harness(20, 4);
    h.loop.start(false);
    await h.settle();
    expect(h.queue[0]!.animated).toBe(false);
    await h.flush();
    expect(h.events).toEqual(['done@20']);
  });

  it('pauses after the current slice and resumes where it stopped', async () => {
    const h = harness(20, 4, true);
    h.loop.start(true);
    await h.flush(1);
    h.loop.pause();
    await h.settle();
    await h.flush();
    expect(h.done()).toBe(4);
    expect(h.loop.running).toBe(false);
    h.loop.start(true);
    await h.flush();
    expect(h.done()).toBe(20);
    expect(h.events.at(-1)).toBe('done@20');
  });

  it('stops and reports a slice that fails', async () => {
    const errors: unknown[] = [];
    const queue: (() => void)[] = [];
    const loop = createSliceLoop({
      slice: async () => { throw new Error('refused'); },
      onError: (e) => errors.push(e),
      schedule: (_, run) => queue.push(run),
    });
    loop.start(true);
    await new Promise((r) => setTimeout(r, 5));
    queue.shift()!();
    await new Promise((r) => setTimeout(r, 5));
    expect(loop.running).toBe(false);
    expect(String(errors[0])).toMatch(/refused/);
  });
});
