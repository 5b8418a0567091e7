import { describe, expect, it } from 'vitest';
import { createReferenceNetwork } from './reference/network.ts';
import { createRng, deriveSeed } from './rng.ts';
import { createTrainer } from './trainer.ts';
import type { Dataset, Network, NetworkSpec } from './types.ts';

const spec: NetworkSpec = {
  inputs: 2,
  layers: [
    { units: 5, activation: 'tanh' },
    { units: 1, activation: 'sigmoid' },
  ],
  loss: 'binaryCrossEntropy',
  seed: 3,
};

/** n points, label 1 when x1 + x2 > 0; example i's first input is i (so batches reveal their indices). */
function indexedData(n: number): Dataset {
  const rng = createRng(77);
  const inputs = new Float32Array(2 * n);
  const targets = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    inputs[2 * i] = i;
    inputs[2 * i + 1] = rng.normal();
    targets[i] = i % 2;
  }
  return { n, inputSize: 2, targetSize: 1, inputs, targets };
}

function separable(n: number, seed: number, flip = false): Dataset {
  const rng = createRng(seed);
  const inputs = new Float32Array(2 * n);
  const targets = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const x1 = rng.normal();
    const x2 = rng.normal();
    inputs[2 * i] = x1;
    inputs[2 * i + 1] = x2;
    targets[i] = (x1 + x2 > 0) !== flip ? 1 : 0;
  }
  return { n, inputSize: 2, targetSize: 1, inputs, targets };
}

/** Wraps a network and records each trainStep's example indices (read from the first input) and epoch. */
function recording(network: Network) {
  const calls: Array<{ indices: number[]; epoch: number | undefined }> = [];
  const spy: Network = Object.create(network);
  spy.trainStep = (inputs, targets, n, config, epoch) => {
    calls.push({ indices: Array.from({ length: n }, (_, b) => inputs[2 * b]!), epoch });
    return network.trainStep(inputs, targets, n, config, epoch);
  };
  return { spy, calls };
}

