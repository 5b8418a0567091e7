// Draws a boundary picture into a WebGL2 context. Two kinds of program:
// - unrolled (unrolled-shader.ts): generated for the network's architecture, parameters as uniforms.
//   Used whenever the parameters fit in the fragment uniforms (every playground network does).
// - generic (shader.ts): loops over an R32F parameter texture; any size, compiled once per width bucket.
// Measured on SwiftShader (software WebGL, 2 cores), 6 leaky-ReLU layers of 8, 400 x 400 pixels, draw +
// readback: generic about 12.7 s, unrolled well under a second (numbers in the boundary report).
// A painter owns GL resources only; after a context loss, `reset()` forgets them and the next paint
// recreates them on the restored context.
import { featureCode, fragmentShader, MAX_LAYERS, shaderWidthFor, TEXTURE_WIDTH, VERTEX_SHADER } from './shader.ts';
import { architectureKey, uniformVectorsFor, unrolledFragmentShader } from './unrolled-shader.ts';
import type { PackedNetwork } from './pack.ts';
import type { ResolvedView } from './view.ts';

export interface GlPainter {
  readonly gl: WebGL2RenderingContext;
  /**
   * Draws into the current drawing buffer (its size is the canvas's width x height). With `wait` false,
   * draws nothing and returns false while the program it needs is still being compiled (see `prepare`).
   */
  paint(packed: PackedNetwork, view: ResolvedView, wait?: boolean): boolean;
  /**
   * Starts compiling the program a paint of this network and view will use, without waiting for it: the
   * GPU process compiles it (on its own threads with KHR_parallel_shader_compile) while the page goes on.
   */
  prepare(packed: PackedNetwork, view: ResolvedView): void;
  /** Compiles the smallest generic program now; throws if this context cannot run the shader. */
  check(): void;
  /** Forces the generic texture program (for tests comparing both kinds). */
  forceGeneric: boolean;
  reset(): void;
  dispose(): void;
}

interface Program extends StartedProgram {
  /** Null until the program's link has been checked (at its first use). */
  uniforms: Map<string, WebGLUniformLocation | null> | null;
  names: string[];
}

interface StartedProgram {
  program: WebGLProgram;
  /** Its shaders, kept until the link is checked (their logs say what did not compile). */
  shaders: WebGLShader[];
}

/** KHR_parallel_shader_compile: whether a program has finished compiling and linking (asking does not wait). */
const COMPLETION_STATUS_KHR = 0x91b1;

const GENERIC_UNIFORMS = [
  'uParams', 'uLayerCount', 'uSizes', 'uOffsets', 'uActivations', 'uLeakySlope', 'uFeatureCount', 'uFeatures',
  'uExtent', 'uCanvasSize', 'uShowLayer', 'uShowIndex', 'uClassMode', 'uRange',
];
const UNROLLED_UNIFORMS = ['uW', 'uLeakySlope', 'uExtent', 'uCanvasSize', 'uShowIndex', 'uRange'];
/** Uniform vectors kept free for the other uniforms and the colour constants. */
const RESERVED_VECTORS = 32;
/** Programs kept per context; architectures beyond this are recompiled when they come back. */
const MAX_PROGRAMS = 24;

export const CONTEXT_ATTRIBUTES: WebGLContextAttributes = {
  alpha: false, antialias: false, depth: false, stencil: false, premultipliedAlpha: false, preserveDrawingBuffer: false,
};

/**
 * Starts compiling and linking the full-screen-triangle vertex shader with `fragmentSource`. Nothing waits
 * for the compiler until `finishProgram` asks for the result.
 */
function startProgram(gl: WebGL2RenderingContext, fragmentSource: string): StartedProgram {
  const shader = (type: number, source: string) => {
    const s = gl.createShader(type)!;
    gl.shaderSource(s, source);
    gl.compileShader(s);
    return s;
  };
  const program = gl.createProgram()!;
  const shaders = [shader(gl.VERTEX_SHADER, VERTEX_SHADER), shader(gl.FRAGMENT_SHADER, fragmentSource)];
  for (const s of shaders) gl.attachShader(program, s);
  gl.linkProgram(program);
  return { program, shaders };
}

