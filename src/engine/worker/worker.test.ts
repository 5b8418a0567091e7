// The Worker protocol end to end in Node: the client talks over a real MessageChannel (structured clone,
// transfers) to the host that runs inside the Worker, and the numbers match a network trained directly.
import { afterEach, describe, expect, it } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import { createTrainer } from '../trainer.ts';
import type { Dataset, NetworkSpec, TrainConfig } from '../types.ts';
import { loadWasmEngine } from '../wasm/index.ts';
import { createEngineWorker, type EngineWorker, type WorkerLike } from './client.ts';
import { createEngineHost } from './host.ts';
import type { Request } from './protocol.ts';

function connect(): EngineWorker {
  const { port1, port2 } = new MessageChannel();
  const host = createEngineHost();
  port2.on('message', async (request: Request) => {
    const { response, transfer } = await host.handle(request);
    port2.postMessage(response, transfer as never);
  });
  port1.start();
  const engine = createEngineWorker(port1 as unknown as WorkerLike);
  const terminate = engine.terminate;
  return { ...engine, terminate: () => { terminate(); port1.close(); port2.close(); } };
}

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
  it('trains through the trainer and returns the same numbers as a direct run', async () => {
    engine = connect();
    const train = data(64);
    const config: TrainConfig = { learningRate: 0.1, batchSize: 8, optimizer: { kind: 'momentum' }, seed: 2 };
    const remote = await engine.create(spec);
    expect(remote.layerSizes).toEqual([2, 6, 1]);
    await remote.setTraining({ train, config, augment: { kind: 'pointJitter', sigma: 0.05 } });
    const first = await remote.trainSteps(5);
    expect(first).toMatchObject({ result: { status: 'ok' }, epoch: 0, step: 5, position: 40, newEpochs: [] });
    const second = await remote.trainEpochs(3);
    expect(second.epoch).toBe(3);
    expect(second.newEpochs.map((e) => e.epoch)).toEqual([0, 1, 2]);

    const local = (await loadWasmEngine()).createNetwork(spec);
    const { pointJitter } = await import('../augment.ts');
    const trainer = createTrainer(local, { train, config, augment: pointJitter(0.05) });
    trainer.runSteps(5);
    trainer.runEpochs(3);
    expect(await remote.getParameters()).toEqual(local.getParameters());
    expect(second.newEpochs).toEqual(trainer.history);

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
    await expect(remote.trainSteps(1)).rejects.toThrow(/setTraining/);
    await expect(remote.setTraining({ train: data(4), config: { learningRate: 1e9 } })).rejects.toThrow(/learning rate/);
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
    await remote.setTraining({ train, config: { learningRate: 10, batchSize: 4 } });
    const status = await remote.trainEpochs(20);
    expect(status.result.status).toBe('diverged');
    expect((status.result as { reason: string }).reason).toMatch(/learning rate 10/);
  });
});
