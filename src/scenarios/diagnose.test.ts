import { describe, expect, it } from 'vitest';
import { diagnose, type EpochLosses } from './diagnose.ts';

const curve = (pairs: [number, number][]): EpochLosses[] => pairs.map(([trainLoss, testLoss]) => ({ trainLoss, testLoss }));

describe('diagnose', () => {
  it('calls a run underfitting when it stays wrong on its own training data', () => {
    expect(diagnose(curve([[0.69, 0.69], [0.55, 0.6], [0.5, 0.62]]))).toBe('underfitting');
  });
  it('calls a run overfitting when training loss is low and the test loss has climbed from its lowest point', () => {
    expect(diagnose(curve([[0.6, 0.6], [0.2, 0.35], [0.02, 0.7]]))).toBe('overfitting');
  });
  it('calls a low, flat test curve a good fit even with a gap to the training loss', () => {
    expect(diagnose(curve([[0.6, 0.6], [0.2, 0.4], [0.1, 0.42]]))).toBe('good fit');
  });
  it('refuses an empty history', () => {
    expect(() => diagnose([])).toThrow(/not trained/);
  });
});
