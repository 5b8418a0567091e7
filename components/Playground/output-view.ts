// The output picture under the data points: the network's prediction at every pixel of the plane,
// coloured by predicted value (two classes, regression) or by predicted class with lightness for
// confidence (several classes); or, while the reader points at a neuron, that neuron's own picture.
// Also counts the predicted classes per pixel for the text summary.
import type { FeatureName, Network } from '../../src/engine/types.ts';
import { createBoundaryRenderer, type BoundaryView } from '../../src/render/boundary/index.ts';
import { webglIsSoftware } from './gpu.ts';
import type { PlaygroundState } from '../../src/state/playground-state.ts';
import { classCount } from '../../src/state/playground-state.ts';
import { paintClasses, paintSigned } from './grid-paint.ts';
import { outputToSigned, predictedClass } from './model-setup.ts';
import { gridInputs, PLANE_EXTENT } from './plane-grid.ts';

/** Grid of the CPU paths: the discretised picture and the per-class pixel counts of the summary. */
export const OUTPUT_GRID = 32;
/** Drawing-buffer size of the WebGL picture (CSS scales it to the plane). */
const PICTURE_PIXELS = 200;

export interface OutputSummary {
  /** Pixels per predicted class (classification), or the value range (regression). */
  classPixels: number[];
  range: [number, number];
}

/**
 * `canvas` gets the boundary renderer (its own WebGL2 context: switching the shared context's size
 * between this picture and the small neuron pictures would reallocate it on every draw);
 * `cpuCanvas` (2-D) shows the discretised picture. The caller shows one of the two.
 */
export function createOutputPainter(canvas: HTMLCanvasElement, cpuCanvas: HTMLCanvasElement) {
  setSize(canvas, PICTURE_PIXELS);
  const software = webglIsSoftware();
  // Drawn on the CPU: a canvas in memory (as data-plane.ts's points), not one the GPU process must set up first.
  if (software) canvas.getContext('2d', { willReadFrequently: true });
  const renderer = createBoundaryRenderer(canvas, { cpuResolution: 48, forceCanvas: software });
  let inputsKey = '';
  let inputs: Float32Array = new Float32Array(0);
  const inputsFor = (features: readonly FeatureName[]) => {
    const key = features.join(',');
    if (key !== inputsKey) { inputs = gridInputs(OUTPUT_GRID, features); inputsKey = key; }
    return inputs;
  };

  return {
    /** Paints the network's output, by the boundary renderer (or, discretised, on the CPU). */
    paint(network: Network, s: Readonly<PlaygroundState>): void {
      if (canvas.hidden !== s.discretize) canvas.hidden = s.discretize;
      if (cpuCanvas.hidden !== !s.discretize) cpuCanvas.hidden = !s.discretize;
      if (s.discretize) { this.summarise(network, s, true); return; }
      renderer.draw(network, outputView(s));
    },
    /** Starts compiling the picture's shader now (at mount), so the first pictures do not wait for it. */
    prepare(network: Network, s: Readonly<PlaygroundState>): void {
      if (!s.discretize) renderer.prepare(network, outputView(s));
    },
    /** What the picture shows (pixels per predicted class, value range); paints it when `paint` is set. */
    summarise(network: Network, s: Readonly<PlaygroundState>, paint = false): OutputSummary {
      const n = OUTPUT_GRID * OUTPUT_GRID;
      const out = network.predict(inputsFor(s.features), n);
      const k = classCount(s);
      const width = out.length / n;
      if (k > 2) {
        const classes = new Uint8Array(n);
        const confidence = new Float32Array(n);
        const pixels = new Array<number>(k).fill(0);
        for (let p = 0; p < n; p++) {
          const c = predictedClass(s, out, p * width);
          classes[p] = c;
          pixels[c]!++;
          // Softmax gives probabilities; sigmoid outputs (squared error) are clamped to [0, 1].
          let sum = 0;
          for (let j = 0; j < width; j++) sum += Math.max(0, out[p * width + j]!);
          confidence[p] = sum > 0 ? Math.max(0, (out[p * width + c]! / sum - 1 / k) / (1 - 1 / k)) : 0;
        }
        if (paint) paintClasses(cpuCanvas, classes, confidence, OUTPUT_GRID, s.discretize);
        return { classPixels: pixels, range: [0, 0] };
      }
      const signed = new Float32Array(n);
      let lo = Infinity;
      let hi = -Infinity;
      const pixels = [0, 0];
      for (let p = 0; p < n; p++) {
        const v = outputToSigned(s, out[p]!);
        signed[p] = v;
        lo = Math.min(lo, out[p]!);
        hi = Math.max(hi, out[p]!);
        if (k === 2) pixels[predictedClass(s, out, p)]!++;
      }
      if (paint) paintSigned(cpuCanvas, signed, OUTPUT_GRID, s.discretize && k === 2);
      return { classPixels: k === 2 ? pixels : [], range: [lo, hi] };
    },
    /** The renderer's current picture, RGBA rows from the top (for tests). */
    readPixels: () => renderer.readPixels(),
    /** Which back end draws the picture. */
    backend: renderer.backend,
    /** Paints one neuron's activation over the plane (layer index into spec.layers). */
    paintNeuron(network: Network, s: Readonly<PlaygroundState>, unit: { layer: number; index: number }): void {
      canvas.hidden = false;
      cpuCanvas.hidden = true;
      renderer.draw(network, { extent: PLANE_EXTENT, features: s.features, unit });
    },
  };
}

function outputView(s: Readonly<PlaygroundState>): BoundaryView {
  const k = classCount(s);
  return { extent: PLANE_EXTENT, features: s.features, output: k > 2 ? 'class' : 'value', ...(k > 2 ? { classes: k } : {}) };
}

function setSize(canvas: HTMLCanvasElement, size: number): void {
  if (canvas.width !== size) canvas.width = size;
  if (canvas.height !== size) canvas.height = size;
}
