// Generic URL state: a declarative table of fields (name → codec with type, default and range) and one
// parse / serialise pair that works over any such table. A link is untrusted text: every value is
// validated, a bad one is replaced by its default and reported in plain words, nothing ever throws.
//
// The wire format is a URL fragment: `key=value&key=value`. Lists are comma-separated. Only values that
// differ from their default are written, so shared links stay short and a link keeps meaning the same
// thing when we add keys later.
//
// No language here: a refused value comes back as a code (ValueProblem), and parseState phrases its
// messages with the catalogue's `urlState` module in the page's language (or the one it is given).

/** One URL key: how to read, write and describe it. V is the value's type in the program. */
export interface Field<V> {
  /** Name used in messages when the caller's catalogue has none for the key, e.g. "learning rate". */
  readonly label: string;
  /** Type and allowed range in words, e.g. "number from 0.00001 to 10". Used in messages and docs. */
  readonly describe: string;
  readonly default: V;
  /** Parses the decoded URL text; returns the value or what is wrong with it (never throws). */
  parse(text: string): { ok: true; value: V } | { ok: false; problem: ValueProblem };
  /** Inverse of parse: parse(format(v)) gives back v for every valid v. */
  format(value: V): string;
  /** True when a value is valid for this field (used for values that come from code, not from a URL). */
  valid(value: V): boolean;
  /** Longest URL text accepted for this key; default MAX_VALUE_LENGTH. */
  readonly maxTextLength?: number;
}

/** Why a link's value was refused; the catalogue's `urlState.problem` says it in words. */
export type ValueProblem =
  | { kind: 'not-whole' } | { kind: 'not-number' } | { kind: 'not-bool' }
  | { kind: 'outside'; min: number; max: number }
  | { kind: 'not-one-of'; values: readonly string[] }
  | { kind: 'length'; length: number; min: number; max: number }
  /** `text` is the reader's value as they wrote it, clipped (clipValue); the catalogue quotes it. */
  | { kind: 'item'; index: number; text: string; problem: ValueProblem }
  | { kind: 'repeats'; index: number; text: string }
  | { kind: 'too-long'; max: number } | { kind: 'control-characters' }
  | { kind: 'too-many-points'; count: number; max: number }
  | { kind: 'not-a-point'; index: number; text: string } | { kind: 'point-off-range'; index: number; text: string }
  | { kind: 'not-a-challenge' } | { kind: 'not-a-cell' } | { kind: 'not-a-code' }
  /** An assignment link's values (src/classroom/assignment/assignment-link.ts). */
  | { kind: 'not-a-class-code' } | { kind: 'not-a-chapter' } | { kind: 'not-a-question' } | { kind: 'not-an-assignment-challenge' };

/** Every ValueProblem kind (for tests that each is worded in every language). */
export type ValueProblemKind = ValueProblem['kind'];

import { ENGLISH, parseDecimal } from '../ui/parse-number.ts';
import { urlStateStrings, type Catalogue } from '../i18n/index.ts';
import { QUOTED_LENGTH } from '../i18n/quote.ts';

/** The sentences parseState writes (src/i18n/<lang>/url-state.ts). */
export type UrlStateWords = Catalogue['urlState'];

// Field<unknown> accepts every Field<V>: format and valid are methods, whose parameters TypeScript checks bivariantly.
export type Table = Record<string, Field<unknown>>;
export type StateOf<T extends Table> = { -readonly [K in keyof T]: T[K] extends Field<infer V> ? V : never };

/** Longest value text we even look at; longer ones are refused before parsing (huge links). */
export const MAX_VALUE_LENGTH = 20000;
/** How many unknown (or repeated) keys a link's messages name one by one before counting the rest. */
export const MAX_LISTED_PER_KIND = 10;
const ok = <V>(value: V) => ({ ok: true as const, value });
const bad = (problem: ValueProblem) => ({ ok: false as const, problem });

/** Strict decimal number syntax (the course's one parser, without trimming): no hex, no "Infinity", no spaces. */
function parseStrictNumber(text: string): number | null {
  const r = parseDecimal(text, ENGLISH, { trim: false });
  return r.ok ? r.value : null;
}

/** Shortest text that reads back as exactly the same double. */
const formatNum = (n: number) => String(n);

/**
 * A bad value as a problem carries it: clipped, so a 20,000-character link makes a short message. Quoting is
 * wording: the catalogue quotes it in its language's marks (src/i18n/quote.ts), which also replaces control
 * characters, shows bidi controls and isolates right-to-left text, so the message around it reads as written.
 */
