// The WebAssembly engine's entry: `const engine = await loadWasmEngine()` compiles the kernels once
// (shared by every later call) and returns factories for float32 networks that follow the same contract
// and semantics as the float64 reference.
//
// The .wasm is located with `new URL(..., import.meta.url)`: in Node (tests, bench) that is a file read
// from src/engine/wasm/build/; in a Vite/Astro build it is emitted as a hashed asset under dist/_astro/
// and fetched from the site's own origin. A page fetches and compiles it once: the engine Worker gets the
// page's compiled module in a message (`compiledKernels`, `useCompiledKernels`) and fetches the file
// itself only when the page has not loaded the engine.

import type { NetworkSpec, SerializedNetwork } from '../types.ts';
import { createWasmNetwork, wasmNetworkFromJSON, type WasmNetwork } from './network.ts';

export type { WasmNetwork } from './network.ts';

export interface WasmEngine {
  createNetwork(spec: NetworkSpec): WasmNetwork;
  networkFromJSON(json: SerializedNetwork | string): WasmNetwork;
}

let compiled: Promise<WebAssembly.Module> | undefined;

async function compileKernels(): Promise<WebAssembly.Module> {
  const url = new URL('./build/nn101-engine.wasm', import.meta.url);
  let bytes: BufferSource;
  if (url.protocol === 'file:') {
    // Node: read the file. The module name is a variable so bundlers leave this branch alone.
    const fsModule = 'node:fs/promises';
    const fs = (await import(/* @vite-ignore */ fsModule)) as typeof import('node:fs/promises');
    bytes = await fs.readFile(url).catch(() => {
      throw new Error(`the WebAssembly engine is not built (${url.pathname} is missing); run \`npm run build\` or \`node scripts/build-wasm.mjs\``);
    });
  } else {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`could not load the WebAssembly engine from ${url.href}: HTTP ${response.status}`);
    bytes = await response.arrayBuffer();
  }
  return WebAssembly.compile(bytes);
}

/** The compilation this thread has started (or finished), if any: what a new engine Worker is sent. */
export const compiledKernels = (): Promise<WebAssembly.Module> | undefined => compiled;

/** Uses a module compiled elsewhere (the page's, posted to the Worker) instead of fetching the file. */
export function useCompiledKernels(module: WebAssembly.Module): void {
  compiled ??= Promise.resolve(module);
}

export async function loadWasmEngine(): Promise<WasmEngine> {
  compiled ??= compileKernels().catch((error: unknown) => {
    compiled = undefined; // let a later call retry
    throw error;
  });
  const module = await compiled;
  return {
    createNetwork: (spec) => createWasmNetwork(module, spec),
    networkFromJSON: (json) => wasmNetworkFromJSON(module, json),
  };
}
