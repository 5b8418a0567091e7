// The cell API as a cell's code uses it, run through the Node harness: networks against the reference
// engine, data sets against the engine's generators, train() against the engine's trainer, check.grad.

import { describe, expect, it } from 'vitest';
import { moons } from '../../engine/data/points.ts';
import { splitTrainTest } from '../../engine/data/split.ts';
import { createReferenceNetwork } from '../../engine/reference/network.ts';
import { createTrainer } from '../../engine/trainer.ts';
import { Value } from '../../engine/value.ts';
import { INSPECT } from '../contract.ts';
import { checkGrad } from './check-grad.ts';
import { createCellApi } from './index.ts';
import { recordingOutput, runCell } from './node-harness.ts';

const spec = {
  inputs: 2,
  layers: [
    { units: 5, activation: 'tanh' as const },
    { units: 1, activation: 'sigmoid' as const },
  ],
  seed: 3,
};

describe('network(spec)', () => {
  it('gives the reference engine’s outputs and gradients as plain arrays', async () => {
    const { out, recorded } = recordingOutput();
    const api = createCellApi(out) as { network: (s: typeof spec) => any; data: (name: string, o?: object) => any };
    const net = api.network(spec);
    const reference = createReferenceNetwork({ ...spec, loss: 'binaryCrossEntropy' });
    expect(net.forward([0.5, -1])).toEqual(Array.from(reference.predict([0.5, -1], 1)));
    const rows = net.forward([[0.5, -1], [2, 3]]);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(Array.from(reference.predict([2, 3], 1)));
    expect(net.parameterCount).toBe(2 * 5 + 5 + 5 * 1 + 1);
    expect(net[INSPECT]()).toBe('Network 2 → 5 tanh → 1 sigmoid, loss binaryCrossEntropy, 21 parameters, seed 3');

    const d = api.data('moons', { n: 20, seed: 4 });
    const engineSet = moons({ n: 20, seed: 4 });
    const g = net.gradients(d);
    const r = reference.gradients(engineSet.inputs, engineSet.targets, 20);
    expect(g.loss).toBe(r.loss);
    expect(g.weights).toEqual(r.dWeights);
    expect(net.evaluate(d)).toEqual(reference.evaluate(engineSet));
    expect(recorded.logs).toEqual([]);
  });

  it('explains a wrong input in words', () => {
    const { out } = recordingOutput();
    const api = createCellApi(out) as { network: (s: unknown) => any };
    expect(() => api.network({ inputs: 2 })).toThrow(/needs a spec like/);
    expect(() => api.network(spec).forward([1, 2, 3])).toThrow('Input 0 has 3 numbers; this network takes 2.');
    expect(() => api.network({ ...spec, layers: [{ units: 0, activation: 'tanh' }] })).toThrow(/layers\[0\] has 0 units/);
  });

  it('reaches the page as plain data (toJSON), and a structured clone of it carries no engine state', () => {
    const { out } = recordingOutput();
    const net = (createCellApi(out) as { network: (s: typeof spec) => any }).network(spec);
    expect(structuredClone(net.toJSON()).format).toBe('nn101-network');
    expect(structuredClone(net)).toEqual({});
  });
});

describe('data(name, options)', () => {
  it('gives the engine’s points, labels and targets for the seed, and prints a summary', async () => {
    const recorded = await runCell(`
      const d = data('moons', { n: 30, noise: 0.1, seed: 9 });
      console.log(d);
      console.log(d.inputs[0], d.labels[0], d.targets[0]);
      const { train: a, test: b } = split(d, 0.8, 2);
      console.log(a.n, b.n);
    `);
    const engineSet = moons({ n: 30, noise: 0.1, seed: 9 });
    expect(recorded.logs[0]).toBe('moons: 30 examples of 2 numbers, 2 classes (15 / 15)');
    expect(recorded.logs[1]).toBe(`${JSON.stringify([engineSet.points[0], engineSet.points[1]])} ${engineSet.labels[0]} ${JSON.stringify([engineSet.targets[0]])}`);
    expect(recorded.logs[2]).toBe('24 6');
  });

  it('survives structured cloning (the runtime posts it to the page) and names the sets it knows', async () => {
    const { out } = recordingOutput();
    const api = createCellApi(out) as { data: (name: string, o?: object) => any };
    for (const name of ['spirals', 'circle', 'moons', 'xor', 'gaussian']) {
      const d = api.data(name, { n: 8 });
      expect(structuredClone(d).inputs).toEqual(d.inputs);
    }
    expect(() => api.data('blobs')).toThrow('There is no data set called "blobs". Try one of: spirals, circle, moons, xor, gaussian (and digits(), which loads handwritten digits).');
    expect(() => api.data('moons', { n: 0 })).toThrow(/n must be a whole number/);
  });
});

