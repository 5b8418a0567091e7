import { describe, expect, it } from 'vitest';
import { depthVerdict } from './strings.ts';

describe('VanishingGradients verdict', () => {
  it('is right exactly when the choice is the measured trend, and states the ratio', () => {
    expect(depthVerdict('vanishes', 'vanishes', 2e-4, 6)).toEqual({ correct: true, text: expect.stringContaining("Layer 1's gradient is 2.0 × 10⁻⁴ times layer 6's: under a tenth.") });
    expect(depthVerdict('same', 'same', 0.8, 3).correct).toBe(true);
    expect(depthVerdict('explodes', 'vanishes', 2e-4, 6).correct).toBe(false);
  });

  it('names the idea behind each wrong answer', () => {
    expect(depthVerdict('same', 'vanishes', 2e-4, 6).text).toMatch(/equal share of the blame/);
    expect(depthVerdict('explodes', 'vanishes', 2e-4, 6).text).toMatch(/gradients can explode, when the factors are above 1/);
    expect(depthVerdict('vanishes', 'same', 0.9, 1).text).toMatch(/product of factors stays near 1/);
  });
});
