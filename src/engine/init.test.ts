import { describe, expect, it } from 'vitest';
import { initialParameters, initFor, initScale } from './init.ts';
import { createRng, deriveSeed } from './rng.ts';
import type { NetworkSpec } from './types.ts';

describe('initialParameters', () => {
  const spec: NetworkSpec = {
    inputs: 3,
    layers: [
      { units: 4, activation: 'relu' },
      { units: 2, activation: 'tanh' },
    ],
    loss: 'mse',
    seed: 21,
  };

  it('draws σ·normal() from deriveSeed(seed, 0), layer by layer, i then j, with zero biases', () => {
    const p = initialParameters(spec);
    const rng = createRng(deriveSeed(21, 0));
    const he = Math.sqrt(2 / 3);
    const xavier = Math.sqrt(2 / (4 + 2));
    const expected0 = Array.from({ length: 12 }, () => he * rng.normal());
    const expected1 = Array.from({ length: 8 }, () => xavier * rng.normal());
    expect(p.weights).toEqual([expected0, expected1]);
    expect(p.biases).toEqual([[0, 0, 0, 0], [0, 0]]);
  });

  it('defaults to seed 1 and honours a forced init', () => {
    const { seed: _, ...unseeded } = spec;
    expect(initialParameters(unseeded)).toEqual(initialParameters({ ...spec, seed: 1 }));
    const forced = initialParameters({ ...spec, init: 'xavier' });
    const rng = createRng(deriveSeed(21, 0));
    expect(forced.weights[0]![0]).toBe(Math.sqrt(2 / 7) * rng.normal());
    expect(initFor({ units: 1, activation: 'leakyRelu' })).toBe('he');
    expect(initFor({ units: 1, activation: 'sigmoid' })).toBe('xavier');
    expect(initFor({ units: 1, activation: 'relu' }, 'xavier')).toBe('xavier');
  });

  it('has the intended spread on a wide layer', () => {
    const p = initialParameters({ inputs: 400, layers: [{ units: 600, activation: 'relu' }], loss: 'mse', seed: 2 });
    const w = p.weights[0]!;
    const sd = Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);
    expect(sd / initScale('he', 400, 600)).toBeCloseTo(1, 2);
  });

  it('validates the spec first', () => {
    expect(() => initialParameters({ ...spec, layers: [] })).toThrow(/layers must list/);
  });
});
