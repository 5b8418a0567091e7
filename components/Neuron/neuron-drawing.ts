// How the neuron drawing shows a weight: colour for its sign, thickness for its size, and, so that colour is
// never the only signal, a dashed line for negative weights and a text label with the signed value.
import { NEGATIVE, POSITIVE } from '../../src/ui/colors.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { neuronStrings } from '../../src/i18n/index.ts';

const T = neuronStrings();

export interface ConnectionStyle {
  /** The palette colour (src/ui/colors.ts) */
  stroke: string;
  /** The same colour for CSS, through the theme's token so dark mode gets its lighter variant */
  cssStroke: string;
  /** px in the drawing's 320-wide viewBox; grows linearly with |w| up to `maxAbs` */
  width: number;
  /** SVG stroke-dasharray: '' (solid) for positive, dashes for negative, dots for zero */
  dash: string;
  /** e.g. "w₁ = −0.40" */
  label: string;
  /** For screen readers: "weight 1 is negative, −0.40" */
  description: string;
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
export const subscript = (n: number) => String(n).split('').map((d) => SUBSCRIPTS[Number(d)]).join('');

/** `index` counts from 1, as on the page. */
export function connectionStyle(w: number, index: number, maxAbs = 3): ConnectionStyle {
  const size = Math.min(Math.abs(w), maxAbs) / maxAbs;
  const sign = w > 0 ? 'positive' : w < 0 ? 'negative' : 'zero';
  const value = formatNumber(w);
  return {
    stroke: w > 0 ? POSITIVE : w < 0 ? NEGATIVE : 'currentColor',
    cssStroke: w > 0 ? `var(--positive, ${POSITIVE})` : w < 0 ? `var(--negative, ${NEGATIVE})` : 'currentColor',
    width: 1 + 7 * size,
    dash: w > 0 ? '' : w < 0 ? '7 4' : '1 4',
    label: `w${subscript(index)} = ${value}`,
    description: sign === 'zero' ? T.weightZero(index) : T.weightSigned(index, sign === 'positive', value),
  };
}

/** Vertical positions of n inputs spread over a drawing of the given height, centred. */
export function inputPositions(n: number, height: number): number[] {
  const gap = height / (n + 1);
  return Array.from({ length: n }, (_, i) => gap * (i + 1));
}
