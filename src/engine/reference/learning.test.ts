// Does the reference engine actually learn? A 2-8-8-1 tanh network (sigmoid output, binary cross-entropy,
// Adam) on a seeded, slightly noisy two-spirals set must reach 97 % training accuracy: the classic
// "needs hidden layers" problem. It trains in chunks and stops as soon as it gets there (about 250–300
// epochs of 50 steps, around a second or two on one core); the WASM engine has the bigger spirals and
// MNIST learning tests.

import { describe, expect, it } from 'vitest';
import { spirals } from '../data/points.ts';
import { createTrainer } from '../trainer.ts';
import { createReferenceNetwork } from './network.ts';

describe('learning with the reference engine', () => {
  it('a 2-8-8-1 tanh network separates two spirals (≥ 97 % accuracy)', () => {
    const data = spirals({ n: 200, noise: 0.1, seed: 7 });
    const net = createReferenceNetwork({
      inputs: 2,
      layers: [
        { units: 8, activation: 'tanh' },
        { units: 8, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
      loss: 'binaryCrossEntropy',
      seed: 2,
    });
    const before = net.evaluate(data);
    const trainer = createTrainer(net, { train: data, config: { learningRate: 0.01, batchSize: 4, optimizer: { kind: 'adam' }, seed: 2 } });
    let accuracy = 0;
    while (trainer.epoch < 600 && accuracy < 0.97) {
      expect(trainer.runEpochs(10).status).toBe('ok');
      accuracy = trainer.history.at(-1)!.trainAccuracy!;
    }
    expect(accuracy).toBeGreaterThanOrEqual(0.97);
    expect(net.evaluate(data).accuracy).toBe(accuracy);
    expect(before.accuracy!).toBeLessThan(0.75); // it really had to learn
    expect(net.evaluate(data).loss).toBeLessThan(before.loss / 4);
  });
});
