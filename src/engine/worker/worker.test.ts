// The Worker protocol end to end in Node: the client talks over a real MessageChannel (structured clone,
// transfers) to the host that runs inside the Worker, and the numbers match a network trained directly.
import { afterEach, describe, expect, it } from 'vitest';
import { createRun } from '../run/run.ts';
import { createTrainer } from '../trainer.ts';
import type { Dataset, NetworkSpec, TrainConfig } from '../types.ts';
import { compiledKernels, loadWasmEngine } from '../wasm/index.ts';
import { createEngineWorker, type EngineWorker, type WorkerLike } from './client.ts';
import { createRunner, type RunHandle } from './run-client.ts';
import type { Request, RunReport, RunSetup } from './protocol.ts';
import { connectEngineWorker as connect } from '../../../tests/support/engine-worker-channel.ts';

let engine: EngineWorker | undefined;
afterEach(() => engine?.terminate());

const spec: NetworkSpec = {
  inputs: 2,
  layers: [{ units: 6, activation: 'tanh', dropout: 0.1 }, { units: 1, activation: 'sigmoid' }],
  loss: 'binaryCrossEntropy',
  seed: 4,
};
function data(n: number): Dataset {
  const inputs = new Float32Array(2 * n);
  const targets = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    inputs[2 * i] = Math.cos(i);
    inputs[2 * i + 1] = Math.sin(3 * i);
    targets[i] = inputs[2 * i]! * inputs[2 * i + 1]! > 0 ? 1 : 0;
  }
  return { n, inputSize: 2, targetSize: 1, inputs, targets };
}

describe('engine worker protocol', () => {
  it('hands the page\'s compiled engine to the Worker first; requests made before that follow it, in order', async () => {
    await loadWasmEngine();
    const module = await compiledKernels()!;
    expect(module).toBeInstanceOf(WebAssembly.Module);
    const sent: Request[] = [];
    const fake: WorkerLike = { postMessage(message) { sent.push(message as Request); }, addEventListener() {} };
    let give!: (m: WebAssembly.Module) => void;
    const kernels = new Promise<WebAssembly.Module>((resolve) => (give = resolve));
    const client = createEngineWorker(fake, { kernels });
    void client.create(spec);
    void client.descendBowl({ start: [1, 1], config: { learningRate: 0.1 }, steps: 1 } as never);
    expect(sent).toEqual([]);
    give(module);
    await kernels;
    await Promise.resolve();
    expect(sent.map((m) => m.op)).toEqual(['init', 'create', 'descendBowl']);
    expect(sent[0]).toEqual({ id: 0, op: 'init', kernels: module });

    // A page that has not loaded the engine: the Worker is told to load its own, at once.
    const bare: Request[] = [];
    createEngineWorker({ postMessage(message) { bare.push(message as Request); }, addEventListener() {} }, {});
    expect(bare).toEqual([{ id: 0, op: 'init' }]);
    // Over a real channel (structured clone of the module), the Worker side accepts it and trains.
    engine = connect();
    const remote = await engine.create(spec);
    expect((await remote.predict([0, 0], 1)).length).toBe(1);
  });

  it('trains through a run and returns the same numbers as a direct run', async () => {
    engine = connect();
    const train = data(64);
    const config: TrainConfig = { learningRate: 0.1, batchSize: 8, optimizer: { kind: 'momentum' }, seed: 2 };
    const remote = await engine.create(spec);
    expect(remote.layerSizes).toEqual([2, 6, 1]);
    const started = await remote.startRun({ train, config, augment: { kind: 'pointJitter', sigma: 0.05 } });
    expect(started).toMatchObject({ status: 'running', epoch: 0, step: 0, records: [] });
    const first = await remote.advance({ steps: 5 });
    expect(first).toMatchObject({ status: 'running', epoch: 0, step: 5, position: 40, records: [] });
    const second = await remote.advance({ epochs: 3 });
    expect(second.epoch).toBe(3);
    expect(second.records.map((e) => e.epoch)).toEqual([0, 1, 2]);

    const local = (await loadWasmEngine()).createNetwork(spec);
    const { pointJitter } = await import('../augment.ts');
    const trainer = createTrainer(local, { train, config, augment: pointJitter(0.05) });
    trainer.runSteps(5);
    trainer.runEpochs(3);
    expect(await remote.getParameters()).toEqual(local.getParameters());
    expect(second.records).toEqual(trainer.history);

    const grid = await remote.evaluateGrid({ size: 16, extent: [-1, 1, -1, 1] });
    expect(grid).toBeInstanceOf(Float32Array);
    expect(Array.from(grid)).toEqual(Array.from(local.evaluateGrid({ size: 16, extent: [-1, 1, -1, 1] })));
    expect(await remote.evaluate(train)).toEqual(local.evaluate(train));
    expect(Array.from(await remote.predict([0.5, -0.5], 1))).toEqual(Array.from(local.predict([0.5, -0.5], 1)));
    expect(await remote.trace([0.5, -0.5])).toEqual(local.trace([0.5, -0.5]));

    const copy = await engine.fromJSON(await remote.toJSON());
    await copy.setParameters(local.getParameters());
    expect(await copy.getParameters()).toEqual(local.getParameters());
  });

  it('rejects with the engine error message and keeps working', async () => {
    engine = connect();
    await expect(engine.create({ ...spec, layers: [] })).rejects.toThrow(/layers must list/);
    const remote = await engine.create(spec);
    await expect(remote.advance({ steps: 1 })).rejects.toThrow(/startRun/);
    await expect(remote.startRun({ train: data(4), config: { learningRate: 1e9 } })).rejects.toThrow(/learning rate/);
    await expect(remote.predict([1, 2, 3], 1)).rejects.toThrow(/inputs has 3 numbers/);
    await remote.dispose();
    await expect(remote.getParameters()).rejects.toThrow(/no network with handle/);
    const other = await engine.create(spec);
    expect((await other.predict([0, 0], 1)).length).toBe(1);
  });

  it('reports divergence as a status, naming the learning rate', async () => {
    engine = connect();
    const remote = await engine.create({ inputs: 2, layers: [{ units: 1, activation: 'linear' }], loss: 'mse' });
    const train = data(16);
    train.inputs.forEach((_, i) => (train.inputs[i] = 1000 * (i % 3)));
    await remote.startRun({ train, config: { learningRate: 10, batchSize: 4 } });
    const report = await remote.advance({ epochs: 20 });
    expect(report.status).toBe('diverged');
    expect(report.message).toMatch(/learning rate 10/);
  });
});

