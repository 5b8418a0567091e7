import { describe, expect, it } from 'vitest';
import { raceVerdict } from './strings.ts';

describe('CrossEntropyRace verdict', () => {
  it('judges the prediction by the winner it is given, and names the misconception behind a wrong one', () => {
    expect(raceVerdict('binaryCrossEntropy', 'binaryCrossEntropy', 71, 5, 56).correct).toBe(true);
    expect(raceVerdict('mse', 'binaryCrossEntropy', 71, 5, 56).text).toMatch(/more wrong, the bigger the step/);
    expect(raceVerdict('tie', 'binaryCrossEntropy', undefined, 5, 56).text).toMatch(/Squared error: ŷ still below 0.5 after all 120 steps; cross-entropy: ŷ passed 0.5 after 5 steps\./);
    expect(raceVerdict('tie', 'tie', 3, 3, 1).correct).toBe(true);
  });
});