export function clipValue(text: string): string {
  return text.length > QUOTED_LENGTH ? text.slice(0, QUOTED_LENGTH) + '…' : text;
}

const fmtRange = (n: number) => formatNum(n);

export function intField(label: string, def: number, min: number, max: number): Field<number> {
  return {
    label, default: def, describe: `whole number from ${fmtRange(min)} to ${fmtRange(max)}`,
    parse(text) {
      const n = parseStrictNumber(text);
      if (n === null || !Number.isInteger(n)) return bad({ kind: 'not-whole' });
      if (n < min || n > max) return bad({ kind: 'outside', min, max });
      return ok(n);
    },
    format: formatNum,
    valid: (v) => Number.isInteger(v) && v >= min && v <= max,
  };
}

export function numberField(label: string, def: number, min: number, max: number): Field<number> {
  return {
    label, default: def, describe: `number from ${fmtRange(min)} to ${fmtRange(max)}`,
    parse(text) {
      const n = parseStrictNumber(text);
      if (n === null) return bad({ kind: 'not-number' });
      if (n < min || n > max) return bad({ kind: 'outside', min, max });
      return ok(n);
    },
    format: formatNum,
    valid: (v) => Number.isFinite(v) && v >= min && v <= max,
  };
}

export function boolField(label: string, def: boolean): Field<boolean> {
  return {
    label, default: def, describe: '1 (on) or 0 (off)',
    parse(text) {
      if (text === '1' || text === 'true') return ok(true);
      if (text === '0' || text === 'false') return ok(false);
      return bad({ kind: 'not-bool' });
    },
    format: (v) => (v ? '1' : '0'),
    valid: (v) => typeof v === 'boolean',
  };
}

export function enumField<const E extends string>(label: string, def: E, values: readonly E[]): Field<E> {
  return {
    label, default: def, describe: `one of ${values.join(', ')}`,
    parse(text) {
      return (values as readonly string[]).includes(text) ? ok(text as E) : bad({ kind: 'not-one-of', values });
    },
    format: (v) => v,
    valid: (v) => values.includes(v),
  };
}

function splitList(text: string): string[] {
  return text === '' ? [] : text.split(',');
}

function lengthReason(n: number, minLength: number, maxLength: number): ValueProblem | null {
  return n < minLength || n > maxLength ? { kind: 'length', length: n, min: minLength, max: maxLength } : null;
}

/** A list whose items all use one item codec (int, number or enum field). */
export function listField<V>(label: string, def: readonly V[], item: Field<V>, minLength: number, maxLength: number, options: { unique?: boolean } = {}): Field<V[]> {
  return {
    label, default: [...def],
    describe: `comma-separated list of ${minLength} to ${maxLength} items, each a ${item.describe}${options.unique ? ', no repeats' : ''}`,
    parse(text) {
      const parts = splitList(text);
      const lengthProblem = lengthReason(parts.length, minLength, maxLength);
      if (lengthProblem) return bad(lengthProblem);
      const values: V[] = [];
      for (let i = 0; i < parts.length; i++) {
        const r = item.parse(parts[i]);
        if (!r.ok) return bad({ kind: 'item', index: i + 1, text: clipValue(parts[i]), problem: r.problem });
        if (options.unique && values.includes(r.value)) return bad({ kind: 'repeats', index: i + 1, text: clipValue(parts[i]) });
        values.push(r.value);
      }
      return ok(values);
    },
    format: (v) => v.map((x) => item.format(x)).join(','),
    valid: (v) => Array.isArray(v) && lengthReason(v.length, minLength, maxLength) === null && v.every((x) => item.valid(x)) &&
      (!options.unique || new Set(v).size === v.length),
  };
}

/**
 * Free text as the page keeps it: line breaks of every kind (CR LF, CR, vertical tab, form feed, NEL, the
 * Unicode line and paragraph separators: what a pasted "soft line break" brings) become "\n", and the
 * other control characters are removed. The teacher's field applies it as they type, and a link's text is
 * read through it too, so whatever the teacher's page accepted, the students' page shows.
 */
export function normalizeFreeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g, '\n').replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '');
}

