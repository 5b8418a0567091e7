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

describe('a scenario run in the engine Worker', () => {
  /** The Worker's host behind a real MessageChannel (structured clone), as in worker/worker.test.ts. */
  async function workerRunner() {
    const { MessageChannel } = await import('node:worker_threads');
    const { createEngineHost } = await import('../engine/worker/host.ts');
    const { createEngineWorker } = await import('../engine/worker/client.ts');
    const { createRunner } = await import('../engine/worker/run-client.ts');
    const { loadWasmEngine } = await import('../engine/wasm/index.ts');
    const wasm = await loadWasmEngine();
    const { port1, port2 } = new MessageChannel();
    const host = createEngineHost();
    port2.on('message', async (request) => {
      const { response, transfer } = await host.handle(request);
      port2.postMessage(response, transfer as never);
    });
    port1.start();
    const worker = createEngineWorker(port1 as never);
    const factory = (spec: Parameters<typeof wasm.createNetwork>[0]) => wasm.createNetwork(spec);
    return { runner: createRunner({ createNetwork: factory, worker }), factory, close: () => { worker.terminate(); port1.close(); port2.close(); } };
  }

  it('trains there, in slices, to the same history, weights and jittered points as on this thread', async () => {
    const { runner, factory, close } = await workerRunner();
    try {
      const setup = { ...sizeSetup(6, 2), epochs: 12, augmentation: { jitter: 0.1 } };
      const here = createRun(setup, factory);
      runToEnd(here);
      const there = createRun(setup, factory, () => runner);
      let slices = 0;
      while (there.status() === 'running') { await there.advance({ epochs: 5 }); slices++; }
      expect(there.place).toBe('worker');
      expect(slices).toBe(3);
      expect(there.history).toEqual(here.history);
      expect(there.network.getParameters()).toEqual(here.network.getParameters());
      expect(there.lastInputs()).toEqual(here.lastInputs());
      expect(there.lastInputs()).not.toEqual(setup.train.inputs); // jittered, not the original points
      expect(there.result()).toEqual(here.result());
      expect(() => there.step()).toThrow(/Worker/);
    } finally {
      close();
    }
  });

  it('stays on this thread when the runner has no Worker, with the same numbers', async () => {
    const { createRunner } = await import('../engine/worker/run-client.ts');
    const setup = { ...sizeSetup(4, 3), epochs: 6 };
    const runner = createRunner({ createNetwork: createReferenceNetwork, worker: null });
    const run = createRun(setup, createReferenceNetwork, () => runner);
    while (run.status() === 'running') await run.advance({ milliseconds: 5 });
    expect(run.place).toBe('page');
    const here = createRun(setup);
    runToEnd(here);
    expect(run.history).toEqual(here.history);
  });
});
