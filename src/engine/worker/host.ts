// The Worker side of the protocol, free of any Worker API so Node tests can drive it directly:
// `handle(request)` runs one request against the networks and training runs it holds.

import { descendBowl } from '../quadratic-bowl.ts';
import { createReferenceNetwork } from '../reference/index.ts';
import { createRun, type TrainingRun } from '../run/run.ts';
import type { Network } from '../types.ts';
import { loadWasmEngine, useCompiledKernels, type WasmEngine } from '../wasm/index.ts';
import type { Request, Response } from './protocol.ts';

interface Entry {
  network: Network;
  run?: TrainingRun;
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
  const runOf = (handle: number): TrainingRun => {
    const e = entry(handle);
    if (!e.run) throw new Error('no training run for this network yet: call startRun({ train, config }) first');
    return e.run;
  };
  const add = (network: Network) => {
    const handle = nextHandle++;
    networks.set(handle, { network });
    return handle;
  };

  async function run(request: Request): Promise<unknown> {
    switch (request.op) {
      case 'init':
        if (request.kernels) useCompiledKernels(request.kernels);
        // Ready the engine now (a page starts the Worker ahead of its first run, e.g. TeachIt at mount), not
        // on the first request; a failure is retried by the request that needs it.
        load().catch(() => {});
        return null;
      case 'create': {
        const network = request.engine === 'reference' ? createReferenceNetwork(request.spec) : (await load()).createNetwork(request.spec);
        return { network: add(network), layerSizes: [...network.layerSizes] };
      }
      case 'fromJSON': {
        const network = (await load()).networkFromJSON(request.json);
        return { network: add(network), layerSizes: [...network.layerSizes], spec: network.spec };
      }
      case 'startRun': {
        const e = entry(request.network);
        e.run = createRun(e.network, request.setup);
        return e.run.report();
      }
      case 'advanceRun':
        return runOf(request.network).advance(request.budget);
      case 'setConfig':
        runOf(request.network).setConfig(request.config);
        return null;
      case 'predict':
        return entry(request.network).network.predict(request.inputs, request.n);
      case 'trace':
        return entry(request.network).network.trace(request.input);
      case 'evaluate':
        return entry(request.network).network.evaluate(request.data);
      case 'gradients': {
        const { data } = request;
        return entry(request.network).network.gradients(data.inputs, data.targets, data.n);
      }
      case 'descendBowl':
        return descendBowl(request.descent);
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
        // Float32Array results (and a report's unit grids) move to the caller without a copy.
        const grids = (value as { unitGrids?: Float32Array[][] } | null)?.unitGrids;
        const transfer = value instanceof Float32Array ? [value.buffer] : grids ? grids.flat().map((g) => g.buffer) : [];
        return { response: { id: request.id, ok: true, value }, transfer };
      } catch (error) {
        return { response: { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) }, transfer: [] };
      }
    },
  };
}
