import { describe, expect, it } from 'vitest';
import { compareTestLoss, regularizationFeedback, sizeFeedback, type SizeOutcome } from './feedback.ts';
import type { RunResult } from './run.ts';

const result = (trainLoss: number, testLoss: number, trainAccuracy = 1, testAccuracy = 0.8): RunResult =>
  ({ epochs: 100, trainLoss, testLoss, trainAccuracy, testAccuracy, status: 'finished' });

const outcomes: SizeOutcome[] = [
  { size: 1, fit: 'underfitting', result: result(0.52, 0.66, 0.7, 0.62), lowestTestLoss: 0.64 },
  { size: 4, fit: 'good fit', result: result(0.1, 0.4), lowestTestLoss: 0.38 },
  { size: 64, fit: 'overfitting', result: result(0.01, 0.9, 1, 0.82), lowestTestLoss: 0.45 },
];

describe('size feedback', () => {
  it('confirms the overfitting size, quoting its numbers, and denies it is always wrong', () => {
    const fb = sizeFeedback(64, outcomes);
    expect(fb.correct).toBe(true);
    expect(fb.text).toContain('0.450 to 0.900');
    expect(fb.text).toContain('82 %');
  });
  it('names underfitting when the reader picks the tiny network', () => {
    const fb = sizeFeedback(1, outcomes);
    expect(fb.correct).toBe(false);
    expect(fb.text).toMatch(/underfitting/);
    expect(fb.text).toMatch(/64 neurons/);
  });
  it('explains the middle size fits, and points at the overfitting one', () => {
    const fb = sizeFeedback(4, outcomes);
    expect(fb.correct).toBe(false);
    expect(fb.text).toMatch(/learnt the broad shape/);
    expect(fb.text).toMatch(/64 neurons/);
  });
  it('refuses a size that was not run', () => {
    expect(() => sizeFeedback(8, outcomes)).toThrow(/8 neurons/);
  });
});

describe('regularization feedback', () => {
  it('compares test losses with a 5 % band', () => {
    expect(compareTestLoss(result(0, 1), result(0, 0.94))).toBe('lower');
    expect(compareTestLoss(result(0, 1), result(0, 1.04))).toBe('same');
    expect(compareTestLoss(result(0, 1), result(0, 1.06))).toBe('higher');
  });
  it('names the misconception that a worse training loss means a worse network', () => {
    const fb = regularizationFeedback('higher', result(0.002, 0.6), result(0.04, 0.3));
    expect(fb).toMatchObject({ correct: false, outcome: 'lower' });
    expect(fb.text).toMatch(/training loss is not the goal/);
    expect(fb.text).toContain('0.600 without, 0.300 with');
  });
  it('says regularization is not free when it hurts', () => {
    const fb = regularizationFeedback('lower', result(0.5, 0.6), result(0.6, 0.7));
    expect(fb).toMatchObject({ correct: false, outcome: 'higher' });
    expect(fb.text).toMatch(/more capacity or training/);
  });
});
