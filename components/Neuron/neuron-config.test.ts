import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig, validateConfig } from './neuron-config.ts';

describe('Neuron settings', () => {
  it('fills in defaults, and one default weight per given input', () => {
    expect(validateConfig({})).toEqual(DEFAULT_CONFIG);
    expect(validateConfig({ inputs: [1, 2, 3] }).weights).toEqual([0.5, 0.5, 0.5]);
  });

  it('keeps values within the sliders\' ranges', () => {
    expect(validateConfig({ inputs: [9, -9], weights: [0.5, 0.5], bias: -7 })).toMatchObject({ inputs: [3, -3], bias: -3 });
  });

  it('refuses what the widget cannot show, saying what is allowed', () => {
    expect(() => validateConfig({ inputs: [1] })).toThrow(/2 to 4/);
    expect(() => validateConfig({ inputs: [1, 2], weights: [1] })).toThrow(/one weight per input/);
    expect(() => validateConfig({ activation: 'softmax' as never })).toThrow(/step, sigmoid, tanh, relu or linear/);
    expect(() => validateConfig({ bias: Number.NaN })).toThrow(/finite/);
  });

  it('parses the attribute in the page, and survives a broken one', () => {
    expect(parseConfig(JSON.stringify({ inputs: [1, 2], weights: [3, -1], bias: 0, activation: 'relu' }))).toEqual({
      inputs: [1, 2], weights: [3, -1], bias: 0, activation: 'relu',
    });
    expect(parseConfig('{oops')).toEqual(DEFAULT_CONFIG);
  });
});
