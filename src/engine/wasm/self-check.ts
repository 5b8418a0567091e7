// One seeded training run, defined once and run three ways: on the page's main thread, in the engine
// Worker, and in Node. Float32 WebAssembly arithmetic is deterministic, so all three must give
// bit-identical numbers; the page /lab/engine-check shows them and a browser test compares them with Node.

import { circle } from '../data/points.ts';
import { createRun, type RunSetup } from '../run/run.ts';
import type { Dataset, GridOptions, NetworkSpec, Parameters, TrainConfig } from '../types.ts';
import type { EngineWorker } from '../worker/client.ts';
import { loadWasmEngine } from './index.ts';

export const SELF_CHECK_SPEC: NetworkSpec = {
  inputs: 2,
  layers: [
    { units: 8, activation: 'tanh', dropout: 0.1 },
    { units: 8, activation: 'relu' },
    { units: 1, activation: 'sigmoid' },
  ],
  loss: 'binaryCrossEntropy',
  seed: 42,
};
export const SELF_CHECK_CONFIG: TrainConfig = {
  learningRate: 0.02,
  batchSize: 10,
  optimizer: { kind: 'adam' },
  l2: 0.001,
  schedule: { kind: 'cosine', epochs: 12 },
  seed: 7,
};
export const SELF_CHECK_EPOCHS = 12;
export const SELF_CHECK_GRID: GridOptions = { size: 24, extent: [-6, 6, -6, 6] };

export function selfCheckData(): Dataset {
  return circle({ n: 200, noise: 0.3, seed: 3 });
}

export interface SelfCheckResult {
  /** Training loss after each epoch (float64 sums of float32 losses). */
  losses: number[];
  accuracy: number;
  /** Every weight then every bias, layer by layer (float32 values). */
  parameters: number[];
  /** The trained network's output over SELF_CHECK_GRID. */
  grid: number[];
  /** FNV-1a hash of the float32 bits of parameters and grid, as 8 hex digits. */
  fingerprint: string;
}

export function fingerprint(values: readonly number[]): string {
  const bits = new Uint32Array(new Float32Array(values).buffer);
  let h = 0x811c9dc5;
  for (const word of bits) {
    for (let k = 0; k < 32; k += 8) h = Math.imul(h ^ ((word >>> k) & 0xff), 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function result(losses: number[], accuracy: number, p: Parameters, grid: ArrayLike<number>): SelfCheckResult {
  const parameters = [...p.weights.flat(), ...p.biases.flat()];
  const g = Array.from(grid);
  return { losses, accuracy, parameters, grid: g, fingerprint: fingerprint([...parameters, ...g]) };
}

/** The run with the WASM engine in this thread (the page's main thread, or Node). */
export async function selfCheckHere(): Promise<SelfCheckResult> {
  const network = (await loadWasmEngine()).createNetwork(SELF_CHECK_SPEC);
  const { records } = createRun(network, selfCheckSetup()).advance({ epochs: SELF_CHECK_EPOCHS });
  const last = records.at(-1)!;
  return result(records.map((e) => e.trainLoss), last.trainAccuracy ?? NaN, network.getParameters(), network.evaluateGrid(SELF_CHECK_GRID));
}

/** The training run both places make (the blow-up rule off: this run checks arithmetic, not settings). */
const selfCheckSetup = (): RunSetup => ({ train: selfCheckData(), config: SELF_CHECK_CONFIG, blowUp: false });

/** The same run inside the engine Worker. */
export async function selfCheckInWorker(engine: EngineWorker): Promise<SelfCheckResult> {
  const network = await engine.create(SELF_CHECK_SPEC);
  await network.startRun(selfCheckSetup());
  const { records } = await network.advance({ epochs: SELF_CHECK_EPOCHS });
  const last = records.at(-1)!;
  const out = result(records.map((e) => e.trainLoss), last.trainAccuracy ?? NaN, await network.getParameters(), await network.evaluateGrid(SELF_CHECK_GRID));
  await network.dispose();
  return out;
}
