// Number formatting shared by every widget, so the same value always reads the same way. No formatter
// ever shows "NaN" or "Infinity" to a reader: a value that is not a finite number (no data to measure a
// loss on, a diverged network) reads as the `missing` text, "—" by default, like the tables.
//
// Numbers follow the page's language (src/i18n/lang.ts): "0.50" in English, "0,50" in Spanish (decimal
// comma, and a thin space between thousands from 10 000 on, as Spanish style guides write it, so "1.000"
// is never read as one). On the page the language comes from <html lang>; at build time an Astro
// component passes its `lang` (Node has no page).
import { pageLang, type Lang } from '../i18n/lang.ts';

/** What a non-finite value reads as, unless the caller says otherwise (e.g. "not measured" in a sentence). */
export const MISSING = '—';

/** The thousands separator of Spanish: a narrow no-break space (U+202F). */
const THIN_SPACE = '\u202f';

/** A number already written with "." as its decimal mark, in the language's convention. */
const localizeDecimal = (text: string, lang: Lang) => (lang === 'es' ? text.replace('.', ',') : text);

/** Fixed decimals with a true minus sign (U+2212) and no "-0.00"; `missing` for NaN and ±Infinity. */
export function formatNumber(value: number, decimals = 2, missing = MISSING, lang: Lang = pageLang()): string {
  if (!Number.isFinite(value)) return missing;
  const text = value.toFixed(decimals);
  const isZero = Number(text) === 0;
  return localizeDecimal(isZero ? text.replace('-', '') : text.replace('-', '−'), lang);
}

/** A number in its shortest exact form ("0.5", "1e-5" as "0.00001"), in the page's language: for values a reader set. */
export function formatPlain(value: number, lang: Lang = pageLang(), missing = MISSING): string {
  if (!Number.isFinite(value)) return missing;
  return localizeDecimal(String(value).replace('-', '−'), lang);
}

/** A fraction (0..1) as whole percent with a space before the sign: 0.834 → "83 %"; `missing` if not finite. */
export function formatPercent(fraction: number, missing = MISSING): string {
  return Number.isFinite(fraction) ? `${Math.round(100 * fraction)} %` : missing;
}

/**
 * A whole number with the language's thousands separator: "10,000" in English, "10 000" in Spanish (which,
 * like its CLDR locale, leaves four digits together: "1000"). Grouped by hand, not by toLocaleString: the
 * first toLocaleString of a page sets up the browser's number formatting, a long task on a slow phone.
 */
export function formatInteger(count: number, lang: Lang = pageLang()): string {
  if (!Number.isFinite(count)) return MISSING;
  if (!Number.isSafeInteger(count)) return lang === 'es' ? count.toLocaleString('es').replace(/\./g, THIN_SPACE) : count.toLocaleString('en');
  const digits = String(Math.abs(count));
  const minimumToGroup = lang === 'es' ? 5 : 4;
  const grouped = digits.length < minimumToGroup ? digits : digits.replace(/\B(?=(\d{3})+$)/g, lang === 'es' ? THIN_SPACE : ',');
  return count < 0 ? `-${grouped}` : grouped;
}

/** "1 point", "2 points", "10,000 points": a count with its noun, singular only for exactly one. */
export function formatCount(count: number, singular: string, plural = `${singular}s`, lang: Lang = pageLang()): string {
  return `${formatInteger(count, lang)} ${count === 1 ? singular : plural}`;
}
