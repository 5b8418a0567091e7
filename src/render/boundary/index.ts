// The decision-boundary renderer shared by every boundary widget (playground, per-neuron thumbnails,
// SizeMatters, RegularizationLab).
//
//   const r = createBoundaryRenderer(canvas);
//   r.draw(network, { extent: [-6, 6, -6, 6], features: ['x1', 'x2', 'x1Squared'] });
//
// Back ends, chosen once per renderer:
// - 'webgl2', direct: the canvas gets its own WebGL2 context; a fragment shader runs the network per pixel.
// - 'webgl2', shared (`options.shared`): for many small canvases (thumbnails). Browsers allow only ~16 live
//   WebGL contexts, so these render in one hidden shared context and are copied onto a 2-D canvas.
// - 'canvas2d': no WebGL2 (or `options.forceCanvas`): the engine's evaluateGrid, same colours, same picture.
// The picture fills the canvas's drawing buffer (canvas.width x canvas.height); set those for the device
// pixel ratio you want. A lost WebGL context is waited out and the last picture redrawn when it returns.
import type { Network } from '../../engine/types.ts';
import { cpuPicture } from './cpu-picture.ts';
import { CONTEXT_ATTRIBUTES, createGlPainter, readGlPixels, type GlPainter } from './gl-painter.ts';
import { packNetwork } from './pack.ts';
import { resolveView, type BoundaryView } from './view.ts';

export type { BoundaryView } from './view.ts';
export { classColor, valueColor, classOf, classRgb } from './color-map.ts';

export interface BoundaryRendererOptions {
  /** Use the 2-D canvas path even when WebGL2 works. */
  forceCanvas?: boolean;
  /** Render through the page's one shared WebGL2 context (for many small canvases). */
  shared?: boolean;
  /** 2-D path only: grid size evaluated on the CPU (default: the canvas size, at most 256), then scaled. */
  cpuResolution?: number;
  /**
   * 'auto' (default): a program generated for the network's architecture whenever its parameters fit in
   * shader uniforms, else the generic texture program. 'generic' forces the latter (tests use it).
   */
  shader?: 'auto' | 'generic';
}

export interface BoundaryRenderer {
  readonly backend: 'webgl2' | 'canvas2d';
  /**
   * True when WebGL2 runs on a software renderer (SwiftShader, llvmpipe: no GPU). Every pixel then costs
   * CPU time (about 10 µs for the largest playground network on 2 cores), so draw fewer pixels (a smaller
   * canvas, scaled up by CSS) and less often.
   */
  readonly software: boolean;
  /**
   * Draws the picture: now, or (WebGL) as soon as the program it needs has compiled, a frame or a few later,
   * so the page never waits for the shader compiler; the canvas keeps its last picture meanwhile.
   * Throws an Error naming the problem for an impossible view.
   */
  draw(network: Network, view: BoundaryView): void;
  /**
   * Starts compiling, without waiting, what a draw of this network and view will need (WebGL: the shader
   * program, compiled by the GPU process, in parallel where the browser has KHR_parallel_shader_compile):
   * call it ahead, e.g. when a widget mounts, so its first draws find it ready. Nothing on the 2-D path.
   */
  prepare(network: Network, view: BoundaryView): void;
  /** The current picture as RGBA bytes, row 0 at the top (for tests and exports); waits for a pending draw. */
  readPixels(): Uint8ClampedArray;
  destroy(): void;
}

interface LastDraw {
  network: Network;
  view: BoundaryView;
}

// The one hidden WebGL2 context of the page: probes WebGL2 support and serves shared renderers.
interface SharedGl {
  canvas: HTMLCanvasElement;
  painter: GlPainter;
  lost: boolean;
  /** Redraw callbacks of the shared renderers, run when a lost context comes back. */
  redraws: Set<() => void>;
}
let sharedGl: SharedGl | null | undefined;

function getSharedGl(): SharedGl | null {
  if (sharedGl !== undefined) return sharedGl;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const gl = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES);
  if (!gl) return (sharedGl = null);
  const painter = createGlPainter(gl);
  try {
    painter.check();
  } catch {
    return (sharedGl = null); // A context that cannot compile our shader is no use: fall back to the CPU.
  }
  const state: SharedGl = { canvas, painter, lost: false, redraws: new Set() };
  canvas.addEventListener('webglcontextlost', (e) => { e.preventDefault(); state.lost = true; });
  canvas.addEventListener('webglcontextrestored', () => {
    state.lost = false;
    painter.reset();
    for (const redraw of state.redraws) redraw();
  });
  return (sharedGl = state);
}

export function createBoundaryRenderer(canvas: HTMLCanvasElement, options: BoundaryRendererOptions = {}): BoundaryRenderer {
  if (options.forceCanvas || !getSharedGl()) return canvasRenderer(canvas, options);
  const generic = options.shader === 'generic';
  if (!options.shared) {
    const direct = directRenderer(canvas, generic);
    if (direct) return direct;
  }
  return sharedRenderer(canvas, generic);
}

