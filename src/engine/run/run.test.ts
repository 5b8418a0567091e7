// The training run in Node: the same numbers as the trainer it drives, whatever the slicing; early
// stopping watches the validation split only; divergence (NaN and the blow-up rule); the epoch limit;
// a bounded history; weights only when asked.
import { describe, expect, it } from 'vitest';
import { circle, spirals } from '../data/points.ts';
import { splitTrainTest } from '../data/split.ts';
import { createReferenceNetwork } from '../reference/network.ts';
import { createTrainer, type EpochRecord } from '../trainer.ts';
import type { Dataset, NetworkSpec, TrainConfig } from '../types.ts';
import { createRun, type RunReport } from './run.ts';

const spec: NetworkSpec = {
  inputs: 2,
  layers: [{ units: 6, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }],
  loss: 'binaryCrossEntropy',
  seed: 5,
};
const config: TrainConfig = { learningRate: 0.05, batchSize: 8, optimizer: { kind: 'adam' }, seed: 3 };
const { train, test } = splitTrainTest(circle({ n: 120, noise: 0.3, seed: 2 }), 0.75, 4);
const { train: fit, test: validation } = splitTrainTest(train, 0.8, 9);

/** Every record a run reports, in order, until its status leaves 'running' or `limit` calls. */
function drain(advance: () => RunReport, limit = 10_000): { records: EpochRecord[]; last: RunReport } {
  const records: EpochRecord[] = [];
  let last = advance();
  records.push(...last.records);
  for (let i = 0; i < limit && last.status === 'running'; i++) {
    last = advance();
    records.push(...last.records);
  }
  return { records, last };
}

