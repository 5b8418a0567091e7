// Chapter 4d's explorations computed through the run client give the very numbers computed here directly
// (float64 reference): in the engine Worker (its host behind a real MessageChannel) and on the page
// (a runner without a Worker). So moving them off the main thread changed nothing a reader sees.
import { afterEach, describe, expect, it } from 'vitest';
import { createReferenceNetwork } from '../engine/index.ts';
import type { EngineWorker } from '../engine/worker/client.ts';
import { createRunner, type Runner } from '../engine/worker/run-client.ts';
import { connectEngineWorker } from '../../tests/support/engine-worker-channel.ts';
import { RACE_LOSSES, raceRun, raceRunWith } from './cross-entropy-race.ts';
import { OPTIMIZER_KINDS, optimizerPath, optimizerPathsWith } from './optimizer-surface.ts';
import { INIT_CHOICES, VANISHING_GRADIENTS, layerGradients, layerGradientsWith } from './vanishing-gradients.ts';

let worker: EngineWorker | undefined;
afterEach(() => worker?.terminate());

const runners: [string, () => Runner][] = [
  ['engine Worker', () => createRunner({ createNetwork: createReferenceNetwork, worker: (worker = connectEngineWorker()) })],
  ['page', () => createRunner({ createNetwork: createReferenceNetwork, worker: null })],
];

for (const [place, make] of runners) {
  describe(`chapter 4d explorations through the run client, ${place}`, () => {
    it('the race: both runs, step by step, as trained on this thread', async () => {
      const runner = make();
      for (const [z0, lr] of [[-4, 0.5], [-8, 2], [-1, 0.05]] as const) {
        for (const loss of RACE_LOSSES) expect(await raceRunWith(runner, loss, z0, lr)).toEqual(raceRun(loss, z0, lr));
      }
      expect(runner.place).toBe(place === 'page' ? 'page' : 'worker');
    });

    it('the loss surface: every optimiser\'s path, also one thrown out of the ravine', async () => {
      const runner = make();
      for (const [lr, mu] of [[0.08, 0.9], [0.12, 0], [0.15, 0.99]] as const) {
        const paths = await optimizerPathsWith(runner, lr, mu);
        for (const k of OPTIMIZER_KINDS) expect(paths[k]).toEqual(optimizerPath(k, lr, mu));
      }
    });

    it('vanishing gradients: each layer\'s gradient, for every activation and initialisation', async () => {
      const runner = make();
      for (const init of INIT_CHOICES) for (const a of VANISHING_GRADIENTS.activations) {
        expect(await layerGradientsWith(runner, 6, a, init)).toEqual(layerGradients(6, a, init));
      }
    });
  });
}

describe('a run reporting every step', () => {
  it('gives the weights after each step of the slice, the last equal to the report\'s', async () => {
    const runner = createRunner({ createNetwork: createReferenceNetwork, worker: (worker = connectEngineWorker()) });
    const spec = { inputs: 1, layers: [{ units: 1, activation: 'sigmoid' as const }], loss: 'mse' as const };
    const setup = { train: { n: 1, inputSize: 1, targetSize: 1, inputs: Float32Array.of(1), targets: Float32Array.of(1) }, config: { learningRate: 0.5, batchSize: 1 }, epochs: 5 };
    const run = await runner.start(spec, { weights: [[-2]], biases: [[-2]] }, setup, 'reference');
    const report = await run.advance({ steps: 3, everyStep: true, parameters: true });
    expect(report.steps).toHaveLength(3);
    expect(report.steps!.at(-1)).toEqual(report.parameters);
    expect(report.steps![0]).not.toEqual(report.steps![1]);
    expect((await run.advance({ steps: 10 })).steps).toBeUndefined();
  });
});
