// The course's one number parser: every field where a reader types a number (slider fields, the
// playground's weight fields, SelfCheck answers), the share-link codec and the CSV import read numbers
// with parseDecimal, so "0x1F", "Infinity", "NaN", "1_000" or "½" mean the same thing (nothing) everywhere.
//
// Accepted: an optional sign (+, - or the true minus −), digits with at most one decimal separator, an
// optional exponent (1e-5, as the learning rates are written). The separator belongs to the page's
// language (NUMBER_LOCALES in src/i18n/lang.ts): English uses ".", Spanish ","; the other mark is refused
// with a hint rather than guessed (in Spanish "1.000" is a thousand). Share links and CSV files are not
// prose: they always use ENGLISH, so a link works in every language. Pure: no DOM, runs in Node and in a Worker.

export interface NumberLocale {
  /** The decimal separator the reader is asked to type. */
  readonly decimal: '.' | ',';
}

export const ENGLISH: NumberLocale = { decimal: '.' };

/** Why a text is not a number: the message for each is in the catalogue (src/i18n/<lang>/numbers.ts). */
export type NumberRefusal = 'empty' | 'not-decimal' | 'wrong-separator' | 'too-large';

export type ParsedNumber = { ok: true; value: number } | { ok: false; refusal: NumberRefusal };

const syntax = (sep: string) => new RegExp(`^[-+]?(\\d+(\\${sep}\\d*)?|\\${sep}\\d+)(e[-+]?\\d+)?$`, 'i');
const SYNTAX = { '.': syntax('.'), ',': syntax(',') };

/**
 * Reads a decimal number. `trim` (default true) allows spaces around it, as a typed field does; the
 * share link passes false, since its values never carry spaces.
 */
export function parseDecimal(text: string, locale: NumberLocale = ENGLISH, options: { trim?: boolean } = {}): ParsedNumber {
  const t = ((options.trim ?? true) ? text.trim() : text).replace(/^\u2212/, '-');
  if (t === '') return { ok: false, refusal: 'empty' };
  const sep = locale.decimal;
  if (!SYNTAX[sep].test(t)) {
    const other = sep === '.' ? ',' : '.';
    return { ok: false, refusal: SYNTAX[other].test(t) && t.includes(other) ? 'wrong-separator' : 'not-decimal' };
  }
  const value = Number(sep === '.' ? t : t.replace(',', '.'));
  // 1e400 and its kind overflow to ±Infinity; "+ 0" turns -0 into 0.
  return Number.isFinite(value) ? { ok: true, value: value + 0 } : { ok: false, refusal: 'too-large' };
}
