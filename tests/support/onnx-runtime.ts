// ONNX Runtime for the tests' cross-checks, in Node: onnxruntime-web's own WebAssembly build (the one the
// page loads on demand), single-threaded. It replaces onnxruntime-node, whose install downloads native and
// CUDA libraries; the wasm build needs nothing beyond the npm package.
import * as ort from 'onnxruntime-web';

ort.env.wasm.numThreads = 1;
ort.env.logLevel = 'error';

export { ort };

/** A session on model bytes (one place for the options every test uses). */
export function openSession(bytes: Uint8Array): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(bytes, { executionProviders: ['wasm'] });
}