describe('one training run in three places', () => {
  /** Advances with a mix of budgets until the run ends; every record and the final report. */
  async function drive(run: RunHandle) {
    const records: RunReport['records'] = [];
    const budgets = [{ milliseconds: 1 }, { steps: 7 }, { epochs: 1, parameters: true }];
    let report: RunReport;
    let i = 0;
    do {
      report = await run.advance(budgets[i++ % budgets.length]!);
      records.push(...report.records);
    } while (report.status === 'running');
    return { records, report: { ...report, records: [], parameters: undefined } };
  }

  it('gives the same numbers bit for bit in the Worker, on the page (fallback) and directly in Node', async () => {
    const wasm = await loadWasmEngine();
    const setup: RunSetup = {
      train: data(96), validation: data(40), test: data(50),
      config: { learningRate: 0.3, batchSize: 8, optimizer: { kind: 'adam' }, schedule: { kind: 'step', every: 5, factor: 0.7 }, seed: 9 },
      epochs: 25, earlyStopping: { patience: 6 }, augment: { kind: 'pointJitter', sigma: 0.05 },
    };
    const initial = wasm.createNetwork(spec).getParameters();

    engine = connect();
    const inWorker = await createRunner({ createNetwork: (s) => wasm.createNetwork(s), worker: engine }).start(spec, initial, setup);
    expect(inWorker.place).toBe('worker');
    const onPage = await createRunner({ createNetwork: (s) => wasm.createNetwork(s), worker: null }).start(spec, initial, setup);
    expect(onPage.place).toBe('page');
    const direct = createRun(wasm.createNetwork(spec), setup);
    const inNode = direct.advance({ epochs: 1000 });

    const a = await drive(inWorker);
    const b = await drive(onPage);
    expect(a.records.length).toBeGreaterThan(5);
    expect(a.records).toEqual(inNode.records);
    expect(b.records).toEqual(inNode.records);
    expect(a.report).toEqual({ ...inNode, records: [], parameters: undefined });
    expect(b.report).toEqual(a.report);
    const last = await inWorker.advance({ steps: 1, parameters: true });
    expect(last.parameters).toEqual(direct.network.getParameters());
    expect((await onPage.advance({ steps: 1, parameters: true })).parameters).toEqual(direct.network.getParameters());
  });

  it('falls back to the page when the Worker cannot start, and passes the engine\'s own refusals on', async () => {
    const listeners: Array<(event: ErrorEvent) => void> = [];
    const broken: WorkerLike = {
      postMessage() { queueMicrotask(() => { for (const l of listeners) l({ message: 'script failed to load' } as ErrorEvent); }); },
      addEventListener(type, listener) { if (type === 'error') listeners.push(listener as (event: ErrorEvent) => void); },
    };
    const wasm = await loadWasmEngine();
    const runner = createRunner({ createNetwork: (s) => wasm.createNetwork(s), worker: createEngineWorker(broken) });
    expect(runner.place).toBe('worker');
    const setup: RunSetup = { train: data(32), config: { learningRate: 0.1, batchSize: 8 }, epochs: 3 };
    const run = await runner.start(spec, wasm.createNetwork(spec).getParameters(), setup);
    expect(run.place).toBe('page');
    expect(runner.place).toBe('page');
    expect((await run.advance({ epochs: 3 })).status).toBe('finished');

    engine = connect();
    const working = createRunner({ createNetwork: (s) => wasm.createNetwork(s), worker: engine });
    await expect(working.start(spec, wasm.createNetwork(spec).getParameters(), { ...setup, config: { learningRate: -1 } })).rejects.toThrow(/learning rate/);
    expect(working.place).toBe('worker');
  });
});
