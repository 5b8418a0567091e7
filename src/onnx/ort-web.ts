// Loads onnxruntime-web in the browser: the WebAssembly CPU backend only, single-threaded (no
// cross-origin isolation needed), with its .wasm (and glue .mjs) served by this site: Vite copies them
// into the build as assets and gives us their URLs, which we hand to ort.env.wasm.wasmPaths. Import
// this module only from widgets that run a model, and call loadOrt() only when one is about to be used:
// the runtime is large (see the chapter 2 report numbers) and must not load on other pages.
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import mjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';

export type Ort = typeof import('onnxruntime-web/wasm');

/** True when this browser can run WebAssembly at all (some locked-down browsers cannot). */
export function hasWebAssembly(): boolean {
  return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
}

let loading: Promise<Ort> | null = null;
export function loadOrt(): Promise<Ort> {
  loading ??= import('onnxruntime-web/wasm').then((ort) => {
    ort.env.wasm.wasmPaths = { wasm: new URL(wasmUrl, location.href).href, mjs: new URL(mjsUrl, location.href).href };
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.proxy = false;
    return ort;
  });
  return loading;
}
