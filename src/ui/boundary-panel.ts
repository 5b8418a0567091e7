// A captioned decision-boundary picture with data points on top: the boundary renderer's canvas and a
// points overlay stacked in one square figure. Used by widgets that show a few networks side by side
// (SizeMatters, RegularizationLab). Only the overlay is exposed to assistive technology, as one image
// whose label the widget keeps up to date (the picture itself carries no text).
import { createBoundaryRenderer, type BoundaryRenderer } from '../render/boundary/index.ts';
import { drawDataPoints, type DataPoint } from '../render/points/draw-points.ts';
import type { Network } from '../engine/types.ts';

export interface BoundaryPanel {
  element: HTMLElement;
  /** Redraws the picture of `network` and the points (row-major [n x 2] inputs, 0/1 targets). */
  draw(network: Network, layers: readonly PointLayer[]): void;
  setCaption(text: string): void;
  /** The text a screen reader gets for the picture. */
  setDescription(text: string): void;
  destroy(): void;
}

export interface PointLayer {
  inputs: ArrayLike<number>;
  targets: ArrayLike<number>;
  /** Hollow markers (test or augmented points). */
  hollow?: boolean;
  radius?: number;
}

/** A WebGL draw slower than this (after the first, which compiles the shader) means software WebGL. */
const SLOW_GPU_DRAW_MS = 40;
/** Grid the engine evaluates itself when WebGL is slow: coarse, smoothed when scaled up, and cheap. */
const CPU_GRID = 64;

let softwareGl: boolean | undefined;
/** True when WebGL is emulated on the CPU (SwiftShader, llvmpipe…): then a per-pixel shader is slow. */
function webglIsSoftware(): boolean {
  if (softwareGl !== undefined) return softwareGl;
  const gl = document.createElement('canvas').getContext('webgl2');
  const info = gl?.getExtension('WEBGL_debug_renderer_info');
  const name = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  gl?.getExtension('WEBGL_lose_context')?.loseContext();
  return (softwareGl = /swiftshader|llvmpipe|software|basic render/i.test(name));
}

/** CSS pixels of the square picture; the drawing buffers follow devicePixelRatio. */
export function createBoundaryPanel(o: { caption: string; extent: [number, number, number, number]; size?: number }): BoundaryPanel {
  const size = o.size ?? 220;
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
  const figure = document.createElement('figure');
  figure.className = 'boundary-panel';
  figure.style.margin = '0';
  const stack = document.createElement('div');
  stack.className = 'boundary-panel-stack';
  // Inline layout so the panel needs no stylesheet: a square that shrinks with its column.
  Object.assign(stack.style, { position: 'relative', width: '100%', maxWidth: `${size}px`, aspectRatio: '1 / 1' });
  const picture = document.createElement('canvas');
  const overlay = document.createElement('canvas');
  for (const c of [picture, overlay]) {
    c.width = c.height = Math.round(size * dpr);
    Object.assign(c.style, { position: 'absolute', inset: '0', width: '100%', height: '100%' });
  }
  picture.setAttribute('aria-hidden', 'true');
  overlay.setAttribute('role', 'img');
  overlay.setAttribute('aria-label', o.caption);
  stack.append(picture, overlay);
  const caption = document.createElement('figcaption');
  caption.textContent = o.caption;
  figure.append(stack, caption);
  let renderer: BoundaryRenderer | undefined;
  let gpuDraws = 0;

  return {
    element: figure,
    draw(network, layers) {
      renderer ??= webglIsSoftware()
        ? createBoundaryRenderer(picture, { forceCanvas: true, cpuResolution: CPU_GRID })
        : createBoundaryRenderer(picture, { shared: true });
      const started = performance.now();
      renderer.draw(network, { extent: o.extent });
      // Software WebGL (no GPU: SwiftShader, some virtual machines) runs the network for every pixel on the
      // main thread, hundreds of ms a picture; the engine's own coarse grid costs a few. Switch for good.
      if (renderer.backend === 'webgl2' && ++gpuDraws > 1 && performance.now() - started > SLOW_GPU_DRAW_MS) {
        renderer.destroy();
        renderer = createBoundaryRenderer(picture, { forceCanvas: true, cpuResolution: CPU_GRID });
        renderer.draw(network, { extent: o.extent });
      }
      const ctx = overlay.getContext('2d')!;
      ctx.clearRect(0, 0, overlay.width, overlay.height);
      for (const layer of layers) {
        const points: DataPoint[] = [];
        for (let i = 0; i < layer.targets.length; i++) {
          points.push({ x1: layer.inputs[2 * i]!, x2: layer.inputs[2 * i + 1]!, label: layer.targets[i]! >= 0.5 ? 1 : 0, test: layer.hollow });
        }
        drawDataPoints(overlay, points, o.extent, { radius: (layer.radius ?? 4.5) * dpr, clear: false });
      }
    },
    setCaption(text) {
      caption.textContent = text;
    },
    setDescription(text) {
      overlay.setAttribute('aria-label', text);
    },
    destroy() {
      renderer?.destroy();
    },
  };
}
