// The contour renderer: the lines of equal loss of a quadratic loss surface L(w) = ½ wᵀHw over a square of
// parameter space (OptimizerSurface's ravine), drawn like the decision boundaries, by WebGL2 with a fallback.
//
//   const r = createContourRenderer(canvas);
//   r.draw({ extent: [-5, 5, -5, 5], hessian: [h11, h12, h22], rgba: [0, 0, 0, 110] });
//
// Back ends, chosen once: 'webgl2' (the fragment shader of shader.ts, one pass per draw) or, without WebGL2
// or with `forceCanvas`, 'canvas2d' (cpu-picture.ts, the same rule in float64). The picture fills the
// canvas's drawing buffer; the background stays transparent, so the canvas can sit on the page's colour.
// A lost WebGL context is waited out and the last picture redrawn when it returns.
import { linkProgram, readGlPixels } from '../boundary/gl-painter.ts';
import { contourPicture } from './cpu-picture.ts';
import { CONTOUR_FRAGMENT_SHADER } from './shader.ts';

export interface ContourView {
  /** [w₁ min, w₁ max, w₂ min, w₂ max]; the top row is w₂ max. */
  extent: readonly [number, number, number, number];
  /** The symmetric H = [[h11, h12], [h12, h22]] of L(w) = ½ wᵀHw, as [h11, h12, h22]. */
  hessian: readonly [number, number, number];
  /** Line colour [r, g, b, a], 0..255, not premultiplied. */
  rgba: readonly [number, number, number, number];
  /** log₂ of the lowest contour's loss (default −6, as cpu-picture.ts). */
  lowest?: number;
}

export interface ContourRenderer {
  readonly backend: 'webgl2' | 'canvas2d';
  /** Draws the picture now. */
  draw(view: ContourView): void;
  /** The current picture as RGBA bytes, row 0 at the top (for tests). */
  readPixels(): Uint8ClampedArray;
  destroy(): void;
}

const DEFAULT_LOWEST = -6;

/** L(w₁, w₂) = ½ wᵀHw, the loss a view's contours are drawn for. */
export const quadraticLoss = (h: ContourView['hessian']) => (x: number, y: number): number =>
  0.5 * (h[0] * x * x + 2 * h[1] * x * y + h[2] * y * y);

// Alpha, not premultiplied, so transparent pixels show the page and a line has its own opacity. The buffer
// is preserved: one small canvas, drawn rarely, that a printout or a test may read back at any time.
const CONTEXT_ATTRIBUTES: WebGLContextAttributes = {
  alpha: true, premultipliedAlpha: false, antialias: false, depth: false, stencil: false, preserveDrawingBuffer: true,
};

export function createContourRenderer(canvas: HTMLCanvasElement, options: { forceCanvas?: boolean } = {}): ContourRenderer {
  // A canvas keeps the first kind of context it gives, so WebGL2 is tried on a probe before this one.
  const gl = options.forceCanvas || !webgl2Works() ? null : canvas.getContext('webgl2', CONTEXT_ATTRIBUTES);
  return (gl && glRenderer(canvas, gl)) || canvasRenderer(canvas);
}

let probed: boolean | undefined;
/** Whether this browser gives a WebGL2 context that compiles the contour shader (tried once, on a 1 × 1 canvas). */
function webgl2Works(): boolean {
  if (probed !== undefined) return probed;
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return (probed = false);
  try {
    gl.deleteProgram(compileProgram(gl));
    probed = true;
  } catch {
    probed = false;
  }
  gl.getExtension('WEBGL_lose_context')?.loseContext(); // give the context back at once (browsers allow ~16)
  return probed;
}

const compileProgram = (gl: WebGL2RenderingContext): WebGLProgram => linkProgram(gl, CONTOUR_FRAGMENT_SHADER, 'contour shader');

/** The WebGL2 back end, or null when this context cannot run the shader (then the caller falls back). */
function glRenderer(canvas: HTMLCanvasElement, gl: WebGL2RenderingContext): ContourRenderer | null {
  let program: WebGLProgram | null = null;
  let vao: WebGLVertexArrayObject | null = null;
  try {
    program = compileProgram(gl);
  } catch {
    return null; // the probe compiled it, so this is rare (a lost context); the 2-D fallback then throws its own message
  }
  let last: ContourView | undefined;
  let lost = gl.isContextLost();
  const paint = () => {
    if (!last || lost) return;
    program ??= compileProgram(gl);
    vao ??= gl.createVertexArray();
    const u = (name: string) => gl.getUniformLocation(program!, name);
    const w = gl.drawingBufferWidth;
    const h = gl.drawingBufferHeight;
    gl.useProgram(program);
    gl.uniform4f(u('uExtent'), ...last.extent);
    gl.uniform2f(u('uCanvasSize'), w, h);
    gl.uniform3f(u('uHessian'), ...last.hessian);
    gl.uniform4f(u('uColor'), ...(last.rgba.map((c) => c / 255) as [number, number, number, number]));
    gl.uniform1f(u('uLowest'), last.lowest ?? DEFAULT_LOWEST);
    gl.bindVertexArray(vao);
    gl.viewport(0, 0, w, h);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.drawArrays(gl.TRIANGLES, 0, 3);
  };
  const onLost = (e: Event) => { e.preventDefault(); lost = true; };
  const onRestored = () => { lost = false; program = null; vao = null; paint(); };
  canvas.addEventListener('webglcontextlost', onLost);
  canvas.addEventListener('webglcontextrestored', onRestored);
  return {
    backend: 'webgl2',
    draw(view) { last = view; paint(); },
    readPixels: () => readGlPixels(gl),
    destroy() {
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
      if (!lost) {
        if (program) gl.deleteProgram(program);
        if (vao) gl.deleteVertexArray(vao);
      }
      last = undefined;
    },
  };
}

function canvasRenderer(canvas: HTMLCanvasElement): ContourRenderer {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this canvas already has another kind of context; give the contour renderer its own canvas');
  return {
    backend: 'canvas2d',
    draw(view) {
      // The fallback draws square pictures (the widget's canvas is square); a wider canvas gets the square.
      const size = Math.min(canvas.width, canvas.height);
      const rgba = contourPicture({ size, extent: view.extent, loss: quadraticLoss(view.hessian), rgba: view.rgba, lowest: view.lowest ?? DEFAULT_LOWEST });
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.putImageData(new ImageData(rgba, size, size), 0, 0);
    },
    readPixels: () => ctx.getImageData(0, 0, canvas.width, canvas.height).data,
    destroy() {},
  };
}
