// How a network's output becomes a pixel colour, defined once for both boundary back ends: the CPU path
// calls these functions, the WebGL path gets the same constants as generated GLSL (`glslColorSource`) and
// mirrors the two small formulas below line for line. The browser test checks that both agree.
import { CLASS_COLORS, MID_RGB, diverging, divergingStops, hexToRgb } from '../../ui/colors.ts';

export type Rgb = [number, number, number];

/**
 * In class mode a pixel is its winning class's colour mixed with the neutral middle: fully saturated where
 * the network is sure (the top two outputs differ by the whole range), this strong where it is undecided,
 * so the picture shows confidence as well as the class.
 */
export const CLASS_MIN_STRENGTH = 0.35;

const CLASS_RGB: Rgb[] = CLASS_COLORS.map(hexToRgb);

/** Maps v from [min, max] onto [-1, 1] (the diverging scale's domain); non-finite values give 0 (neutral). */
export function signedPosition(v: number, [min, max]: readonly [number, number]): number {
  const t = (2 * (v - min)) / (max - min) - 1;
  return Number.isFinite(t) ? t : 0;
}

/** Value mode: the shared diverging scale (NEGATIVE at `min`, grey at the middle, POSITIVE at `max`). */
export function valueColor(v: number, range: readonly [number, number]): Rgb {
  return diverging(signedPosition(v, range));
}

/** The class colour for class k (cycles if there are more classes than colours). */
export const classRgb = (k: number): Rgb => CLASS_RGB[k % CLASS_RGB.length]!;

/**
 * Which class a pixel shows and how sure the network is (0..1).
 * One output: class 1 when the value is at or above the middle of the range, margin = distance from the
 * middle as a fraction of half the range. Several outputs: argmax (first wins ties), margin = gap between
 * the top two outputs as a fraction of the range.
 */
export function classOf(outputs: ArrayLike<number>, range: readonly [number, number]): { k: number; margin: number } {
  const span = range[1] - range[0];
  if (outputs.length === 1) {
    const t = signedPosition(outputs[0]!, range);
    return { k: t >= 0 ? 1 : 0, margin: Math.min(1, Math.abs(t)) };
  }
  let k = 0;
  for (let i = 1; i < outputs.length; i++) if (outputs[i]! > outputs[k]!) k = i;
  let second = -Infinity;
  for (let i = 0; i < outputs.length; i++) if (i !== k && outputs[i]! > second) second = outputs[i]!;
  const margin = (outputs[k]! - second) / span;
  return { k, margin: Number.isFinite(margin) ? Math.min(1, Math.max(0, margin)) : 0 };
}

/** Class mode colour. */
export function classColor(outputs: ArrayLike<number>, range: readonly [number, number]): Rgb {
  const { k, margin } = classOf(outputs, range);
  const strength = CLASS_MIN_STRENGTH + (1 - CLASS_MIN_STRENGTH) * margin;
  const c = classRgb(k);
  return [0, 1, 2].map((i) => Math.round(MID_RGB[i]! + (c[i]! - MID_RGB[i]!) * strength)) as Rgb;
}

const vec3 = (c: readonly number[]) => `vec3(${c.map((v) => v.toFixed(6)).join(', ')})`;

/** GLSL constants and colour functions generated from colors.ts; the shader's copy of this module. */
export function glslColorSource(): string {
  const [neg, mid, pos] = divergingStops as number[][];
  return `
const vec3 NEGATIVE_RGB = ${vec3(neg!)};
const vec3 MIDDLE_RGB = ${vec3(mid!)};
const vec3 POSITIVE_RGB = ${vec3(pos!)};
const int CLASS_COLOR_COUNT = ${CLASS_RGB.length};
const vec3 CLASS_RGB[${CLASS_RGB.length}] = vec3[${CLASS_RGB.length}](${CLASS_RGB.map((c) => vec3(c.map((v) => v / 255))).join(', ')});
const float CLASS_MIN_STRENGTH = ${CLASS_MIN_STRENGTH.toFixed(6)};

float signedPosition(float v, vec2 range) {
  float t = 2.0 * (v - range.x) / (range.y - range.x) - 1.0;
  return (isnan(t) || isinf(t)) ? 0.0 : t;
}
vec3 valueColor(float v, vec2 range) {
  float t = clamp(signedPosition(v, range), -1.0, 1.0);
  return mix(MIDDLE_RGB, t < 0.0 ? NEGATIVE_RGB : POSITIVE_RGB, abs(t));
}
vec3 classColor(int k, float margin) {
  float strength = CLASS_MIN_STRENGTH + (1.0 - CLASS_MIN_STRENGTH) * clamp(margin, 0.0, 1.0);
  return mix(MIDDLE_RGB, CLASS_RGB[k % CLASS_COLOR_COUNT], strength);
}
`;
}
