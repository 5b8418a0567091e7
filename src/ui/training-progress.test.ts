import { describe, expect, it } from 'vitest';
import { describeTrainingProgress, stepsPerEpoch } from './training-progress.ts';

describe('the training-progress line', () => {
  it('counts steps an epoch as batches, the last one smaller', () => {
    expect(stepsPerEpoch(30, 10)).toBe(3);
    expect(stepsPerEpoch(31, 10)).toBe(4);
    expect(stepsPerEpoch(12, 8)).toBe(2);
    expect(stepsPerEpoch(5, 50)).toBe(1);
    expect(stepsPerEpoch(0, 8)).toBe(0);
  });
  it('says epoch, step and batch in the Notation page\'s words', () => {
    expect(describeTrainingProgress({ epoch: 12, epochs: 200, batchSize: 10, trainSize: 30 }))
      .toBe('Epoch 12 of 200 · 36 steps · batches of 10 of 30 training points (3 steps an epoch)');
    expect(describeTrainingProgress({ epoch: 1, batchSize: 8, trainSize: 12 }))
      .toBe('Epoch 1 · 2 steps · batches of 8 of 12 training points (2 steps an epoch)');
  });
  it('says when there is nothing to train on yet', () => {
    expect(describeTrainingProgress({ epoch: 0, batchSize: 8, trainSize: 0 })).toBe('Epoch 0 · 0 steps · no training examples yet');
  });
  it('says when every step uses the whole training set, and takes a step count it is given', () => {
    expect(describeTrainingProgress({ epoch: 3, batchSize: 1, trainSize: 1, steps: 3 }))
      .toBe('Epoch 3 · 3 steps · each step uses the one training example (one step an epoch)');
  });
  it('for a loss that is a formula of the weights, counts steps only, with no epochs or batches', () => {
    expect(describeTrainingProgress({ formula: true, step: 40, steps: 150 }))
      .toBe('Step 40 of 150 · no examples, so no epochs or batches: the loss is a formula of the weights, and each step uses its exact gradient');
  });
});
