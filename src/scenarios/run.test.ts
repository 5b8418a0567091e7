import { describe, expect, it } from 'vitest';
import { createReferenceNetwork } from '../engine/index.ts';
import { createRun, runToEnd } from './run.ts';
import { sizeSetup } from './size-matters.ts';

describe('a scenario run', () => {
  it('is reproducible: same setup and seed, same curves', () => {
    const setup = { ...sizeSetup(4, 3), epochs: 10 };
    const a = createRun(setup);
    const b = createRun(setup);
    runToEnd(a);
    runToEnd(b);
    expect(a.history).toEqual(b.history);
    expect(a.history).toHaveLength(10);
  });

  it('records losses that the network itself reports', () => {
    const run = createRun({ ...sizeSetup(3), epochs: 3 });
    runToEnd(run);
    const last = run.history.at(-1)!;
    expect(last.trainLoss).toBe(run.network.evaluate(run.setup.train).loss);
    expect(last.testLoss).toBe(run.network.evaluate(run.setup.test).loss);
  });

  it('trains the same network as a hand-written loop with the documented shuffling', async () => {
    const { createRng, deriveSeed } = await import('../engine/rng.ts');
    const setup = { ...sizeSetup(5, 7), epochs: 2 };
    const run = createRun(setup);
    runToEnd(run);
    const net = createReferenceNetwork(setup.spec);
    const rng = createRng(deriveSeed(7, 1));
    const order = Array.from({ length: setup.train.n }, (_, i) => i);
    for (let epoch = 0; epoch < 2; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (let s = 0; s < order.length; s += 10) {
        const rows = order.slice(s, s + 10);
        net.trainStep(rows.flatMap((r) => [setup.train.inputs[2 * r], setup.train.inputs[2 * r + 1]]), rows.map((r) => setup.train.targets[r]), rows.length, setup.config, epoch);
      }
    }
    expect(run.network.getParameters()).toEqual(net.getParameters());
  });

  it('reports divergence, with the reason, instead of training on with NaN weights', () => {
    // Linear output and squared error: nothing bounds the weights, so a huge step blows up.
    const base = sizeSetup(8);
    const spec = { ...base.spec, loss: 'mse' as const, layers: [{ units: 8, activation: 'linear' as const }, { units: 1, activation: 'linear' as const }] };
    const setup = { ...base, spec, epochs: 50, config: { learningRate: 10, seed: 1 } };
    const run = createRun(setup);
    const result = runToEnd(run);
    expect(result.status).toBe('diverged');
    expect(run.message()).toMatch(/learning rate 10/);
  });

  it('needs a validation set for early stopping', () => {
    expect(() => createRun({ ...sizeSetup(2), earlyStopping: { patience: 5 } })).toThrow(/validation/);
  });
});
