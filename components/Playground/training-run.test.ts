import { describe, expect, it } from 'vitest';
import { createReferenceNetwork } from '../../src/engine/index.ts';
import { createRng, deriveSeed } from '../../src/engine/rng.ts';
import type { Dataset, NetworkSpec, TrainConfig } from '../../src/engine/types.ts';
import { TrainingRun } from './training-run.ts';

const spec: NetworkSpec = { inputs: 2, layers: [{ units: 4, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy', seed: 7 };

/** n points, label = 1 inside the unit circle (flipped when `flip`). */
function circle(n: number, seed: number, flip = false): Dataset {
  const rng = createRng(seed);
  const inputs = new Float32Array(2 * n);
  const targets = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const x = rng.next() * 4 - 2;
    const y = rng.next() * 4 - 2;
    inputs.set([x, y], 2 * i);
    targets[i] = (x * x + y * y < 1.5) !== flip ? 1 : 0;
  }
  return { n, inputSize: 2, targetSize: 1, inputs, targets };
}

const config: TrainConfig = { learningRate: 0.3, batchSize: 7, seed: 3, optimizer: { kind: 'adam' } };

describe('a training run in slices', () => {
  it('matches a plain loop with the engine-semantics shuffle, batch for batch', () => {
    const train = circle(30, 1);
    const run = new TrainingRun(createReferenceNetwork(spec), train, circle(10, 2), config);
    run.stepEpoch();
    run.stepEpoch();
    expect(run.epoch).toBe(2);

    const net = createReferenceNetwork(spec);
    const rng = createRng(deriveSeed(3, 1));
    const order = Array.from({ length: 30 }, (_, i) => i);
    for (let epoch = 0; epoch < 2; epoch++) {
      for (let i = order.length - 1; i > 0; i--) { const j = rng.int(i + 1); [order[i], order[j]] = [order[j]!, order[i]!]; }
      for (let s = 0; s < 30; s += 7) {
        const idx = order.slice(s, s + 7);
        net.trainStep(idx.flatMap((k) => [train.inputs[2 * k]!, train.inputs[2 * k + 1]!]), idx.map((k) => train.targets[k]!), idx.length, config, epoch);
      }
    }
    expect(run.network.getParameters()).toEqual(net.getParameters());
    expect(run.history.map((h) => h.epoch)).toEqual([0, 1, 2]);
    expect(run.history[2]!.trainLoss).toBeCloseTo(net.evaluate(train).loss, 12);
  });

  it('gives the same weights however the time slices fall', () => {
    const a = new TrainingRun(createReferenceNetwork(spec), circle(30, 1), circle(10, 2), config);
    for (let e = 0; e < 3; e++) a.stepEpoch();
    let t = 0;
    const b = new TrainingRun(createReferenceNetwork(spec), circle(30, 1), circle(10, 2), config, { now: () => (t += 1) });
    while (b.epoch < 3) b.runFor(2, 3); // two batches a slice: slices straddle epoch boundaries
    expect(b.network.getParameters()).toEqual(a.network.getParameters());
  });

  it('reports divergence with the step and the learning rate, and stops', () => {
    const big: Dataset = { n: 4, inputSize: 2, targetSize: 1, inputs: new Float32Array([1e3, -1e3, 2e3, 5e2, -1e3, 1e3, 3e3, 3e3]), targets: new Float32Array([10, -10, 5, 7]) };
    const regression: NetworkSpec = { inputs: 2, layers: [{ units: 8, activation: 'relu' }, { units: 1, activation: 'linear' }], loss: 'mse', seed: 1 };
    const run = new TrainingRun(createReferenceNetwork(regression), big, big, { learningRate: 10, batchSize: 4 });
    for (let i = 0; i < 50 && run.stepBatch(); i++);
    expect(run.status.kind).toBe('diverged');
    if (run.status.kind === 'diverged') expect(run.status.reason).toMatch(/learning rate, 10, is probably too high/);
    expect(run.stepBatch()).toBe(false);
  });

  it('stops early when the test loss stops improving, and restores the best weights', () => {
    const net = createReferenceNetwork(spec);
    const initial = net.getParameters();
    // The test labels are the opposite of the training labels: learning makes the test loss worse.
    const run = new TrainingRun(net, circle(40, 1), circle(40, 1, true), { ...config, learningRate: 0.1 }, { earlyStopping: { patience: 3 } });
    for (let e = 0; e < 20 && run.canTrain; e++) run.stepEpoch();
    expect(run.status.kind).toBe('stopped');
    expect(run.bestEpoch).toBe(0);
    expect(run.epoch).toBe(3);
    expect(net.getParameters()).toEqual(initial);
  });
});