describe('train(net, data, options)', () => {
  it('yields the engine trainer’s epoch records and draws each on the live chart', async () => {
    const recorded = await runCell(`
      const net = network(${JSON.stringify(spec)});
      const all = data('moons', { n: 60, noise: 0.2, seed: 5 });
      const { train: trainSet, test } = split(all, 0.75, 5);
      for await (const epoch of train(net, trainSet, { epochs: 4, learningRate: 0.3, batchSize: 5, validation: test, weights: true })) {
        console.log(JSON.stringify(epoch));
      }
    `);
    const engineNet = createReferenceNetwork({ ...spec, loss: 'binaryCrossEntropy' });
    const all = moons({ n: 60, noise: 0.2, seed: 5 });
    const { train, test } = splitTrainTest(all, 0.75, 5);
    const trainer = createTrainer(engineNet, { train, validation: test, config: { learningRate: 0.3, batchSize: 5, optimizer: { kind: 'sgd' }, seed: 1 } });
    trainer.runEpochs(4);
    const records = recorded.logs.map((line) => JSON.parse(line));
    expect(records).toHaveLength(4);
    records.forEach((record, e) => {
      const h = trainer.history[e]!;
      expect(record.epoch).toBe(e);
      expect(record.loss).toBe(h.trainLoss);
      expect(record.validationLoss).toBe(h.validationLoss);
      expect(record.accuracy).toBe(h.trainAccuracy);
    });
    expect(records[3].weights).toEqual(engineNet.getParameters());
    expect(recorded.losses.map((p) => [p.run, p.epoch, p.loss])).toEqual(trainer.history.map((h) => [1, h.epoch, h.trainLoss]));
  });

  it('runs to the end when awaited, stops when the loop breaks, and says when training diverges', async () => {
    const recorded = await runCell(`
      const net = network(${JSON.stringify(spec)});
      const d = data('xor', { n: 40, seed: 2 });
      const history = await train(net, d, { epochs: 3 });
      console.log(history.length);
      let seen = 0;
      for await (const e of train(net, d, { epochs: 50 })) { seen++; if (e.epoch === 1) break; }
      console.log(seen);
      try {
        await train(network({ inputs: 2, layers: [{ units: 1, activation: 'linear' }], loss: 'mse' }), data('xor', { n: 40 }), { learningRate: 10, epochs: 100, batchSize: 40 });
      } catch (error) {
        console.log(error.message);
      }
    `);
    expect(recorded.logs[0]).toBe('3');
    expect(recorded.logs[1]).toBe('2');
    expect(recorded.logs[2]).toMatch(/diverged/i);
    expect(new Set(recorded.losses.map((p) => p.run))).toEqual(new Set([1, 2, 3]));
  });

  it('measures a test set without letting it decide, and stops early on the validation loss', async () => {
    const recorded = await runCell(`
      const all = data('spirals', { n: 120, noise: 0.3, seed: 2 });
      const { train: rest, test } = split(all, 0.75, 1);
      const { train: trainSet, test: validation } = split(rest, 0.8, 2);
      const net = network({ inputs: 2, layers: [{ units: 16, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }], seed: 4 });
      const history = await train(net, trainSet, { epochs: 400, learningRate: 0.05, optimizer: 'adam', validation, test, patience: 5 });
      console.log(history.length, history.every((e) => e.testLoss > 0 && e.validationLoss > 0));
    `);
    expect(recorded.logs[0]).toMatch(/^Stopped early after epoch \d+: the validation loss has not improved for 5 epochs/);
    const [epochs, measured] = recorded.logs[1]!.split(' ');
    expect(Number(epochs)).toBeLessThan(400);
    expect(measured).toBe('true');
  });

  it('refuses what it cannot do, in words', async () => {
    const { out } = recordingOutput();
    const api = createCellApi(out) as any;
    const net = api.network(spec);
    const d = api.data('moons', { n: 10 });
    expect(() => api.train({}, d)).toThrow('train(net, data, options) needs a network made with network(spec) first.');
    expect(() => api.train(net, d, { epochs: 0 })).toThrow('epochs must be a whole number from 1 to 10000, got 0.');
    expect(() => api.train(net, d, { optimizer: 'rmsprop' })).toThrow('There is no optimiser "rmsprop". Use "sgd", "momentum" or "adam".');
    expect(() => api.train(net, { inputs: [[1, 2]], targets: [[1], [0]] })).toThrow('The data set has 1 rows of inputs but 2 rows of targets: they need one row each.');
  });
});