/** Whether a context renders in software (its RENDERER string names a CPU rasteriser). */
function isSoftware(gl: WebGL2RenderingContext): boolean {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  return /swiftshader|llvmpipe|software/i.test(renderer);
}

function directRenderer(canvas: HTMLCanvasElement, generic: boolean): BoundaryRenderer | null {
  const gl = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES);
  if (!gl) return null; // e.g. too many contexts on the page; the caller uses the shared one instead
  const painter = createGlPainter(gl);
  painter.forceGeneric = generic;
  let last: LastDraw | undefined;
  let lost = gl.isContextLost();
  const later = laterFrame();
  const paint = (wait = false) => {
    if (!last || lost) return;
    if (!painter.paint(packNetwork(last.network), resolveView(last.network, last.view), wait)) later.ask(() => paint());
  };
  const onLost = (e: Event) => { e.preventDefault(); lost = true; };
  const onRestored = () => { lost = false; painter.reset(); paint(); };
  canvas.addEventListener('webglcontextlost', onLost);
  canvas.addEventListener('webglcontextrestored', onRestored);
  return {
    backend: 'webgl2',
    software: isSoftware(gl),
    draw(network, view) {
      resolveView(network, view); // throws on a bad view even while the context is lost
      last = { network, view };
      paint();
    },
    prepare(network, view) {
      if (!lost) painter.prepare(packNetwork(network), resolveView(network, view));
    },
    readPixels() {
      // The drawing buffer is not preserved after the page composites it: paint again, then read.
      later.cancel();
      paint(true);
      return readGlPixels(gl);
    },
    destroy() {
      later.cancel();
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
      if (!lost) painter.dispose();
      last = undefined;
    },
  };
}

/** One callback at the next animation frame, at most (a draw waiting for its program to compile). */
function laterFrame(): { ask(run: () => void): void; cancel(): void; readonly pending: boolean } {
  let frame = 0;
  return {
    ask(run) { if (!frame) frame = requestAnimationFrame(() => { frame = 0; run(); }); },
    cancel() { cancelAnimationFrame(frame); frame = 0; },
    get pending() { return frame !== 0; },
  };
}

function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this canvas already has another kind of context; give the boundary renderer its own canvas');
  return ctx;
}

function sharedRenderer(canvas: HTMLCanvasElement, generic: boolean): BoundaryRenderer {
  const shared = getSharedGl()!;
  const ctx = context2d(canvas);
  let last: LastDraw | undefined;
  const later = laterFrame();
  const paint = (wait = false) => {
    if (!last || shared.lost) return;
    const { width, height } = canvas;
    if (shared.canvas.width !== width || shared.canvas.height !== height) {
      shared.canvas.width = width;
      shared.canvas.height = height;
    }
    shared.painter.forceGeneric = generic;
    if (!shared.painter.paint(packNetwork(last.network), resolveView(last.network, last.view), wait)) {
      later.ask(() => paint());
      return;
    }
    // Copy in the same task as the draw: the shared drawing buffer is not preserved.
    ctx.clearRect(0, 0, width, height);
    ctx.drawImage(shared.canvas, 0, 0);
  };
  shared.redraws.add(paint);
  return {
    backend: 'webgl2',
    software: isSoftware(shared.painter.gl),
    draw(network, view) {
      resolveView(network, view);
      last = { network, view };
      paint();
    },
    prepare(network, view) {
      if (shared.lost) return;
      shared.painter.forceGeneric = generic;
      shared.painter.prepare(packNetwork(network), resolveView(network, view));
    },
    readPixels: () => {
      if (later.pending) { later.cancel(); paint(true); }
      return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    },
    destroy() {
      later.cancel();
      shared.redraws.delete(paint);
      last = undefined;
    },
  };
}

function canvasRenderer(canvas: HTMLCanvasElement, options: BoundaryRendererOptions): BoundaryRenderer {
  const ctx = context2d(canvas);
  let scratch: HTMLCanvasElement | undefined;
  return {
    backend: 'canvas2d',
    software: true,
    draw(network, view) {
      const resolved = resolveView(network, view);
      const { width, height } = canvas;
      const size = Math.max(1, Math.round(options.cpuResolution ?? Math.min(Math.max(width, height), 256)));
      const image = new ImageData(cpuPicture(network, resolved, size), size, size);
      if (size === width && size === height) {
        ctx.putImageData(image, 0, 0);
        return;
      }
      scratch ??= document.createElement('canvas');
      scratch.width = scratch.height = size;
      scratch.getContext('2d')!.putImageData(image, 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.clearRect(0, 0, width, height);
      ctx.drawImage(scratch, 0, 0, width, height);
    },
    prepare() {},
    readPixels: () => ctx.getImageData(0, 0, canvas.width, canvas.height).data,
    destroy() {
      scratch = undefined;
    },
  };
}
