// Names the WebGL2 renderer from a Worker (an OffscreenCanvas), for gpu.ts: creating a WebGL context can
// block its thread for a long time (the first one starts the browser's GPU process; in headless Chromium's
// SwiftShader, about a second on a phone-speed CPU), and on the page's main thread that was the longest task of
// the playground's start-up. Answers the renderer's name, or null when this browser has no WebGL2 in a Worker
// (then gpu.ts asks on the page).
import { rendererName } from './renderer-name.ts';

const scope = self as unknown as { postMessage(message: string | null): void };
let renderer: string | null = null;
try {
  const gl = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('webgl2') : null;
  if (gl) renderer = rendererName(gl);
} catch {
  renderer = null;
}
scope.postMessage(renderer);
export {};
