import { describe, expect, it } from 'vitest';
import { createSliceLoop } from './slice-loop.ts';

/** A fake clock where every step costs `cost` ms, and a queue of scheduled slices run by hand. */
function harness(totalSteps: number, cost: number) {
  let t = 0;
  let done = 0;
  const queue: { animated: boolean; run: () => void }[] = [];
  const events: string[] = [];
  const loop = createSliceLoop({
    step: () => { t += cost; done++; return done < totalSteps; },
    onSlice: () => events.push(`slice@${done}`),
    onDone: () => events.push(`done@${done}`),
    budgetMs: 10,
    now: () => t,
    schedule: (animated, run) => queue.push({ animated, run }),
  });
  const flush = (max = 1000) => { for (let i = 0; i < max && queue.length; i++) queue.shift()!.run(); };
  return { loop, queue, events, flush, steps: () => done };
}

describe('the slice loop', () => {
  it('does about a budget of work per slice and draws after each animated slice', () => {
    const h = harness(20, 3);
    h.loop.start(true);
    h.flush();
    // 3 ms steps, 10 ms budget: 4 steps a slice (the 4th crosses the budget), so slices end at 4, 8, 12, 16.
    expect(h.events).toEqual(['slice@4', 'slice@8', 'slice@12', 'slice@16', 'done@20']);
  });

  it('does not draw between slices when not animated, and uses macrotasks', () => {
    const h = harness(20, 3);
    h.loop.start(false);
    expect(h.queue[0].animated).toBe(false);
    h.flush();
    expect(h.events).toEqual(['done@20']);
  });

  it('pauses after the current slice and resumes where it stopped', () => {
    const h = harness(20, 3);
    h.loop.start(true);
    h.flush(1);
    h.loop.pause();
    h.flush();
    expect(h.steps()).toBe(4);
    expect(h.loop.running).toBe(false);
    h.loop.start(true);
    h.flush();
    expect(h.steps()).toBe(20);
    expect(h.events.at(-1)).toBe('done@20');
  });
});
