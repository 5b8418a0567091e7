// Whether WebGL runs on a real GPU. A software rasteriser (SwiftShader, llvmpipe: headless browsers,
// some virtual machines) runs the boundary shader far slower than the engine on the CPU: in headless
// Chromium a 6×8 network's pictures took seconds per frame through it. There the pictures use the
// boundary renderer's canvas path instead.
//
// The answer needs a WebGL context, whose creation can block its thread for long (about a second on a
// phone-speed CPU for headless Chromium's first one): `probeWebGL()` asks a Worker first (an OffscreenCanvas
// there), so the page's start-up awaits it instead of blocking on it; `webglIsSoftware()` then reads the
// answer, and asks on the page only where no Worker could.
import { rendererName } from './renderer-name.ts';

const SOFTWARE = /swiftshader|llvmpipe|software|softpipe/i;
let cached: boolean | undefined;
let probing: Promise<boolean> | undefined;
let probeWorker: Worker | undefined;

export function webglIsSoftware(): boolean {
  if (cached !== undefined) return cached;
  // Tests set this to exercise the WebGL path on a software rasteriser.
  if ((globalThis as { nn101ForceWebGL?: boolean }).nn101ForceWebGL) return (cached = false);
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return (cached = true);
    cached = SOFTWARE.test(rendererName(gl));
  } catch {
    cached = true;
  }
  return cached;
}

/** Settles with `webglIsSoftware()`, found off the main thread where the browser can (a Worker's OffscreenCanvas). */
export function probeWebGL(): Promise<boolean> {
  if (cached !== undefined || (globalThis as { nn101ForceWebGL?: boolean }).nn101ForceWebGL) return Promise.resolve(webglIsSoftware());
  probing ??= new Promise<string | null>((resolve) => {
    if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function') { resolve(null); return; }
    let worker: Worker;
    try { worker = new Worker(new URL('./gpu-probe.worker.ts', import.meta.url), { type: 'module', name: 'nn101-gpu-probe' }); }
    catch { resolve(null); return; }
    // The Worker is kept (idle, referenced so it is not collected): ending it made the page wait for its
    // thread and WebGL context to be torn down, a task as long as the one this saves under SwiftShader.
    probeWorker = worker;
    const done = (name: string | null) => resolve(name);
    worker.onmessage = (event: MessageEvent<string | null>) => done(typeof event.data === 'string' ? event.data : null);
    worker.onerror = () => done(null);
  }).then((name) => {
    if (cached === undefined && name !== null) cached = SOFTWARE.test(name);
    return webglIsSoftware();
  });
  return probing;
}