describe('check.grad(f, at)', () => {
  const sigmoidOp = (x: Value, derivative: (s: number) => number) => {
    const s = 1 / (1 + Math.exp(-x.data));
    return new Value(s, [x], [derivative(s)]);
  };

  it('passes a right derivative and shows the numbers', () => {
    const verdict = checkGrad((x) => sigmoidOp(x as Value, (s) => s * (1 - s)), 0.7);
    expect(verdict.passed).toBe(true);
    expect(verdict.message).toMatch(/^Your derivative agrees with the measured slope: at 0.7, 0.2217/);
  });

  it('fails a wrong derivative with both numbers, and names a result cut off from its input', () => {
    const wrong = checkGrad((x) => sigmoidOp(x as Value, (s) => s), 0.7);
    expect(wrong.passed).toBe(false);
    expect(wrong.message).toMatch(/^Your derivative at 0.7 is 0.668188, but the slope measured by finite differences is 0.2217/);
    const cut = checkGrad((x) => new Value(Math.tanh((x as Value).data)), [0.3]);
    expect(cut.passed).toBe(false);
    expect(cut.misconception).toMatch(/without listing x as its input/);
    // Connected, with a placeholder derivative of 0: the numbers say it, no misconception is guessed.
    const zero = checkGrad((x) => new Value(Math.tanh((x as Value).data), [x as Value], [0]), [0.3]);
    expect(zero.passed).toBe(false);
    expect(zero.misconception).toBeUndefined();
  });

  it('checks several arguments and reports through the page', async () => {
    const recorded = await runCell(`
      const v = check.grad((a, b) => a.mul(b).add(a.tanh()), [0.4, -1.3]);
      console.log(v.passed);
    `);
    expect(recorded.logs).toEqual(['true']);
    expect(recorded.verdicts).toHaveLength(1);
    expect(recorded.verdicts[0]!.passed).toBe(true);
  });

  it('explains a misuse', () => {
    expect(() => checkGrad((() => 3) as never, 1)).toThrow('check.grad: the function returned a number, not a Value built from its arguments.');
    expect(() => checkGrad((x) => x, [] as never)).toThrow(/needs a point/);
  });

  it('lets cell code declare a name that is also a global', async () => {
    const recorded = await runCell(`const data = [1, 2]; const train = 3; console.log(data.length + train);`);
    expect(recorded.logs).toEqual(['5']);
  });

  it('prints Values readably', async () => {
    const recorded = await runCell(`const a = new Value(2); const b = a.mul(a); b.backward(); console.log(a, b);`);
    expect(recorded.logs).toEqual(['Value(data=2, grad=4) Value(data=4, grad=1)']);
  });
});
