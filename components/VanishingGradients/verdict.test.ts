import { describe, expect, it } from 'vitest';
import { vanishingGradients as en } from '../../src/i18n/en/vanishing-gradients.ts';
import { vanishingGradients as es } from '../../src/i18n/es/vanishing-gradients.ts';

describe('VanishingGradients verdict', () => {
  it('is right exactly when the choice is the measured trend, and states the ratio', () => {
    expect(en.verdict('vanishes', 'vanishes', 2e-4, 6)).toEqual({ correct: true, text: expect.stringContaining("Layer 1's gradient is 2.0 × 10⁻⁴ times layer 6's: under a tenth.") });
    expect(en.verdict('same', 'same', 0.8, 3).correct).toBe(true);
    expect(en.verdict('explodes', 'vanishes', 2e-4, 6).correct).toBe(false);
    expect(es.verdict('vanishes', 'vanishes', 2e-4, 6)).toEqual({ correct: true, text: expect.stringContaining('El gradiente de la capa 1 es 2,0 × 10⁻⁴ veces el de la capa 6: menos de una décima parte.') });
  });

  it('names the idea behind each wrong answer', () => {
    expect(en.verdict('same', 'vanishes', 2e-4, 6).text).toMatch(/equal share of the blame/);
    expect(en.verdict('explodes', 'vanishes', 2e-4, 6).text).toMatch(/gradients can explode, when the factors are above 1/);
    expect(en.verdict('vanishes', 'same', 0.9, 1).text).toMatch(/product of factors stays near 1/);
  });
});
