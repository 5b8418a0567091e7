// The Worker side of the protocol, free of any Worker API so Node tests can drive it directly:
// `handle(request)` runs one request against the networks and trainers it holds.

import { imageShiftRotate, pointJitter } from '../augment.ts';
import { createTrainer, type Augment, type Trainer } from '../trainer.ts';
import type { Network } from '../types.ts';
import { loadWasmEngine, type WasmEngine } from '../wasm/index.ts';
import type { AugmentSpec, Request, Response, TrainingStatus } from './protocol.ts';

interface Entry {
  network: Network;
  trainer?: Trainer;
  /** History records already reported. */
  reported: number;
}

function augmentFrom(spec: AugmentSpec | undefined): Augment | undefined {
  if (!spec) return undefined;
  if (spec.kind === 'pointJitter') return pointJitter(spec.sigma, spec.source);
  if (spec.kind === 'imageShiftRotate') return imageShiftRotate(spec.options);
  throw new Error(`unknown augmentation ${JSON.stringify((spec as { kind?: unknown }).kind)}; allowed: pointJitter, imageShiftRotate`);
}

export interface EngineHost {
  handle(request: Request): Promise<{ response: Response; transfer: Transferable[] }>;
}

export function createEngineHost(load: () => Promise<WasmEngine> = loadWasmEngine): EngineHost {
  const networks = new Map<number, Entry>();
  let nextHandle = 1;

  const entry = (handle: number): Entry => {
    const e = networks.get(handle);
    if (!e) throw new Error(`no network with handle ${handle} in the engine worker (it was disposed or never created)`);
    return e;
  };
  const trainerOf = (handle: number): Trainer => {
    const e = entry(handle);
    if (!e.trainer) throw new Error('no training data set for this network yet: call setTraining({ train, config }) first');
    return e.trainer;
  };
  const status = (handle: number): TrainingStatus => {
    const e = entry(handle);
    const t = e.trainer!;
    const newEpochs = t.history.slice(e.reported);
    e.reported = t.history.length;
    return { result: t.result, epoch: t.epoch, step: t.step, position: t.position, newEpochs };
  };
  const add = (network: Network) => {
    const handle = nextHandle++;
    networks.set(handle, { network, reported: 0 });
    return handle;
  };

  async function run(request: Request): Promise<unknown> {
    switch (request.op) {
      case 'create': {
        const network = (await load()).createNetwork(request.spec);
        return { network: add(network), layerSizes: [...network.layerSizes] };
      }
      case 'fromJSON': {
        const network = (await load()).networkFromJSON(request.json);
        return { network: add(network), layerSizes: [...network.layerSizes], spec: network.spec };
      }
      case 'setTraining': {
        const e = entry(request.network);
        const { train, validation, config, earlyStopping, augment } = request.setup;
        e.trainer = createTrainer(e.network, { train, validation, config, earlyStopping, augment: augmentFrom(augment) });
        e.reported = 0;
        return null;
      }
      case 'setConfig':
        trainerOf(request.network).setConfig(request.config);
        return null;
      case 'trainSteps':
        trainerOf(request.network).runSteps(request.steps);
        return status(request.network);
      case 'trainEpochs':
        trainerOf(request.network).runEpochs(request.epochs);
        return status(request.network);
      case 'trainFor':
        trainerOf(request.network).runFor(request.milliseconds, request.maxSteps);
        return status(request.network);
      case 'predict':
        return entry(request.network).network.predict(request.inputs, request.n);
      case 'trace':
        return entry(request.network).network.trace(request.input);
      case 'evaluate':
        return entry(request.network).network.evaluate(request.data);
      case 'evaluateGrid':
        return entry(request.network).network.evaluateGrid(request.options);
      case 'getParameters':
        return entry(request.network).network.getParameters();
      case 'setParameters':
        entry(request.network).network.setParameters(request.parameters);
        return null;
      case 'toJSON':
        return entry(request.network).network.toJSON();
      case 'dispose':
        networks.delete(request.network);
        return null;
      default:
        throw new Error(`unknown engine worker request ${JSON.stringify((request as { op?: unknown }).op)}`);
    }
  }

  return {
    async handle(request) {
      try {
        const value = await run(request);
        // Float32Array results move to the caller without a copy.
        const transfer = value instanceof Float32Array ? [value.buffer] : [];
        return { response: { id: request.id, ok: true, value }, transfer };
      } catch (error) {
        return { response: { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) }, transfer: [] };
      }
    },
  };
}
