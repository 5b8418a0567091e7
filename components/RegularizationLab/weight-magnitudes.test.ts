// The weights view's numbers, and what chapter 5 says the view shows: on the lab's own scenario (the engine
// the widget uses once loaded), L2 makes the weights smaller and L1 leaves many of them hovering near zero
// (small but not exactly zero), compared with the plain run of the same seed.
import { describe, expect, it } from 'vitest';
import { loadWasmEngine } from '../../src/engine/index.ts';
import { regularizationSetup, TECHNIQUE_DEFAULTS, type Techniques } from '../../src/scenarios/regularization-lab.ts';
import { createRun, runToEnd } from '../../src/scenarios/run.ts';
import { BIN_COUNT, binOf, binStart, weightMagnitudes } from './weight-magnitudes.ts';

describe('weight magnitudes', () => {
  it('bins |w| on a log scale, zeros and tiny values first, huge ones last', () => {
    expect(binOf(0)).toBe(0);
    expect(binOf(5e-5)).toBe(0);
    expect(binOf(1e-4)).toBe(1);
    expect(binOf(0.011)).toBe(1 + 2 * 4); // 10^-2 .. 10^-1.75
    expect(binOf(9.99)).toBe(BIN_COUNT - 2);
    expect(binOf(10)).toBe(BIN_COUNT - 1);
    expect(binStart(1)).toBeCloseTo(1e-4, 12);
    for (const m of [3e-4, 0.02, 0.5, 2]) expect(binStart(binOf(m))).toBeLessThanOrEqual(m);
  });
  it('counts weights only, not biases', () => {
    const s = weightMagnitudes({ weights: [[0.5, -0.001, 0], [2]], biases: [[100, 100, 100], [100]] });
    expect(s.count).toBe(4);
    expect(s.meanAbs).toBeCloseTo((0.5 + 0.001 + 0 + 2) / 4, 12);
    expect(s.nearZero).toBe(0.5);
    expect(s.histogram.reduce((a, b) => a + b, 0)).toBe(4);
  });
});

describe('what the weights view shows in the lab (seeds 1-5)', () => {
  const SEEDS = [1, 2, 3, 4, 5];
  let wasm: Awaited<ReturnType<typeof loadWasmEngine>>;
  const weightsAfter = (techniques: Techniques, seed: number) => {
    const run = createRun(regularizationSetup(techniques, seed), (spec) => wasm.createNetwork(spec));
    runToEnd(run);
    return run.network.getParameters();
  };
  it('L2 shrinks the weights; L1 crowds many near zero without making them exactly zero', async () => {
    wasm = await loadWasmEngine();
    for (const seed of SEEDS) {
      const plain = weightMagnitudes(weightsAfter({}, seed));
      const l2 = weightMagnitudes(weightsAfter({ l2: TECHNIQUE_DEFAULTS.l2 }, seed));
      const l1Params = weightsAfter({ l1: TECHNIQUE_DEFAULTS.l1 }, seed);
      const l1 = weightMagnitudes(l1Params);
      expect(l2.meanAbs, `seed ${seed}`).toBeLessThan(0.8 * plain.meanAbs);
      expect(l1.nearZero, `seed ${seed}`).toBeGreaterThan(plain.nearZero + 0.1);
      // Hovering, not sitting at zero: of the near-zero weights, almost none is exactly 0.
      const exactZeros = l1Params.weights.flat().filter((w) => w === 0).length;
      expect(exactZeros).toBeLessThan(0.05 * l1.nearZero * l1.count);
    }
  }, 300_000);
});