describe('createRun', () => {
  it('trains exactly as the trainer does, with the test loss measured beside, whatever the slicing', () => {
    const byEpoch = createRun(createReferenceNetwork(spec), { train: fit, validation, test, config, epochs: 12 });
    const a = drain(() => byEpoch.advance({ epochs: 1 }));
    const bySteps = createRun(createReferenceNetwork(spec), { train: fit, validation, test, config, epochs: 12 });
    const b = drain(() => bySteps.advance({ steps: 5 }));
    const byTime = createRun(createReferenceNetwork(spec), { train: fit, validation, test, config, epochs: 12 });
    const c = drain(() => byTime.advance({ milliseconds: 0.5 }));

    const direct = createReferenceNetwork(spec);
    const trainer = createTrainer(direct, { train: fit, validation, test, config });
    trainer.runEpochs(12);
    for (const run of [a, b, c]) {
      expect(run.last.status).toBe('finished');
      expect(run.records).toEqual(trainer.history);
    }
    for (const run of [byEpoch, bySteps, byTime]) expect(run.network.getParameters()).toEqual(direct.getParameters());
    expect(a.records.map((r) => r.epoch)).toEqual([...Array(12).keys()]);
    expect(a.records[11]!.testLoss).toBe(direct.evaluate(test).loss);
    expect(a.records[11]!.validationLoss).toBe(direct.evaluate(validation).loss);
  });

  it('early stopping watches the validation split, not the test set, and keeps the best epoch\'s weights', () => {
    // A test set with flipped labels: its loss rises as the network learns. Watching it would stop at once.
    const flipped: Dataset = { ...test, targets: test.targets.map((t) => 1 - t) };
    const run = createRun(createReferenceNetwork(spec), {
      train: fit, validation, test: flipped, config: { ...config, learningRate: 0.3 }, earlyStopping: { patience: 4 },
    });
    const { records, last } = drain(() => run.advance({ milliseconds: 2 }));
    expect(last.status).toBe('stopped');
    expect(last.message).toMatch(/^Stopped early after epoch \d+: the validation loss has not improved for 4 epochs/);
    const losses = records.map((r) => r.validationLoss!);
    const bestEpoch = losses.indexOf(Math.min(...losses));
    expect(last.best!.epoch).toBe(bestEpoch);
    expect(records.length).toBe(bestEpoch + 5);
    // Watching the (flipped) test loss would have picked another epoch.
    const testLosses = records.map((r) => r.testLoss!);
    expect(testLosses.indexOf(Math.min(...testLosses))).not.toBe(bestEpoch);
    // The network now holds the best epoch's weights: its validation loss is that epoch's.
    expect(run.network.evaluate(validation).loss).toBe(last.best!.validationLoss);
    expect(() => createRun(createReferenceNetwork(spec), { train: fit, test, config, earlyStopping: { patience: 4 } }))
      .toThrow(/early stopping needs a validation split/);
  });

  it('an epoch limit with early stopping ends on the best weights', () => {
    const run = createRun(createReferenceNetwork(spec), {
      train: fit, validation, config: { ...config, learningRate: 0.5 }, epochs: 30, earlyStopping: { patience: 1000 },
    });
    const { records, last } = drain(() => run.advance({ epochs: 7 }));
    expect(last.status).toBe('finished');
    expect(records.length).toBe(30);
    expect(run.network.evaluate(validation).loss).toBe(Math.min(...records.map((r) => r.validationLoss!)));
  });

  it('reports a NaN loss as divergence, naming the learning rate, and trains no further', () => {
    const regression: NetworkSpec = { inputs: 2, layers: [{ units: 1, activation: 'linear' }], loss: 'mse', seed: 1 };
    const big: Dataset = { n: 16, inputSize: 2, targetSize: 1, inputs: new Float32Array(32).map((_, i) => 1000 * (i % 3)), targets: new Float32Array(16).fill(1) };
    const run = createRun(createReferenceNetwork(regression), { train: big, config: { learningRate: 10, batchSize: 4 } });
    const { last } = drain(() => run.advance({ epochs: 1 }), 50);
    expect(last.status).toBe('diverged');
    expect(last.message).toMatch(/^Training diverged at step \d+ .*learning rate 10 is probably too high/);
    expect(run.advance({ epochs: 5 }).step).toBe(last.step);
  });

  it('catches a loss blown up while finite (Adam at learning rate 10), and leaves a sane run alone', () => {
    const data = spirals({ n: 200, noise: 0.1, seed: 3 });
    const deep: NetworkSpec = { inputs: 2, layers: [{ units: 8, activation: 'tanh' }, { units: 8, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy', seed: 1 };
    const wild = createRun(createReferenceNetwork(deep), { train: data, config: { learningRate: 10, batchSize: 10, optimizer: { kind: 'adam' } } });
    const { records, last } = drain(() => wild.advance({ epochs: 1 }), 60);
    expect(last.status).toBe('diverged');
    expect(last.message).toMatch(/^Training diverged by epoch \d+: over the last 10 epochs .*learning rate 10 is probably too high for Adam/);
    expect(records.every((r) => Number.isFinite(r.trainLoss))).toBe(true);
    const calm = createRun(createReferenceNetwork(deep), { train: data, config: { learningRate: 0.03, batchSize: 10, optimizer: { kind: 'adam' } }, epochs: 60 });
    expect(drain(() => calm.advance({ epochs: 10 })).last.status).toBe('finished');
    const off = createRun(createReferenceNetwork(deep), { train: data, config: { learningRate: 10, batchSize: 10, optimizer: { kind: 'adam' } }, epochs: 40, blowUp: false });
    expect(drain(() => off.advance({ epochs: 10 })).last.status).toBe('finished');
  });

  it('keeps its history bounded while every record is still reported once', () => {
    const small: Dataset = { ...fit, n: 8, inputs: fit.inputs.slice(0, 16), targets: fit.targets.slice(0, 8) };
    const run = createRun(createReferenceNetwork(spec), { train: small, config: { ...config, batchSize: 8 }, historyLimit: 16, epochs: 300 });
    const { records } = drain(() => run.advance({ epochs: 13 }));
    expect(records.map((r) => r.epoch)).toEqual([...Array(300).keys()]);
    expect(run.history.length).toBeLessThanOrEqual(16);
    expect(run.history[0]!.epoch).toBe(0);
    expect(run.history.at(-1)!.epoch).toBe(299);
  });

  it('decides with a bounded history exactly as with an unbounded one: same early stop, best epoch and weights', () => {
    // Early stopping keeps the best loss and weights aside, so thinning old records changes nothing it
    // decides, even with a patience longer than the recent part kept in full (8 records here).
    const setup = { train: fit, validation, test, config: { ...config, learningRate: 0.1 }, earlyStopping: { patience: 20 }, epochs: 5000 };
    const bounded = createRun(createReferenceNetwork(spec), { ...setup, historyLimit: 16 });
    const unbounded = createRun(createReferenceNetwork(spec), { ...setup, historyLimit: 1_000_000 });
    const a = drain(() => bounded.advance({ epochs: 7 }));
    const b = drain(() => unbounded.advance({ epochs: 7 }));
    expect(b.last.status).toBe('stopped');
    expect(b.records.length).toBeGreaterThan(3 * 16); // long enough for the bounded history to thin several times
    expect(a.records).toEqual(b.records);
    expect(a.last).toEqual(b.last);
    expect(bounded.network.getParameters()).toEqual(unbounded.network.getParameters());
    // The best epoch is the lowest validation loss of the whole run, though the bounded history lost it.
    const lowest = Math.min(...b.records.map((r) => r.validationLoss!));
    expect(a.last.best!.validationLoss).toBe(lowest);
    expect(unbounded.history).toEqual(b.records);
    expect(bounded.history.length).toBeLessThanOrEqual(16);
    expect(bounded.history.some((r) => r.epoch === a.last.best!.epoch)).toBe(false);
    // What is kept is the unbounded history's records: the first, the newest 8 in full, evenly thinned between.
    for (const r of bounded.history) expect(r).toEqual(b.records[r.epoch]);
    expect(bounded.history[0]!.epoch).toBe(0);
    expect(bounded.history.slice(-8)).toEqual(b.records.slice(-8));
  });

  it('copies the weights into a report only when asked, and takes hand-set weights and new settings mid-run', () => {
    const run = createRun(createReferenceNetwork(spec), { train: fit, config });
    expect(run.advance({ steps: 1 }).parameters).toBeUndefined();
    const report = run.advance({ steps: 1, parameters: true });
    expect(report.parameters).toEqual(run.network.getParameters());
    const edited = report.parameters!;
    edited.biases[1]![0] = 3;
    run.setParameters(edited);
    expect(run.network.getParameters().biases[1]![0]).toBe(3);
    run.setConfig({ ...config, learningRate: 0.2 });
    expect(run.advance({ epochs: 1 }).records[0]!.learningRate).toBe(0.2);
    expect(() => run.advance({})).toThrow(/needs a budget/);
  });
});
