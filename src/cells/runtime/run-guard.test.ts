import { describe, expect, it } from 'vitest';
import { BUDGET_MS, RunawayError, createRunGuard } from './run-guard.ts';

describe('run guard', () => {
  it('throws with the line once code has run BUDGET_MS without pausing, and keeps throwing', () => {
    let clock = 0;
    const alive: number[] = [];
    const guard = createRunGuard((line) => alive.push(line), () => clock);
    let thrown: unknown;
    try {
      for (;;) { guard.tick(7); clock += 0.01; }
    } catch (e) { thrown = e; }
    expect(thrown).toBeInstanceOf(RunawayError);
    expect((thrown as RunawayError).line).toBe(7);
    expect(clock).toBeGreaterThan(BUDGET_MS);
    expect(clock).toBeLessThan(BUDGET_MS + 1);
    expect(alive.length).toBeGreaterThan(10);
    expect(alive.every((l) => l === 7)).toBe(true);
    expect(() => guard.tick(9)).toThrow(RunawayError); // caught once, it still unwinds the next loop
    expect(guard.tripped).toBe(true);
  });

  it('lets work that pauses run as long as it likes', () => {
    let clock = 0;
    const guard = createRunGuard(() => {}, () => clock);
    for (let i = 0; i < 100_000; i++) {
      guard.tick(1);
      clock += 1; // 100 s in all
      if (i % 1000 === 0) guard.turned(); // a pause every second
    }
    expect(guard.tripped).toBe(false);
  });
});
