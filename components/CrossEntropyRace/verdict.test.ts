import { describe, expect, it } from 'vitest';
import { crossEntropyRace as en } from '../../src/i18n/en/cross-entropy-race.ts';
import { crossEntropyRace as es } from '../../src/i18n/es/cross-entropy-race.ts';

describe('CrossEntropyRace verdict', () => {
  it('judges the prediction by the winner it is given, and names the misconception behind a wrong one', () => {
    expect(en.verdict('binaryCrossEntropy', 'binaryCrossEntropy', 71, 5, 56).correct).toBe(true);
    expect(en.verdict('mse', 'binaryCrossEntropy', 71, 5, 56).text).toMatch(/more wrong, the bigger the step/);
    expect(en.verdict('tie', 'binaryCrossEntropy', undefined, 5, 56).text).toMatch(/Squared error: ŷ still below 0.5 after all 120 steps; cross-entropy: ŷ passed 0.5 after 5 steps\./);
    expect(en.verdict('tie', 'tie', 3, 3, 1).correct).toBe(true);
  });

  it('gives the same verdicts in Spanish, with numbers written the Spanish way', () => {
    for (const [choice, winner] of [['mse', 'binaryCrossEntropy'], ['tie', 'tie'], ['binaryCrossEntropy', 'mse']] as const) {
      expect(es.verdict(choice, winner, 71, 5, 56).correct).toBe(en.verdict(choice, winner, 71, 5, 56).correct);
    }
    expect(es.verdict('tie', 'binaryCrossEntropy', undefined, 5, 56).text).toMatch(/Error cuadrático: ŷ sigue por debajo de 0,5 tras los 120 pasos; entropía cruzada: ŷ superó 0,5 tras 5 pasos\./);
  });
});
