// Draws a boundary picture into a WebGL2 context: uploads the packed parameters to an R32F texture, picks
// (compiling once) the program for the network's width, sets the uniforms, draws one triangle.
// A painter owns GL resources only; after a context loss, `reset()` forgets them and the next paint
// recreates them on the restored context.
import { featureCode, fragmentShader, MAX_LAYERS, shaderWidthFor, TEXTURE_WIDTH, VERTEX_SHADER } from './shader.ts';
import type { PackedNetwork } from './pack.ts';
import type { ResolvedView } from './view.ts';

export interface GlPainter {
  readonly gl: WebGL2RenderingContext;
  /** Draws into the current drawing buffer (its size is the canvas's width x height). */
  paint(packed: PackedNetwork, view: ResolvedView): void;
  /** Compiles the smallest program now; throws if this context cannot run the shader. */
  check(): void;
  reset(): void;
  dispose(): void;
}

interface Program {
  program: WebGLProgram;
  uniforms: Map<string, WebGLUniformLocation | null>;
}

const UNIFORMS = [
  'uParams', 'uLayerCount', 'uSizes', 'uOffsets', 'uActivations', 'uLeakySlope', 'uFeatureCount', 'uFeatures',
  'uExtent', 'uCanvasSize', 'uShowLayer', 'uShowIndex', 'uClassMode', 'uRange',
];

export const CONTEXT_ATTRIBUTES: WebGLContextAttributes = {
  alpha: false, antialias: false, depth: false, stencil: false, premultipliedAlpha: false, preserveDrawingBuffer: false,
};

function compile(gl: WebGL2RenderingContext, width: number): Program {
  const shader = (type: number, source: string) => {
    const s = gl.createShader(type)!;
    gl.shaderSource(s, source);
    gl.compileShader(s);
    if (!gl.getShaderParameter(s, gl.COMPILE_STATUS) && !gl.isContextLost()) {
      throw new Error(`boundary shader did not compile: ${gl.getShaderInfoLog(s)}`);
    }
    return s;
  };
  const program = gl.createProgram()!;
  const vs = shader(gl.VERTEX_SHADER, VERTEX_SHADER);
  const fs = shader(gl.FRAGMENT_SHADER, fragmentShader(width));
  gl.attachShader(program, vs);
  gl.attachShader(program, fs);
  gl.linkProgram(program);
  gl.deleteShader(vs);
  gl.deleteShader(fs);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost()) {
    throw new Error(`boundary shader did not link: ${gl.getProgramInfoLog(program)}`);
  }
  const uniforms = new Map(UNIFORMS.map((name) => [name, gl.getUniformLocation(program, name)] as const));
  return { program, uniforms };
}

const padded = (values: readonly number[], length: number) => {
  const out = new Int32Array(length);
  out.set(values.slice(0, length));
  return out;
};

export function createGlPainter(gl: WebGL2RenderingContext): GlPainter {
  let programs = new Map<number, Program>();
  let texture: WebGLTexture | null = null;
  let vao: WebGLVertexArrayObject | null = null;

  const programFor = (width: number) => {
    let p = programs.get(width);
    if (!p) {
      p = compile(gl, width);
      programs.set(width, p);
    }
    return p;
  };

  return {
    gl,
    check() {
      programFor(8);
    },
    paint(packed, view) {
      if (packed.sizes.length - 1 > MAX_LAYERS) throw new Error(`the boundary renderer handles up to ${MAX_LAYERS} layers`);
      const width = shaderWidthFor(Math.max(packed.widest, view.features?.length ?? 2));
      const { program, uniforms } = programFor(width);
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
      gl.uniform1f(u('uLeakySlope'), packed.leakySlope);
      const features = view.features ?? [];
      gl.uniform1i(u('uFeatureCount'), features.length);
      gl.uniform1iv(u('uFeatures'), padded(features.map(featureCode), width));
      gl.uniform4f(u('uExtent'), ...view.extent);
      const w = gl.drawingBufferWidth;
      const h = gl.drawingBufferHeight;
      gl.uniform2f(u('uCanvasSize'), w, h);
      gl.uniform1i(u('uShowLayer'), view.layer);
      gl.uniform1i(u('uShowIndex'), view.index);
      gl.uniform1i(u('uClassMode'), view.mode === 'class' ? 1 : 0);
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
      this.reset();
    },
  };
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
