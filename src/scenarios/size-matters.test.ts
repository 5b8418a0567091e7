// The chapter's claims, checked on the engine with the chapter's own defaults (the module the widget reads).
import { describe, expect, it } from 'vitest';
import { createReferenceNetwork } from '../engine/index.ts';
import { diagnose } from './diagnose.ts';
import { createRun, runToEnd } from './run.ts';
import { parameterCount, SIZE_SCENARIO, sizeSetup } from './size-matters.ts';

const [small, right, big] = SIZE_SCENARIO.compared;

describe('the size-matters scenario', () => {
  const runs = SIZE_SCENARIO.compared.map((h) => {
    const run = createRun(sizeSetup(h));
    return { h, run, result: runToEnd(run) };
  });
  const byId = (h: number) => runs.find((r) => r.h === h)!;

  it(`underfits with ${small} neuron: wrong on its own training points`, () => {
    const { run, result } = byId(small);
    expect(diagnose(run.history)).toBe('underfitting');
    expect(result.trainAccuracy).toBeLessThan(0.85);
  });

  it(`overfits with ${big} neurons: right on the training points, worse on new ones than ${right} neurons`, () => {
    const { run, result } = byId(big);
    expect(diagnose(run.history)).toBe('overfitting');
    expect(result.trainAccuracy).toBe(1);
    expect(result.testLoss).toBeGreaterThan(byId(right).result.testLoss);
  });

  it(`fits well with ${right} neurons`, () => {
    expect(diagnose(byId(right).run.history)).toBe('good fit');
  });

  it(`backs exercise 3: ${big} and ${right} neurons end with similar accuracy on new points but clearly different test losses`, () => {
    const a = byId(big).result, b = byId(right).result;
    expect(Math.abs(a.testAccuracy - b.testAccuracy), `${a.testAccuracy} vs ${b.testAccuracy}`).toBeLessThanOrEqual(0.05);
    expect(a.testLoss, `${a.testLoss} vs ${b.testLoss}`).toBeGreaterThan(1.5 * b.testLoss);
  });

  it('counts parameters as the engine lays them out', () => {
    for (const h of [1, 4, 64]) {
      const p = createReferenceNetwork(sizeSetup(h).spec).getParameters();
      const count = [...p.weights, ...p.biases].reduce((sum, a) => sum + a.length, 0);
      expect(parameterCount(h)).toBe(count);
    }
  });

  it('refuses sizes outside the slider range', () => {
    expect(() => sizeSetup(0)).toThrow(/1 to 64/);
    expect(() => sizeSetup(2.5)).toThrow(/whole number/);
  });
});
