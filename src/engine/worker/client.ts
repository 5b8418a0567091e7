// The page side of the engine Worker: promise-based handles on networks that live in the Worker, so a
// widget can train and draw without blocking the page.
//   const engine = createEngineWorker();
//   const net = await engine.create(spec);
//   await net.startRun({ train, config });     // a training run (run/run.ts) in the Worker
//   const report = await net.advance({ milliseconds: 12, parameters: true }); // one slice, then draw
//   const pixels = await net.evaluateGrid({ size: 128, extent: [-6, 6, -6, 6] });

import type { BowlDescent, DescentPoint } from '../quadratic-bowl.ts';
import type { Dataset, Gradients, GridOptions, NetworkSpec, Parameters, SerializedNetwork, Trace, TrainConfig } from '../types.ts';
import { compiledKernels } from '../wasm/index.ts';
import type { EngineKind, Op, Request, Requests, Response, RunBudget, RunReport, RunSetup } from './protocol.ts';

export type { AugmentSpec, EngineKind, RunBudget, RunReport, RunSetup } from './protocol.ts';

/** What the client needs of a Worker (a real Worker, or a MessagePort in tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message' | 'error', listener: (event: MessageEvent | ErrorEvent) => void): void;
  terminate?(): void;
}

export interface RemoteNetwork {
  readonly handle: number;
  readonly layerSizes: readonly number[];
  /** Starts a training run on this network (replacing any earlier one); its first report. */
  startRun(setup: RunSetup): Promise<RunReport>;
  /** Trains one slice in the Worker (at least one step) and reports. */
  advance(budget: RunBudget): Promise<RunReport>;
  /** New training settings for the run's next steps. */
  setConfig(config: TrainConfig): Promise<void>;
  predict(inputs: ArrayLike<number>, n: number): Promise<Float32Array>;
  trace(input: ArrayLike<number>): Promise<Trace>;
  evaluate(data: Dataset): Promise<{ loss: number; accuracy?: number }>;
  /** The loss gradient on one batch (nothing is trained). */
  gradients(data: Dataset): Promise<Gradients>;
  evaluateGrid(options: GridOptions): Promise<Float32Array>;
  getParameters(): Promise<Parameters>;
  setParameters(parameters: Parameters): Promise<void>;
  toJSON(): Promise<SerializedNetwork>;
  /** Frees the network in the Worker. */
  dispose(): Promise<void>;
}

export interface EngineWorker {
  /** A network in the Worker, on the WebAssembly engine unless `engine` says 'reference'. */
  create(spec: NetworkSpec, engine?: EngineKind): Promise<RemoteNetwork>;
  /** The engine's optimiser rule on a quadratic bowl, computed in the Worker. */
  descendBowl(descent: BowlDescent): Promise<DescentPoint[]>;
  fromJSON(json: SerializedNetwork | string): Promise<RemoteNetwork>;
  /** Stops the Worker; pending requests reject. */
  terminate(): void;
}

type Args<K extends Op> = Requests[K]['args'];
type Value<K extends Op> = Requests[K]['value'];

export interface EngineWorkerOptions {
  /**
   * The compiled WebAssembly engine to hand to the Worker (default: the compilation this page started, if
   * any), so the .wasm is fetched and compiled once per page; without one the Worker loads it itself.
   */
  kernels?: Promise<WebAssembly.Module>;
}

/** Connects to an engine Worker; by default starts a new one (bundled by Vite/Astro as its own file). */
export function createEngineWorker(worker?: WorkerLike, options: EngineWorkerOptions = { kernels: compiledKernels() }): EngineWorker {
  const target: WorkerLike = worker ?? new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'nn101-engine' });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  let closed = false;
  // The first message is 'init' (with the page's compiled engine once its compilation settles); requests
  // made before that wait here, in order.
  let waiting: (() => void)[] | null = [];
  const post = (message: Request, transfer: Transferable[]) => {
    if (waiting) waiting.push(() => target.postMessage(message, transfer));
    else target.postMessage(message, transfer);
  };
  const init = (kernels?: WebAssembly.Module) => {
    if (closed || !waiting) return;
    target.postMessage({ id: 0, op: 'init', ...(kernels ? { kernels } : {}) } satisfies Request);
    const queued = waiting;
    waiting = null;
    for (const send of queued) send();
  };
  if (options.kernels) options.kernels.then(init, () => init());
  else init();

  target.addEventListener('message', (event) => {
    const message = (event as MessageEvent<Response>).data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.ok) waiting.resolve(message.value);
    else waiting.reject(new Error(message.error));
  });
  // A Worker that fails to load or throws outside a request: fail everything waiting rather than hang,
  // and every later call at once (a Worker that never loaded would never answer them).
  target.addEventListener('error', (event) => {
    const error = new Error(`the engine worker failed: ${(event as ErrorEvent).message || 'it could not start'}`);
    closed = true;
    target.terminate?.();
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });

  function call<K extends Op>(op: K, args: Args<K>, transfer: Transferable[] = []): Promise<Value<K>> {
    if (closed) return Promise.reject(new Error('the engine worker has been terminated (or failed)'));
    const id = nextId++;
    return new Promise<Value<K>>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      post({ id, op, ...args } as Request, transfer);
    });
  }

  function remote(handle: number, layerSizes: readonly number[]): RemoteNetwork {
    const network = handle;
    return {
      handle,
      layerSizes,
      startRun: (setup) => call('startRun', { network, setup }),
      advance: (budget) => call('advanceRun', { network, budget }),
      setConfig: async (config) => void (await call('setConfig', { network, config })),
      predict: (inputs, n) => call('predict', { network, inputs: Float32Array.from(inputs), n }),
      trace: (input) => call('trace', { network, input: Array.from(input) }),
      evaluate: (data) => call('evaluate', { network, data }),
      gradients: (data) => call('gradients', { network, data }),
      evaluateGrid: (options) => call('evaluateGrid', { network, options }),
      getParameters: () => call('getParameters', { network }),
      setParameters: async (parameters) => void (await call('setParameters', { network, parameters })),
      toJSON: () => call('toJSON', { network }),
      dispose: async () => void (await call('dispose', { network })),
    };
  }

  return {
    async create(spec, engine) {
      const { network, layerSizes } = await call('create', engine ? { spec, engine } : { spec });
      return remote(network, layerSizes);
    },
    descendBowl: (descent) => call('descendBowl', { descent }),
    async fromJSON(json) {
      const { network, layerSizes } = await call('fromJSON', { json });
      return remote(network, layerSizes);
    },
    terminate() {
      closed = true;
      target.terminate?.();
      const error = new Error('the engine worker has been terminated');
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    },
  };
}
