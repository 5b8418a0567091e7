// Number formatting shared by every widget, so the same value always reads the same way. No formatter
// ever shows "NaN" or "Infinity" to a reader: a value that is not a finite number (no data to measure a
// loss on, a diverged network) reads as the `missing` text, "—" by default, like the tables.

/** What a non-finite value reads as, unless the caller says otherwise (e.g. "not measured" in a sentence). */
export const MISSING = '—';

/** Fixed decimals with a true minus sign (U+2212) and no "-0.00"; `missing` for NaN and ±Infinity. */
export function formatNumber(value: number, decimals = 2, missing = MISSING): string {
  if (!Number.isFinite(value)) return missing;
  const text = value.toFixed(decimals);
  const isZero = Number(text) === 0;
  return isZero ? text.replace('-', '') : text.replace('-', '−');
}

/** A fraction (0..1) as whole percent with a space before the sign: 0.834 → "83 %"; `missing` if not finite. */
export function formatPercent(fraction: number, missing = MISSING): string {
  return Number.isFinite(fraction) ? `${Math.round(100 * fraction)} %` : missing;
}

/** "1 point", "2 points", "10,000 points": a count with its noun, singular only for exactly one. */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}
