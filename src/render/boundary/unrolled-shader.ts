// The fast boundary shader: generated for one network architecture (layer sizes, activations, features,
// the layer shown, value or class mode), with every loop unrolled and every parameter read from a uniform
// array at a constant index. GPUs, and software renderers like SwiftShader even more, run this far faster
// than loops over a texture with dynamic array indexing. Weights change every frame as uniforms; the
// program changes only with the architecture (or the layer shown).
// Same maths as the generic shader (shader.ts) and the engine: z = b + Σ a_i w_ij in input order.
import type { FeatureName } from '../../engine/types.ts';
import { glslColorSource } from './color-map.ts';
import { ACTIVATION_CODES, type PackedNetwork } from './pack.ts';
import { FEATURE_GLSL, STABLE_ACTIVATIONS_GLSL } from './shader.ts';
import type { ResolvedView } from './view.ts';

/** Everything that shapes the generated code (weights do not). */
export function architectureKey(packed: PackedNetwork, view: ResolvedView): string {
  return JSON.stringify([packed.sizes, packed.activations, view.features ?? null, view.layer, view.mode]);
}

const A = ACTIVATION_CODES;
const CODE_TO_NAME = Object.fromEntries(Object.entries(A).map(([k, v]) => [v, k]));

/** The GLSL expression of parameter i: uW[i / 4].xyzw[i % 4]. */
const param = (i: number) => `uW[${i >> 2}].${'xyzw'[i & 3]}`;

function activationExpr(code: number, z: string): string {
  switch (CODE_TO_NAME[code]) {
    case 'linear': return z;
    case 'step': return `(${z} >= 0.0 ? 1.0 : 0.0)`;
    case 'sigmoid': return `sigmoid(${z})`;
    case 'tanh': return `stableTanh(${z})`;
    case 'relu': return `max(${z}, 0.0)`;
    case 'leakyRelu': return `(${z} > 0.0 ? ${z} : uLeakySlope * ${z})`;
  }
  throw new Error(`no element-wise form for activation code ${code}`);
}

/** Number of vec4 uniforms the parameters of this network need. */
export const uniformVectorsFor = (packed: PackedNetwork) => Math.ceil(packed.data.length / 4);

export function unrolledFragmentShader(packed: PackedNetwork, view: ResolvedView): string {
  const { sizes, offsets, activations } = packed;
  const lines: string[] = [];
  const features: readonly FeatureName[] = view.features ?? ['x1', 'x2'];
  features.forEach((f, i) => lines.push(`float a0_${i} = ${FEATURE_GLSL[f]};`));
  for (let l = 0; l <= view.layer; l++) {
    const nIn = sizes[l]!;
    const nOut = sizes[l + 1]!;
    const offset = offsets[l]!;
    const bias = offset + nIn * nOut;
    for (let j = 0; j < nOut; j++) {
      const terms = [param(bias + j)];
      for (let i = 0; i < nIn; i++) terms.push(`a${l}_${i} * ${param(offset + i * nOut + j)}`);
      lines.push(`float z${l + 1}_${j} = ${terms.join(' + ')};`);
    }
    if (activations[l] === A.softmax) {
      const zs = Array.from({ length: nOut }, (_, j) => `z${l + 1}_${j}`);
      lines.push(`float m${l + 1} = ${zs.reduce((acc, z) => `max(${acc}, ${z})`)};`);
      zs.forEach((z, j) => lines.push(`float e${l + 1}_${j} = exp(${z} - m${l + 1});`));
      lines.push(`float s${l + 1} = ${zs.map((_, j) => `e${l + 1}_${j}`).join(' + ')};`);
      zs.forEach((_, j) => lines.push(`float a${l + 1}_${j} = e${l + 1}_${j} / s${l + 1};`));
    } else {
      for (let j = 0; j < nOut; j++) lines.push(`float a${l + 1}_${j} = ${activationExpr(activations[l]!, `z${l + 1}_${j}`)};`);
    }
  }
  const L = view.layer + 1;
  const n = sizes[L]!;
  const out = (j: number) => `a${L}_${j}`;
  if (view.mode === 'value') {
    // The shown unit is a uniform, so one program serves every unit of the layer (per-neuron thumbnails).
    const pick = Array.from({ length: n }, (_, j) => j).reverse()
      .reduce((acc, j) => (acc === '' ? out(j) : `uShowIndex == ${j} ? ${out(j)} : (${acc})`), '');
    lines.push(`outColor = vec4(valueColor(${pick}, uRange), 1.0);`);
  } else if (n === 1) {
    lines.push(`float t = signedPosition(${out(0)}, uRange);`);
    lines.push(`outColor = vec4(classColor(t >= 0.0 ? 1 : 0, min(1.0, abs(t))), 1.0);`);
  } else {
    // argmax (first wins ties) and the runner-up, as in color-map.ts classOf
    lines.push(`int k = 0; float best = ${out(0)};`);
    for (let j = 1; j < n; j++) lines.push(`if (${out(j)} > best) { k = ${j}; best = ${out(j)}; }`);
    lines.push('float second = -3.4e38;');
    for (let j = 0; j < n; j++) lines.push(`if (k != ${j} && ${out(j)} > second) second = ${out(j)};`);
    lines.push('float margin = (best - second) / (uRange.y - uRange.x);');
    lines.push('if (isnan(margin) || isinf(margin)) margin = 0.0;');
    lines.push('outColor = vec4(classColor(k, margin), 1.0);');
  }
  return `#version 300 es
precision highp float;
precision highp int;
uniform vec4 uW[${Math.max(1, uniformVectorsFor(packed))}];  // parameters, layout in pack.ts
uniform float uLeakySlope;
uniform vec4 uExtent;       // xMin, xMax, yMin, yMax
uniform vec2 uCanvasSize;   // drawing-buffer pixels
uniform int uShowIndex;     // value mode: the unit shown
uniform vec2 uRange;
out vec4 outColor;
${glslColorSource()}
${STABLE_ACTIVATIONS_GLSL}
void main() {
  // Pixel centres, top row at yMax: the same points as the engine's evaluateGrid.
  vec2 f = gl_FragCoord.xy / uCanvasSize;
  vec2 p = vec2(uExtent.x + f.x * (uExtent.y - uExtent.x), uExtent.z + f.y * (uExtent.w - uExtent.z));
  ${lines.join('\n  ')}
}
`;
}