describe('createTrainer', () => {
  it('shuffles each epoch with Fisher-Yates on deriveSeed(seed, 1), continuing the order, in batches of batchSize', () => {
    const data = indexedData(7);
    const { spy, calls } = recording(createReferenceNetwork(spec));
    const trainer = createTrainer(spy, { train: data, config: { learningRate: 0.1, batchSize: 3, seed: 12 } });
    expect(trainer.runEpochs(2)).toEqual({ status: 'ok', epoch: 2, step: 6 });

    const rng = createRng(deriveSeed(12, 1));
    const order = [0, 1, 2, 3, 4, 5, 6];
    const expected: Array<{ indices: number[]; epoch: number }> = [];
    for (let epoch = 0; epoch < 2; epoch++) {
      for (let i = order.length - 1; i >= 1; i--) {
        const j = rng.int(i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      expected.push({ indices: order.slice(0, 3), epoch }, { indices: order.slice(3, 6), epoch }, { indices: order.slice(6), epoch });
    }
    expect(calls).toEqual(expected);
  });

  it('gives the same weights whether run in slices of steps or whole epochs', () => {
    const data = separable(50, 1);
    const config = { learningRate: 0.2, batchSize: 8, optimizer: { kind: 'adam' as const }, seed: 4 };
    const a = createReferenceNetwork(spec);
    const b = createReferenceNetwork(spec);
    const whole = createTrainer(a, { train: data, config });
    const sliced = createTrainer(b, { train: data, config });
    whole.runEpochs(3);
    expect(whole.stepsPerEpoch).toBe(7);
    while (sliced.epoch < 3) sliced.runSteps(2);
    expect(sliced.step).toBe(22); // 2-step slices overshoot epoch 3's last step by one
    const c = createReferenceNetwork(spec);
    const exact = createTrainer(c, { train: data, config });
    exact.runSteps(21);
    expect(c.getParameters()).toEqual(a.getParameters());
    expect(exact.history).toEqual(whole.history);
  });

  it('records per-epoch history: scheduled learning rate, train and validation loss and accuracy', () => {
    const train = separable(60, 2);
    const validation = separable(30, 3);
    const net = createReferenceNetwork(spec);
    const config = { learningRate: 0.5, batchSize: 10, schedule: { kind: 'step' as const, every: 2, factor: 0.5 } };
    const trainer = createTrainer(net, { train, validation, config });
    trainer.runEpochs(4);
    expect(trainer.history.map((h) => h.learningRate)).toEqual([0.5, 0.5, 0.25, 0.25]);
    expect(trainer.history.map((h) => h.step)).toEqual([6, 12, 18, 24]);
    const last = trainer.history[3]!;
    expect(last.trainLoss).toBe(net.evaluate(train).loss);
    expect(last.validationLoss).toBe(net.evaluate(validation).loss);
    expect(last.validationAccuracy).toBe(net.evaluate(validation).accuracy);
    expect(last.trainAccuracy).toBeGreaterThan(0.9); // a linearly separable set
    expect(trainer.history[0]!.meanBatchLoss).toBeGreaterThan(last.meanBatchLoss);
  });

  it('reports divergence, naming the step and quoting the learning rate', () => {
    const data: Dataset = { n: 4, inputSize: 1, targetSize: 1, inputs: new Float32Array([1, 2, 3, 4]), targets: new Float32Array([1e3, 2e3, 3e3, 4e3]) };
    const net = createReferenceNetwork({ inputs: 1, layers: [{ units: 1, activation: 'linear' }], loss: 'mse' });
    const trainer = createTrainer(net, { train: data, config: { learningRate: 10, batchSize: 2 } });
    const result = trainer.runEpochs(200);
    expect(result.status).toBe('diverged');
    if (result.status !== 'diverged') return;
    expect(result.reason).toMatch(new RegExp(`^training diverged at step ${result.step} \\(epoch ${result.epoch + 1}\\)`));
    expect(result.reason).toContain('learning rate 10 is probably too high');
    expect(result.step).toBeLessThan(400);
    expect(net.getParameters().weights[0]!.every(Number.isFinite)).toBe(true); // the reference skipped the bad update
    expect(trainer.runSteps(5)).toBe(result); // stays diverged
  });

  for (const path of ['the engine\'s own check', 'the getParameters sum']) {
    it(`notices a parameter gone non-finite even when the loss was finite (${path})`, () => {
      const net = createReferenceNetwork(spec);
      const broken = Object.create(net) as Network & { parametersAreFinite?: unknown };
      if (path === 'the getParameters sum') broken.parametersAreFinite = undefined;
      broken.trainStep = (...args) => {
        const loss = net.trainStep(...args);
        (net as unknown as { params: { biases: number[][] } }).params.biases[1]![0] = NaN; // an overflow inside the update
        return loss;
      };
      const result = createTrainer(broken, { train: separable(20, 5), config: { learningRate: 0.1, batchSize: 5 } }).runSteps(3);
      expect(result).toMatchObject({ status: 'diverged', step: 1, epoch: 0 });
      if (result.status === 'diverged') expect(result.reason).toContain('a weight became NaN or infinite');
    });
  }

  it('stops early after `patience` epochs without improvement and restores the best weights', () => {
    // Validation labels are the opposite of the training labels, so validation loss rises as training succeeds.
    const train = separable(40, 6);
    const validation = separable(40, 6, true);
    const net = createReferenceNetwork(spec);
    const trainer = createTrainer(net, { train, validation, config: { learningRate: 0.3, batchSize: 10 }, earlyStopping: { patience: 3, restoreBest: true } });
    const result = trainer.runEpochs(50);
    expect(result.status).toBe('stopped');
    if (result.status !== 'stopped') return;
    const losses = trainer.history.map((h) => h.validationLoss!);
    const bestEpoch = losses.indexOf(Math.min(...losses));
    expect(result.bestEpoch).toBe(bestEpoch);
    expect(trainer.bestEpoch).toBe(bestEpoch);
    expect(trainer.history.length).toBe(bestEpoch + 1 + 3);
    expect(result.reason).toContain(`best was epoch ${bestEpoch + 1}`);
    expect(net.evaluate(validation).loss).toBe(losses[bestEpoch]); // the best epoch's weights are back
    expect(trainer.runEpochs(1)).toBe(result);

    const kept = createReferenceNetwork(spec);
    const noRestore = createTrainer(kept, { train, validation, config: { learningRate: 0.3, batchSize: 10 }, earlyStopping: { patience: 3, restoreBest: false } });
    noRestore.runEpochs(50);
    expect(kept.evaluate(validation).loss).toBe(losses[losses.length - 1]);
  });

  it('applies the augment hook to a copy of each batch, with its own seeded stream', () => {
    const data = indexedData(6);
    const before = Array.from(data.inputs);
    const seen: number[][] = [];
    const net = createReferenceNetwork(spec);
    const trainer = createTrainer(net, {
      train: data,
      config: { learningRate: 0.01, batchSize: 4, seed: 8 },
      augment: (batch, rng) => {
        seen.push(Array.from(batch.indices));
        for (let b = 0; b < batch.n; b++) expect(batch.inputs[2 * b]).toBe(batch.indices[b]); // rows match indices
        batch.inputs[1] = rng.next();
      },
    });
    trainer.runEpochs(1);
    expect(seen.map((s) => s.length)).toEqual([4, 2]);
    expect(Array.from(data.inputs)).toEqual(before);
  });

  it('rejects bad options with clear messages', () => {
    const net = createReferenceNetwork(spec);
    const train = separable(10, 1);
    expect(() => createTrainer(net, { train: { ...train, n: 0 }, config: { learningRate: 0.1 } })).toThrow(/empty/);
    expect(() => createTrainer(net, { train, config: { learningRate: -1 } })).toThrow(/learning rate/);
    expect(() => createTrainer(net, { train, config: { learningRate: 0.1 }, earlyStopping: { patience: 0, restoreBest: true } })).toThrow(/patience/);
    const three = { n: 1, inputSize: 3, targetSize: 1, inputs: new Float32Array(3), targets: new Float32Array(1) };
    expect(() => createTrainer(net, { train, validation: three, config: { learningRate: 0.1 } })).toThrow('the data set has 3 inputs per example but the network takes 2');
    const trainer = createTrainer(net, { train, config: { learningRate: 0.1 } });
    expect(() => trainer.setConfig({ learningRate: 1e9 })).toThrow(/≤ 10, got 1000000000/);
    expect(() => trainer.runSteps(-1)).toThrow('runSteps needs a whole number of steps ≥ 0, got -1');
    expect(() => trainer.runEpochs(0.5)).toThrow('runEpochs needs a whole number of epochs ≥ 0, got 0.5');
    expect(() => createTrainer(net, { train, config: { learningRate: 0.1 }, earlyStopping: { patience: 2, restoreBest: true, minDelta: -1 } })).toThrow(/minDelta/);
  });

  it('runFor trains at least one step and respects maxSteps', () => {
    const trainer = createTrainer(createReferenceNetwork(spec), { train: separable(30, 1), config: { learningRate: 0.1 } });
    trainer.runFor(0);
    expect(trainer.step).toBe(1);
    trainer.runFor(10_000, 4);
    expect(trainer.step).toBe(5);
  });
});
