// What happens when a reader commits a typed number in a field (slider field, weight field): pure, so the
// rules are tested in Node with the hostile inputs. The field always ends up showing the value in force,
// and any refusal or adjustment is said in words (a red border alone tells a screen-reader user nothing).
import { formatNumber } from './format.ts';
import { numberStrings as numberStringsOf } from '../i18n/index.ts';
import { NUMBER_LOCALES, pageLang, type Lang } from '../i18n/lang.ts';
import { parseDecimal, type NumberLocale } from './parse-number.ts';

export interface NumberEntryRules {
  min: number;
  max: number;
  /** Decimals the field shows. */
  decimals: number;
  /** Out of range: 'clamp' to the nearest end (a slider field), or 'refuse' (a weight field). */
  outOfRange: 'clamp' | 'refuse';
  /** The language of the messages and of the typed number; default: the page's. */
  lang?: Lang;
  /** Overrides the language's number convention. */
  locale?: NumberLocale;
}

export interface NumberEntry {
  /** The value now in force: the typed one, clamped, or the previous one after a refusal. */
  value: number;
  /** True when `value` differs from the previous value (the caller applies it). */
  changed: boolean;
  /** What the field shows now. */
  fieldText: string;
  /** The sentence for the field's message ('' when the typed value was used as is). */
  message: string;
  refused: boolean;
}

export function commitNumberEntry(text: string, current: number, rules: NumberEntryRules): NumberEntry {
  const lang = rules.lang ?? pageLang();
  const numberStrings = numberStringsOf(lang);
  const show = (v: number) => formatNumber(v, rules.decimals, undefined, lang);
  const range = numberStrings.range(rules.min, rules.max, rules.decimals);
  const refuse = (sentence: string): NumberEntry =>
    ({ value: current, changed: false, fieldText: show(current), message: `${sentence} ${numberStrings.kept(show(current))}`, refused: true });
  const parsed = parseDecimal(text, rules.locale ?? NUMBER_LOCALES[lang]);
  if (!parsed.ok) return refuse(`${numberStrings.refusal(parsed.refusal, text)}`);
  let value = parsed.value;
  let message = '';
  if (value < rules.min || value > rules.max) {
    if (rules.outOfRange === 'refuse') return refuse(numberStrings.outside(text, range));
    value = Math.min(rules.max, Math.max(rules.min, value));
    message = numberStrings.clamped(range);
  }
  return { value, changed: value !== current, fieldText: show(value), message, refused: false };
}
