import { describe, expect, it } from 'vitest';
import { activate, activationCurve, chartDomain, runNeuron, NEURON_ACTIVATIONS } from './neuron-math.ts';

describe('activate', () => {
  it('step is 1 from z = 0 upwards, else 0', () => {
    expect([-2, -1e-9, 0, 3].map((z) => activate('step', z))).toEqual([0, 0, 1, 1]);
  });

  it('sigmoid is 1 / (1 + e^-z), 1/2 at 0, and never NaN for huge |z|', () => {
    for (const z of [-3, -0.5, 0, 0.7, 4]) expect(activate('sigmoid', z)).toBeCloseTo(1 / (1 + Math.exp(-z)), 14);
    expect(activate('sigmoid', -1000)).toBe(0);
    expect(activate('sigmoid', 1000)).toBe(1);
  });

  it('tanh, ReLU and linear match their definitions', () => {
    expect(activate('tanh', 0.5)).toBeCloseTo((Math.exp(1) - 1) / (Math.exp(1) + 1), 14);
    expect([-1.5, 0, 2.5].map((z) => activate('relu', z))).toEqual([0, 0, 2.5]);
    expect(activate('linear', -1.25)).toBe(-1.25);
  });
});

describe('runNeuron', () => {
  it('multiplies each input by its weight, adds them and the bias, then applies f', () => {
    const r = runNeuron([1, 0.5, -2], [0.8, -0.4, 0.25], 0.1, 'relu');
    expect(r.products).toEqual([0.8, -0.2, -0.5]);
    expect(r.z).toBeCloseTo(0.2, 14);
    expect(r.a).toBeCloseTo(0.2, 14);
  });

  it('every activation sees the same z', () => {
    for (const f of NEURON_ACTIVATIONS) {
      const r = runNeuron([2, -1], [0.5, 1.5], -1, f);
      expect(r.z).toBeCloseTo(-1.5, 14);
      expect(r.a).toBe(activate(f, r.z));
    }
  });

  it('refuses inputs and weights of different lengths, saying why', () => {
    expect(() => runNeuron([1, 2], [1], 0, 'linear')).toThrow(/2 inputs but 1 weights/);
  });
});

describe('activationCurve and chartDomain', () => {
  it('samples the curve across the domain, with a vertical jump for the step', () => {
    const curve = activationCurve('sigmoid', -6, 6, 13);
    expect(curve).toHaveLength(13);
    expect(curve[0].z).toBe(-6);
    expect(curve[12].z).toBe(6);
    const step = activationCurve('step', -1, 1, 5);
    expect(step.filter((p) => p.z === 0).map((p) => p.a)).toEqual([0, 1, 1]);
  });

  it('shows [-6, 6] and widens to keep z visible', () => {
    expect(chartDomain(0.3)).toEqual([-6, 6]);
    expect(chartDomain(9.2)).toEqual([-6, 11]);
    expect(chartDomain(-14.5)).toEqual([-16, 6]);
    expect(chartDomain(Number.NaN)).toEqual([-6, 6]);
  });
});
