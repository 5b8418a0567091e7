// Generic URL state: a declarative table of fields (name → codec with type, default and range) and one
// parse / serialise pair that works over any such table. A link is untrusted text: every value is
// validated, a bad one is replaced by its default and reported in plain words, nothing ever throws.
//
// The wire format is a URL fragment: `key=value&key=value`. Lists are comma-separated. Only values that
// differ from their default are written, so shared links stay short and a link keeps meaning the same
// thing when we add keys later.

/** One URL key: how to read, write and describe it. V is the value's type in the program. */
export interface Field<V> {
  /** Human name used in messages, e.g. "learning rate". */
  readonly label: string;
  /** Type and allowed range in words, e.g. "number from 0.00001 to 10". Used in messages and docs. */
  readonly describe: string;
  readonly default: V;
  /** Parses the decoded URL text; returns the value or a reason (never throws). */
  parse(text: string): { ok: true; value: V } | { ok: false; reason: string };
  /** Inverse of parse: parse(format(v)) gives back v for every valid v. */
  format(value: V): string;
  /** True when a value is valid for this field (used for values that come from code, not from a URL). */
  valid(value: V): boolean;
  /** Longest URL text accepted for this key; default MAX_VALUE_LENGTH. */
  readonly maxTextLength?: number;
}

import { ENGLISH, parseDecimal } from '../ui/parse-number.ts';
import { isolateText } from '../ui/untrusted-text.ts';
import { formatCount } from '../ui/format.ts';

// Field<unknown> accepts every Field<V>: format and valid are methods, whose parameters TypeScript checks bivariantly.
export type Table = Record<string, Field<unknown>>;
export type StateOf<T extends Table> = { -readonly [K in keyof T]: T[K] extends Field<infer V> ? V : never };

/** Longest value text we even look at; longer ones are refused before parsing (huge links). */
export const MAX_VALUE_LENGTH = 20000;
/** How many unknown (or repeated) keys a link's messages name one by one before counting the rest. */
export const MAX_LISTED_PER_KIND = 10;
const ok = <V>(value: V) => ({ ok: true as const, value });
const bad = (reason: string) => ({ ok: false as const, reason });

/** Strict decimal number syntax (the course's one parser, without trimming): no hex, no "Infinity", no spaces. */
function parseStrictNumber(text: string): number | null {
  const r = parseDecimal(text, ENGLISH, { trim: false });
  return r.ok ? r.value : null;
}

/** Shortest text that reads back as exactly the same double. */
const formatNum = (n: number) => String(n);

/**
 * Shows a bad value safely inside a message: clipped, with control characters replaced, bidi controls made
 * visible and right-to-left text isolated (untrusted-text.ts), so the message around it reads as written.
 */
export function quoteValue(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return `“${isolateText(clean.length > 40 ? clean.slice(0, 40) + '…' : clean)}”`;
}

const fmtRange = (n: number) => formatNum(n);

export function intField(label: string, def: number, min: number, max: number): Field<number> {
  return {
    label, default: def, describe: `whole number from ${fmtRange(min)} to ${fmtRange(max)}`,
    parse(text) {
      const n = parseStrictNumber(text);
      if (n === null || !Number.isInteger(n)) return bad(`is not a whole number`);
      if (n < min || n > max) return bad(`is outside ${fmtRange(min)} to ${fmtRange(max)}`);
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
      if (n === null) return bad(`is not a number`);
      if (n < min || n > max) return bad(`is outside ${fmtRange(min)} to ${fmtRange(max)}`);
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
      return bad('is not 1 or 0');
    },
    format: (v) => (v ? '1' : '0'),
    valid: (v) => typeof v === 'boolean',
  };
}

export function enumField<const E extends string>(label: string, def: E, values: readonly E[]): Field<E> {
  return {
    label, default: def, describe: `one of ${values.join(', ')}`,
    parse(text) {
      return (values as readonly string[]).includes(text) ? ok(text as E) : bad(`is not one of ${values.join(', ')}`);
    },
    format: (v) => v,
    valid: (v) => values.includes(v),
  };
}

function splitList(text: string): string[] {
  return text === '' ? [] : text.split(',');
}

function lengthReason(n: number, minLength: number, maxLength: number): string | null {
  if (n < minLength || n > maxLength) {
    return minLength === maxLength ? `must have ${minLength} items, has ${n}` : `must have ${minLength} to ${maxLength} items, has ${n}`;
  }
  return null;
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
        if (!r.ok) return bad(`item ${i + 1} ${quoteValue(parts[i])} ${r.reason}`);
        if (options.unique && values.includes(r.value)) return bad(`item ${i + 1} ${quoteValue(parts[i])} repeats`);
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
      if (text.length > maxLength) return bad(`is longer than ${maxLength} characters`);
      const lines = text.replace(/\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g, '\n');
      // Any other control character was not typed into our page: refuse the link's text rather than guess.
      if (normalizeFreeText(lines) !== lines) return bad('contains control characters');
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

/** Reads a URL fragment or query ("#a=1&b=2", "?a=1", "a=1") into a full, valid state. Never throws. */
export function parseState<T extends Table>(table: T, text: string): ParseResult<StateOf<T>> {
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
    return { state, messages: ['The link is too long to be a playground set-up; every setting is at its default.'] };
  }
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    const key = decode(rawKey);
    if (key === null || !Object.prototype.hasOwnProperty.call(table, key)) {
      note(unknown, () => `Ignored the unknown setting ${quoteValue(key ?? rawKey)}.`);
      continue;
    }
    const field = table[key];
    if (seen.has(key)) {
      note(repeated, () => `The ${field.label} (${key}) was given twice; the first value is used.`);
      continue;
    }
    seen.add(key);
    const tooLong = rawValue.length > (field.maxTextLength ?? MAX_VALUE_LENGTH);
    const value = tooLong ? null : decode(rawValue);
    if (value === null) {
      messages.push(`The ${field.label} (${key}) could not be read (${tooLong ? 'far too long' : 'malformed % escape'}); using the default, ${describeDefault(field)}.`);
      continue;
    }
    const r = field.parse(value);
    if (r.ok) (state as Record<string, unknown>)[key] = r.value;
    else messages.push(`The ${field.label} ${quoteValue(value)} ${r.reason}; using the default, ${describeDefault(field)}.`);
  }
  if (unknown.more > 0) messages.push(`… and ${formatCount(unknown.more, 'more unknown setting')}, also ignored.`);
  if (repeated.more > 0) messages.push(`… and ${formatCount(repeated.more, 'more repeated setting')}, also ignored.`);
  return { state, messages };
}

function describeDefault(field: Field<unknown>): string {
  const text = field.format(field.default);
  return text === '' ? 'none' : text;
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