/** Free text shown to the reader (e.g. an exercise prompt). Always displayed as text, never as HTML. */
export function textField(label: string, def: string, maxLength: number): Field<string> {
  return {
    label, default: def, describe: `text of at most ${maxLength} characters`,
    parse(text) {
      if (text.length > maxLength) return bad({ kind: 'too-long', max: maxLength });
      const lines = text.replace(/\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g, '\n');
      // Any other control character was not typed into our page: refuse the link's text rather than guess.
      if (normalizeFreeText(lines) !== lines) return bad({ kind: 'control-characters' });
      return ok(lines);
    },
    format: (v) => v,
    valid: (v) => typeof v === 'string' && v.length <= maxLength && normalizeFreeText(v) === v,
  };
}

export interface ParseResult<S> {
  state: S;
  /** One plain sentence per value that was not used, naming the key and what was wrong. */
  messages: string[];
}

/** Decodes percent-escapes; returns null for malformed escapes instead of throwing. */
function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Reads a URL fragment or query ("#a=1&b=2", "?a=1", "a=1") into a full, valid state. Never throws.
 * Messages are in `words`' language (the page's by default) and name each key by `labels[key]` when the
 * caller's catalogue has it, else by the field's own label.
 */
export function parseState<T extends Table>(
  table: T, text: string, words: UrlStateWords = urlStateStrings(), labels: Readonly<Partial<Record<string, string>>> = {},
): ParseResult<StateOf<T>> {
  const labelOf = (key: string) => labels[key] ?? table[key]!.label;
  const state = defaults(table);
  const messages: string[] = [];
  const seen = new Set<string>();
  // A link may repeat a problem 100,000 times (unknown or repeated keys): name the first few of each
  // kind, then count the rest in one sentence, so the page shows a short list whatever the link holds.
  const unknown = { shown: 0, more: 0 };
  const repeated = { shown: 0, more: 0 };
  const note = (kind: { shown: number; more: number }, sentence: () => string) => {
    if (kind.shown < MAX_LISTED_PER_KIND) { kind.shown++; messages.push(sentence()); } else kind.more++;
  };
  const body = text.replace(/^[#?]/, '');
  if (body.length > 400_000) {
    return { state, messages: [words.linkTooLong] };
  }
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    const key = decode(rawKey);
    if (key === null || !Object.prototype.hasOwnProperty.call(table, key)) {
      note(unknown, () => words.unknown(clipValue(key ?? rawKey)));
      continue;
    }
    const field = table[key];
    if (seen.has(key)) {
      note(repeated, () => words.repeated(labelOf(key), key));
      continue;
    }
    seen.add(key);
    const tooLong = rawValue.length > (field.maxTextLength ?? MAX_VALUE_LENGTH);
    const value = tooLong ? null : decode(rawValue);
    if (value === null) {
      messages.push(words.unreadable(labelOf(key), key, tooLong, describeDefault(field, words)));
      continue;
    }
    const r = field.parse(value);
    if (r.ok) (state as Record<string, unknown>)[key] = r.value;
    else messages.push(words.refused(labelOf(key), clipValue(value), words.problem(r.problem), describeDefault(field, words)));
  }
  if (unknown.more > 0) messages.push(words.moreUnknown(unknown.more));
  if (repeated.more > 0) messages.push(words.moreRepeated(repeated.more));
  return { state, messages };
}

function describeDefault(field: Field<unknown>, words: UrlStateWords): string {
  const value = field.default;
  if (typeof value === 'number') return words.number(value);
  // A list as a reader reads one (a link's "4,2" would read as a decimal number in Spanish).
  if (Array.isArray(value) && value.length > 0) return words.list(value.map((v) => (typeof v === 'number' ? words.number(v) : String(v))));
  const text = field.format(value);
  return text === '' ? words.none : text;
}

/** A fresh state with every field at its default (lists copied, so callers may mutate). */
export function defaults<T extends Table>(table: T): StateOf<T> {
  const state: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(table)) {
    state[key] = Array.isArray(field.default) ? [...field.default] : field.default;
  }
  return state as StateOf<T>;
}

/** Characters a URL fragment may carry unescaped besides those encodeURIComponent keeps. */
const encode = (text: string) => encodeURIComponent(text).replace(/%2C/g, ',');

/** Writes the values that differ from their defaults, in table order: "key=value&key=value". */
export function serializeState<T extends Table>(table: T, state: StateOf<T>): string {
  const parts: string[] = [];
  for (const [key, field] of Object.entries(table)) {
    const text = field.format((state as Record<string, unknown>)[key]);
    if (text !== field.format(field.default)) parts.push(`${encode(key)}=${encode(text)}`);
  }
  return parts.join('&');
}
