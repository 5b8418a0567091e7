// Chapter 5's claims about every seed the lab's slider offers (1-50), checked on the engine the lab uses
// once loaded: the plain run overfits on almost every seed, and the largest λ₂ the lab offers flattens the
// network into 50/50 answers on most seeds and makes it underfit on almost all. Slow (two runs per seed),
// so it sits apart from the scenario's quicker tests.
import { describe, expect, it } from 'vitest';
import { loadWasmEngine } from '../engine/index.ts';
import { diagnose } from './diagnose.ts';
import { L2_MAX, REGULARIZATION_SCENARIO, regularizationSetup } from './regularization-lab.ts';
import { createRun, runToEnd } from './run.ts';

const SEEDS = Array.from({ length: 50 }, (_, i) => i + 1);
const wasm = await loadWasmEngine();
const fast = (spec: Parameters<typeof wasm.createNetwork>[0]) => wasm.createNetwork(spec);

describe('chapter 5 over the 50 seeds of the lab', () => {
  const plainTrainLoss = new Map<number, number>();

  it('the plain run overfits on almost every seed (at least 45 of 50; 48 when measured)', () => {
    const fits = SEEDS.map((seed) => {
      const run = createRun(regularizationSetup({}, seed), fast);
      plainTrainLoss.set(seed, runToEnd(run).trainLoss);
      return diagnose(run.history);
    });
    const overfit = fits.filter((f) => f === 'overfitting').length;
    expect(overfit, fits.map((f, i) => `${i + 1}: ${f}`).join(', ')).toBeGreaterThanOrEqual(45);
  }, 600_000);

  it(`λ₂ = ${L2_MAX} answers 50/50 everywhere on most seeds (the starting one included) and underfits on almost all`, () => {
    let flat = 0, underfit = 0;
    for (const seed of SEEDS) {
      const run = createRun(regularizationSetup({ l2: L2_MAX }, seed), fast);
      const result = runToEnd(run);
      const p = run.network.predict(run.setup.test.inputs, run.setup.test.n);
      const isFlat = Array.from(p).every((v) => Math.abs(v - 0.5) < 0.02);
      if (isFlat) {
        flat++;
        expect(result.trainLoss).toBeCloseTo(Math.LN2, 1);
      }
      if (seed === REGULARIZATION_SCENARIO.seed) expect(isFlat).toBe(true);
      if (diagnose(run.history) === 'underfitting') underfit++;
      // Even where a faint boundary survives, the penalty holds the training loss far above the plain run's.
      expect(result.trainLoss).toBeGreaterThan(plainTrainLoss.get(seed)! + 0.1);
    }
    expect(flat).toBeGreaterThanOrEqual(30); // 36 when measured
    expect(underfit).toBeGreaterThanOrEqual(45);
  }, 600_000);
});
