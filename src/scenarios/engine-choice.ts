// Which engine a chapter widget trains with: the fast WebAssembly engine once it has loaded, the float64
// reference until then (or if WebAssembly fails to load). Both follow one contract and agree to float32
// rounding, so a widget can start at once and switch for its next run.
import { createReferenceNetwork, loadWasmEngine } from '../engine/index.ts';
import { createRunner, type Runner } from '../engine/worker/run-client.ts';
import type { NetworkFactory } from './run.ts';

export type EngineName = 'wasm' | 'reference';

export interface EngineChoice {
  readonly name: EngineName;
  readonly factory: NetworkFactory;
}

const reference: EngineChoice = { name: 'reference', factory: createReferenceNetwork };
let current: EngineChoice = reference;
let loading: Promise<EngineChoice> | undefined;

/** The best engine available right now. */
export const currentEngine = (): EngineChoice => current;

/** Starts loading the WebAssembly engine (once per page); resolves to whichever engine ends up current. */
export function loadFastEngine(): Promise<EngineChoice> {
  loading ??= loadWasmEngine().then(
    (engine) => (current = { name: 'wasm', factory: (spec) => engine.createNetwork(spec) }),
    () => current,
  );
  return loading;
}

let runner: Runner | undefined;

/**
 * The page's one runner for chapter widgets' training (worker/run-client.ts): one engine Worker shared by
 * every widget of the page, started on first use; where no Worker can start, runs stay on the page with
 * the current engine.
 */
export function trainingRunner(): Runner {
  runner ??= createRunner({ createNetwork: (spec) => current.factory(spec) });
  return runner;
}