/** Waits for a started program; throws naming `what` (and the driver's log) if it did not compile or link, unless the context is lost. */
function finishProgram(gl: WebGL2RenderingContext, started: StartedProgram, what: string): WebGLProgram {
  const { program, shaders } = started;
  try {
    if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost()) {
      for (const s of shaders) if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) throw new Error(`${what} did not compile: ${gl.getShaderInfoLog(s)}`);
      throw new Error(`${what} did not link: ${gl.getProgramInfoLog(program)}`);
    }
  } finally {
    for (const s of shaders) gl.deleteShader(s);
    started.shaders = [];
  }
  return program;
}

/**
 * Compiles and links the full-screen-triangle vertex shader with `fragmentSource`; throws naming `what` (and
 * the driver's log) if it does not compile, unless the context is lost. Shared with the contour renderer.
 */
export function linkProgram(gl: WebGL2RenderingContext, fragmentSource: string, what: string): WebGLProgram {
  return finishProgram(gl, startProgram(gl, fragmentSource), what);
}

const padded = (values: readonly number[], length: number) => {
  const out = new Int32Array(length);
  out.set(values.slice(0, length));
  return out;
};

export function createGlPainter(gl: WebGL2RenderingContext): GlPainter {
  // Insertion-ordered, so the first entry is the least recently used one.
  let programs = new Map<string, Program>();
  let texture: WebGLTexture | null = null;
  let vao: WebGLVertexArrayObject | null = null;
  const maxVectors = gl.getParameter(gl.MAX_FRAGMENT_UNIFORM_VECTORS) as number;
  const parallel = gl.getExtension('KHR_parallel_shader_compile') !== null;

  /**
   * The program for `key`, compiled on first use. `wait` false: null while it is still compiling (asked
   * without waiting where the browser can say; else a program started by this very call is left to the
   * compiler until the next call).
   */
  const programFor = (key: string, source: () => string, uniformNames: string[], wait = true): Program | null => {
    let p = programs.get(key);
    let started = false;
    if (p) {
      programs.delete(key);
    } else {
      p = { ...startProgram(gl, source()), uniforms: null, names: uniformNames };
      started = true;
      if (programs.size >= MAX_PROGRAMS) {
        const [oldKey, old] = programs.entries().next().value!;
        for (const s of old.shaders) gl.deleteShader(s);
        gl.deleteProgram(old.program);
        programs.delete(oldKey);
      }
    }
    programs.set(key, p);
    if (!p.uniforms) {
      if (!wait && (parallel ? !gl.getProgramParameter(p.program, COMPLETION_STATUS_KHR) : started)) return null;
      try {
        finishProgram(gl, p, 'boundary shader');
      } catch (error) {
        programs.delete(key);
        gl.deleteProgram(p.program);
        throw error;
      }
      const program = p.program;
      p.uniforms = new Map(p.names.map((name) => [name, gl.getUniformLocation(program, name)] as const));
    }
    return p;
  };

  const genericKey = (packed: PackedNetwork, view: ResolvedView) => {
    const width = shaderWidthFor(Math.max(packed.widest, view.features?.length ?? 2));
    return { key: `generic ${width}`, source: () => fragmentShader(width), names: GENERIC_UNIFORMS, width };
  };
  const unrolledKey = (packed: PackedNetwork, view: ResolvedView) =>
    ({ key: `unrolled ${architectureKey(packed, view)}`, source: () => unrolledFragmentShader(packed, view), names: UNROLLED_UNIFORMS });
  const useUnrolled = (packed: PackedNetwork) => !painter.forceGeneric && uniformVectorsFor(packed) + RESERVED_VECTORS <= maxVectors;

  const paintGeneric = (packed: PackedNetwork, view: ResolvedView, wait: boolean) => {
    const { key, source, names, width } = genericKey(packed, view);
    const p = programFor(key, source, names, wait);
    if (!p) return null;
    const { program } = p;
    const uniforms = p.uniforms!;
    const u = (name: string) => uniforms.get(name) ?? null;
    gl.useProgram(program);
    // Parameters: R32F texture, TEXTURE_WIDTH texels wide, as many rows as needed.
    const rows = Math.ceil(packed.data.length / TEXTURE_WIDTH);
    const texels = new Float32Array(rows * TEXTURE_WIDTH);
    texels.set(packed.data);
    if (!texture) texture = gl.createTexture();
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, texture);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.R32F, TEXTURE_WIDTH, rows, 0, gl.RED, gl.FLOAT, texels);
    gl.uniform1i(u('uParams'), 0);
    gl.uniform1i(u('uLayerCount'), packed.sizes.length - 1);
    gl.uniform1iv(u('uSizes'), padded(packed.sizes, MAX_LAYERS + 1));
    gl.uniform1iv(u('uOffsets'), padded(packed.offsets, MAX_LAYERS));
    gl.uniform1iv(u('uActivations'), padded(packed.activations, MAX_LAYERS));
    const features = view.features ?? [];
    gl.uniform1i(u('uFeatureCount'), features.length);
    gl.uniform1iv(u('uFeatures'), padded(features.map(featureCode), width));
    gl.uniform1i(u('uShowLayer'), view.layer);
    gl.uniform1i(u('uClassMode'), view.mode === 'class' ? 1 : 0);
    return u;
  };

  const paintUnrolled = (packed: PackedNetwork, view: ResolvedView, wait: boolean) => {
    const { key, source, names } = unrolledKey(packed, view);
    const p = programFor(key, source, names, wait);
    if (!p) return null;
    const { program } = p;
    const uniforms = p.uniforms!;
    const u = (name: string) => uniforms.get(name) ?? null;
    gl.useProgram(program);
    const vectors = new Float32Array(Math.max(1, uniformVectorsFor(packed)) * 4);
    vectors.set(packed.data);
    gl.uniform4fv(u('uW'), vectors);
    return u;
  };

  const painter: GlPainter = {
    gl,
    forceGeneric: false,
    check() {
      programFor('generic 8', () => fragmentShader(8), GENERIC_UNIFORMS);
    },
    prepare(packed, view) {
      if (packed.sizes.length - 1 > MAX_LAYERS) return;
      const { key, source, names } = useUnrolled(packed) ? unrolledKey(packed, view) : genericKey(packed, view);
      if (!programs.has(key)) programFor(key, source, names, false);
    },
    paint(packed, view, wait = true) {
      if (packed.sizes.length - 1 > MAX_LAYERS) throw new Error(`the boundary renderer handles up to ${MAX_LAYERS} layers`);
      const u = useUnrolled(packed) ? paintUnrolled(packed, view, wait) : paintGeneric(packed, view, wait);
      if (!u) return false;
      gl.uniform1f(u('uLeakySlope'), packed.leakySlope);
      gl.uniform4f(u('uExtent'), ...view.extent);
      const w = gl.drawingBufferWidth;
      const h = gl.drawingBufferHeight;
      gl.uniform2f(u('uCanvasSize'), w, h);
      gl.uniform1i(u('uShowIndex'), view.index);
      gl.uniform2f(u('uRange'), view.range[0], view.range[1]);
      if (!vao) vao = gl.createVertexArray();
      gl.bindVertexArray(vao);
      gl.viewport(0, 0, w, h);
      gl.drawArrays(gl.TRIANGLES, 0, 3);
      return true;
    },
    reset() {
      programs = new Map();
      texture = null;
      vao = null;
    },
    dispose() {
      for (const p of programs.values()) {
        for (const s of p.shaders) gl.deleteShader(s);
        gl.deleteProgram(p.program);
      }
      if (texture) gl.deleteTexture(texture);
      if (vao) gl.deleteVertexArray(vao);
      painter.reset();
    },
  };
  return painter;
}

/** Reads the drawing buffer as RGBA rows, top row first (GL's rows run bottom-up). */
export function readGlPixels(gl: WebGL2RenderingContext): Uint8ClampedArray {
  const w = gl.drawingBufferWidth;
  const h = gl.drawingBufferHeight;
  const raw = new Uint8Array(w * h * 4);
  gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, raw);
  const out = new Uint8ClampedArray(raw.length);
  const row = w * 4;
  for (let y = 0; y < h; y++) out.set(raw.subarray((h - 1 - y) * row, (h - y) * row), y * row);
  return out;
}
