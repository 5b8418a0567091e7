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
  /** Draws into the current drawing buffer (its size is the canvas's width x height). */
  paint(packed: PackedNetwork, view: ResolvedView): void;
  /** Compiles the smallest generic program now; throws if this context cannot run the shader. */
  check(): void;
  /** Forces the generic texture program (for tests comparing both kinds). */
  forceGeneric: boolean;
  reset(): void;
  dispose(): void;
}

interface Program {
  program: WebGLProgram;
  uniforms: Map<string, WebGLUniformLocation | null>;
}

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
 * Compiles and links the full-screen-triangle vertex shader with `fragmentSource`; throws naming `what` (and
 * the driver's log) if it does not compile, unless the context is lost. Shared with the contour renderer.
 */
export function linkProgram(gl: WebGL2RenderingContext, fragmentSource: string, what: string): WebGLProgram {
  const shader = (type: number, source: string) => {
    const s = gl.createShader(type)!;
    gl.shaderSource(s, source);
    gl.compileShader(s);
    if (!gl.getShaderParameter(s, gl.COMPILE_STATUS) && !gl.isContextLost()) {
      throw new Error(`${what} did not compile: ${gl.getShaderInfoLog(s)}`);
    }
    return s;
  };
  const program = gl.createProgram()!;
  const vs = shader(gl.VERTEX_SHADER, VERTEX_SHADER);
  const fs = shader(gl.FRAGMENT_SHADER, fragmentSource);
  gl.attachShader(program, vs);
  gl.attachShader(program, fs);
  gl.linkProgram(program);
  gl.deleteShader(vs);
  gl.deleteShader(fs);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost()) {
    throw new Error(`${what} did not link: ${gl.getProgramInfoLog(program)}`);
  }
  return program;
}

function compile(gl: WebGL2RenderingContext, fragmentSource: string, uniformNames: string[]): Program {
  const program = linkProgram(gl, fragmentSource, 'boundary shader');
  const uniforms = new Map(uniformNames.map((name) => [name, gl.getUniformLocation(program, name)] as const));
  return { program, uniforms };
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

  const programFor = (key: string, source: () => string, uniformNames: string[]) => {
    let p = programs.get(key);
    if (p) {
      programs.delete(key);
    } else {
      p = compile(gl, source(), uniformNames);
      if (programs.size >= MAX_PROGRAMS) {
        const [oldKey, old] = programs.entries().next().value!;
        gl.deleteProgram(old.program);
        programs.delete(oldKey);
      }
    }
    programs.set(key, p);
    return p;
  };

  const paintGeneric = (packed: PackedNetwork, view: ResolvedView) => {
    const width = shaderWidthFor(Math.max(packed.widest, view.features?.length ?? 2));
    const { program, uniforms } = programFor(`generic ${width}`, () => fragmentShader(width), GENERIC_UNIFORMS);
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

  const paintUnrolled = (packed: PackedNetwork, view: ResolvedView) => {
    const { program, uniforms } = programFor(`unrolled ${architectureKey(packed, view)}`, () => unrolledFragmentShader(packed, view), UNROLLED_UNIFORMS);
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
    paint(packed, view) {
      if (packed.sizes.length - 1 > MAX_LAYERS) throw new Error(`the boundary renderer handles up to ${MAX_LAYERS} layers`);
      const unrolled = !painter.forceGeneric && uniformVectorsFor(packed) + RESERVED_VECTORS <= maxVectors;
      const u = unrolled ? paintUnrolled(packed, view) : paintGeneric(packed, view);
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
    },
    reset() {
      programs = new Map();
      texture = null;
      vao = null;
    },
    dispose() {
      for (const p of programs.values()) gl.deleteProgram(p.program);
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
