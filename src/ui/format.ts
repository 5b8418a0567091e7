// Number formatting shared by every widget, so the same value always reads the same way.

/** Fixed decimals with a true minus sign (U+2212) and no "-0.00". */
export function formatNumber(value: number, decimals = 2): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const text = value.toFixed(decimals);
  const isZero = Number(text) === 0;
  return isZero ? text.replace('-', '') : text.replace('-', '−');
}

/** A fraction (0..1) as whole percent with a space before the sign: 0.834 → "83 %". */
export function formatPercent(fraction: number): string {
  return `${Math.round(100 * fraction)} %`;
}

/** Parses what a reader typed, accepting the U+2212 minus sign and a decimal comma. */
export function parseNumber(text: string): number {
  const t = text.trim().replace('−', '-').replace(',', '.');
  return t === '' ? Number.NaN : Number(t);
}
