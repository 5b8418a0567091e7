// GLSL for the decision boundary: a full-screen triangle whose fragment shader runs the whole network
// forward for its pixel, reading weights and biases from a float texture (layout in pack.ts), and colours
// the result with the constants generated from colors.ts (color-map.ts). It mirrors the reference engine:
// the same feature formulas, z = b + Σ a_i w_ij summed in input order, and the same activations.
import { FEATURE_NAMES } from '../../engine/features.ts';
import type { FeatureName } from '../../engine/types.ts';
import { glslColorSource } from './color-map.ts';
import { ACTIVATION_CODES } from './pack.ts';

/** Layers the shader can run: up to 8 hidden layers plus the output layer (the engine's limit). */
export const MAX_LAYERS = 9;
/** Width of the parameter texture in texels; its height grows with the parameter count. */
export const TEXTURE_WIDTH = 1024;
/** Largest layer the shader handles (the playground uses 8; wider networks get a wider shader). */
export const MAX_SHADER_WIDTH = 256;

/** The feature formulas in GLSL, one per FeatureName (the TS type makes a new feature a compile error here). */
export const FEATURE_GLSL: Readonly<Record<FeatureName, string>> = {
  x1: 'p.x',
  x2: 'p.y',
  x1Squared: 'p.x * p.x',
  x2Squared: 'p.y * p.y',
  x1x2: 'p.x * p.y',
  sinX1: 'sin(p.x)',
  sinX2: 'sin(p.y)',
};

/** GLSL sigmoid and tanh that never overflow, for both boundary shaders (this one and unrolled-shader.ts). */
export const STABLE_ACTIVATIONS_GLSL = `float sigmoid(float z) {
  if (z >= 0.0) return 1.0 / (1.0 + exp(-z));
  float e = exp(z);
  return e / (1.0 + e);
}

// tanh from one exp of a non-positive number, so it never overflows.
float stableTanh(float z) {
  float e = exp(-2.0 * abs(z));
  return sign(z) * (1.0 - e) / (1.0 + e);
}`;

/** Feature codes sent to the shader: the index in the engine's FEATURE_NAMES. */
export const featureCode = (f: FeatureName): number => FEATURE_NAMES.indexOf(f);

/** Rounds the widest layer up to a shader width bucket (8, 16, 32, ...), so few programs are ever compiled. */
export function shaderWidthFor(widest: number): number {
  let w = 8;
  while (w < widest) w *= 2;
  if (w > MAX_SHADER_WIDTH) throw new Error(`the boundary renderer handles layers of up to ${MAX_SHADER_WIDTH} units, this network has one of ${widest}`);
  return w;
}

export const VERTEX_SHADER = `#version 300 es
// One triangle that covers the viewport; no vertex buffers needed.
void main() {
  vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}
`;

const A = ACTIVATION_CODES;

