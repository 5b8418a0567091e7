// Numbers that span many orders of magnitude (gradient sizes, losses on a log axis): fixed decimals down to
// 0.001, scientific notation with superscripts below that, and the power-of-ten ticks of a log axis.
import { formatNumber, formatPlain } from './format.ts';
import { pageLang, type Lang } from '../i18n/lang.ts';

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };
/** Three decimals from 0.1 up, four from 0.001, below that two significant digits as "3.4 × 10⁻⁴"; true minus sign. */
export function formatSmall(value: number, lang: Lang = pageLang()): string {
  if (!Number.isFinite(value) || value === 0 || Math.abs(value) >= 0.001) return formatNumber(value, Math.abs(value) >= 0.1 || value === 0 ? 3 : 4, undefined, lang);
  const [mantissa, exponent] = value.toExponential(1).split('e');
  return `${formatNumber(Number(mantissa), 1, undefined, lang)} × 10${[...String(Number(exponent))].map((c) => SUPERSCRIPT[c]).join('')}`;
}

/** A power-of-ten tick of a log axis: "0.01", "1", "10", or "10⁻⁴" below 0.001 (a Plot tickFormat: one argument). */
export const formatPowerOfTen = (value: number): string => powerOfTenIn(value, pageLang());

/** formatPowerOfTen in a given language ("0,01" in Spanish). */
export function powerOfTenIn(value: number, lang: Lang): string {
  const exponent = Math.round(Math.log10(value));
  if (exponent >= -3) return formatPlain(Number(value.toPrecision(1)), lang);
  return `10${[...String(exponent)].map((c) => SUPERSCRIPT[c]).join('')}`;
}

/** The powers of ten from just below `min` to just above `max`, for a log axis's ticks. */
export function powersOfTen(min: number, max: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) out.push(10 ** e);
  return out;
}
