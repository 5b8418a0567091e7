// The course's one colour scheme. Colour-blind safe (blue vs orange, after Okabe & Ito), always paired
// with a second signal (sign text, line style, marker shape) wherever it carries meaning.

/** Positive values, class 1, "fires". */
export const POSITIVE = '#0072b2';
/** Negative values, class 0, "inhibits". */
export const NEGATIVE = '#e69f00';
/** Extra classes for multi-class problems (with POSITIVE/NEGATIVE first). */
export const CLASS_COLORS = ['#e69f00', '#0072b2', '#009e73', '#cc79a7'] as const;
/** Marker shapes that go with CLASS_COLORS, so class is never told by colour alone. */
export const CLASS_SHAPES = ['circle', 'cross', 'triangle', 'square'] as const;

/** '#rrggbb' to [r, g, b] in 0..255. */
export const hexToRgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16),
];
const NEG_RGB = hexToRgb(NEGATIVE);
const POS_RGB = hexToRgb(POSITIVE);
/** The diverging scale's neutral middle (value 0). */
export const MID_RGB: [number, number, number] = [247, 247, 247];

/**
 * Diverging scale for a value in [-1, 1]: NEGATIVE at -1, light grey at 0, POSITIVE at +1.
 * Returns [r, g, b] in 0..255. The WebGL shader uses the same endpoints (see divergingStops).
 */
export function diverging(value: number): [number, number, number] {
  const t = Math.max(-1, Math.min(1, Number.isFinite(value) ? value : 0));
  const end = t < 0 ? NEG_RGB : POS_RGB;
  const k = Math.abs(t);
  return [0, 1, 2].map((i) => Math.round(MID_RGB[i] + (end[i] - MID_RGB[i]) * k)) as [number, number, number];
}

/** The scale's three stops as 0..1 floats, for shaders: [negative, middle, positive]. */
export const divergingStops = [NEG_RGB, MID_RGB, POS_RGB].map((c) => c.map((v) => v / 255));

export const cssRgb = ([r, g, b]: [number, number, number]) => `rgb(${r} ${g} ${b})`;