export function fragmentShader(width: number): string {
  const featureCases = FEATURE_NAMES.map((f, i) => `    case ${i}: return ${FEATURE_GLSL[f]};`).join('\n');
  return `#version 300 es
precision highp float;
precision highp int;
precision highp sampler2D;

#define WIDTH ${width}
#define MAX_LAYERS ${MAX_LAYERS}
#define TEXTURE_WIDTH ${TEXTURE_WIDTH}

uniform sampler2D uParams;        // R32F, layout in pack.ts
uniform int uLayerCount;          // spec.layers.length
uniform int uSizes[MAX_LAYERS + 1];
uniform int uOffsets[MAX_LAYERS];
uniform int uActivations[MAX_LAYERS];
uniform float uLeakySlope;
uniform int uFeatureCount;        // 0: the point itself (x1, x2)
uniform int uFeatures[WIDTH];
uniform vec4 uExtent;             // xMin, xMax, yMin, yMax
uniform vec2 uCanvasSize;         // drawing-buffer pixels
uniform int uShowLayer;           // the layer whose activations are shown (index into spec.layers)
uniform int uShowIndex;           // value mode: the unit shown
uniform int uClassMode;           // 0 value, 1 class
uniform vec2 uRange;
out vec4 outColor;
${glslColorSource()}
float param(int i) {
  return texelFetch(uParams, ivec2(i % TEXTURE_WIDTH, i / TEXTURE_WIDTH), 0).r;
}

float feature(int code, vec2 p) {
  switch (code) {
${featureCases}
  }
  return 0.0;
}

${STABLE_ACTIVATIONS_GLSL}

float activate(int kind, float z) {
  switch (kind) {
    case ${A.linear}: return z;
    case ${A.step}: return z >= 0.0 ? 1.0 : 0.0;
    case ${A.sigmoid}: return sigmoid(z);
    case ${A.tanh}: return stableTanh(z);
    case ${A.relu}: return z > 0.0 ? z : 0.0;
    case ${A.leakyRelu}: return z > 0.0 ? z : uLeakySlope * z;
  }
  return z;
}

void main() {
  // Pixel centres, top row at yMax: the same points as the engine's evaluateGrid.
  vec2 f = gl_FragCoord.xy / uCanvasSize;
  vec2 p = vec2(uExtent.x + f.x * (uExtent.y - uExtent.x), uExtent.z + f.y * (uExtent.w - uExtent.z));

  float a[WIDTH];
  float z[WIDTH];
  if (uFeatureCount == 0) {
    a[0] = p.x;
    a[1] = p.y;
  } else {
    for (int k = 0; k < WIDTH; k++) {
      if (k >= uFeatureCount) break;
      a[k] = feature(uFeatures[k], p);
    }
  }

  for (int l = 0; l < MAX_LAYERS; l++) {
    if (l >= uLayerCount) break;
    int nIn = uSizes[l];
    int nOut = uSizes[l + 1];
    int offset = uOffsets[l];
    int bias = offset + nIn * nOut;
    float zMax = -3.4e38;
    for (int j = 0; j < WIDTH; j++) {
      if (j >= nOut) break;
      float s = param(bias + j);
      for (int i = 0; i < WIDTH; i++) {
        if (i >= nIn) break;
        s += a[i] * param(offset + i * nOut + j);
      }
      z[j] = s;
      zMax = max(zMax, s);
    }
    if (uActivations[l] == ${A.softmax}) {
      // Stable softmax: subtract the largest z so every exponent is <= 0.
      float sum = 0.0;
      for (int j = 0; j < WIDTH; j++) {
        if (j >= nOut) break;
        z[j] = exp(z[j] - zMax);
        sum += z[j];
      }
      for (int j = 0; j < WIDTH; j++) {
        if (j >= nOut) break;
        a[j] = z[j] / sum;
      }
    } else {
      for (int j = 0; j < WIDTH; j++) {
        if (j >= nOut) break;
        a[j] = activate(uActivations[l], z[j]);
      }
    }
    if (l == uShowLayer) break;
  }

  int n = uSizes[uShowLayer + 1];
  if (uClassMode == 0) {
    outColor = vec4(valueColor(a[uShowIndex], uRange), 1.0);
  } else if (n == 1) {
    float t = signedPosition(a[0], uRange);
    outColor = vec4(classColor(t >= 0.0 ? 1 : 0, min(1.0, abs(t))), 1.0);
  } else {
    // argmax, first wins ties; margin = gap to the runner-up as a fraction of the range.
    int k = 0;
    for (int j = 1; j < WIDTH; j++) {
      if (j >= n) break;
      if (a[j] > a[k]) k = j;
    }
    float second = -3.4e38;
    for (int j = 0; j < WIDTH; j++) {
      if (j >= n) break;
      if (j != k && a[j] > second) second = a[j];
    }
    float margin = (a[k] - second) / (uRange.y - uRange.x);
    if (isnan(margin) || isinf(margin)) margin = 0.0;
    outColor = vec4(classColor(k, margin), 1.0);
  }
}
`;
}
