// JavaScript's own error messages in the page's language. A code cell shows what the browser (V8 in Chrome,
// SpiderMonkey in Firefox, JavaScriptCore in Safari) or the TypeScript stripper (sucrase) said when the code
// could not be read or failed: "ReferenceError: x is not defined", "Can't find variable: x", "Unexpected
// token ';'". This reads such a message against the English catalogue's jsErrors, which are those programs'
// exact words with the varying parts (a name, a token, a value) as arguments, and writes it with the page's
// jsErrors, keeping the arguments and the error's name (ReferenceError, code a reader can use) as they are.
// Safari's note of the code it was running (" (evaluating 'u.size')") is worded around the message it
// follows. On an English page the result is the message unchanged, character for character. A message the
// catalogue does not list (a rarer message) stays as the browser wrote it, in English, and readJsMessage
// says so, for the page to mark its language: better the browser's own words than a guess. Pure: text in,
// text out.
import type { Catalogue } from '../../i18n/catalogue.ts';
import { jsErrors as BROWSER_WORDS } from '../../i18n/en/js-errors.ts';

type Words = Catalogue['jsErrors'];
type Key = keyof Words;
type Entry = string | ((...parts: string[]) => string);

/** `args[i]` is the match group of the entry's parameter i (a parameter the text names twice is matched once). */
interface Pattern { key: Key; match: RegExp; args: number[] }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const slot = (i: number) => `\u0000${i}\u0000`;

/** Entries that are not a message of their own: they wrap one (see readJsMessage and wordListed). */
export const WRAPPERS: readonly Key[] = ['uncaught', 'evaluating', 'near', 'unexpectedThenExpected', 'expectedGot', 'unexpectedTokenAfterColon'];
/** Entries that are half of Firefox's "expected …, got …": read only inside `expectedGot`. */
const EXPECTED_HALVES: readonly Key[] = ['expectedPropertyNameHalf', 'expectedRestNameHalf', 'expectedClosingParenthesisHalf', 'expectedArrowHalf', 'expectedExpressionHalf'];
const GOT_HALVES: readonly Key[] = ['gotToken', 'gotEnd', 'gotIdentifier', 'gotNumber', 'gotString', 'gotKeyword', 'gotPrivateName', 'gotBigInt', 'gotTemplate', 'gotRegExp', 'gotBoolean', 'gotNull'];
export const HALVES: readonly Key[] = [...EXPECTED_HALVES, ...GOT_HALVES];

/** Each entry's English text as a pattern: fixed parts literally, each argument as a lazy group. */
const patternsOf = (keys: readonly Key[]): Pattern[] => keys.map((key) => {
  const entry = BROWSER_WORDS[key] as Entry;
  if (typeof entry === 'string') return { key, match: new RegExp(`^${escape(entry)}$`), args: [] };
  const text = entry(...Array.from({ length: entry.length }, (_, i) => slot(i)));
  // A parameter's first place in the text is a group, a later one the same text again (Safari names the
  // callee twice: "f is not a function. (In 'f()', 'f' is undefined)").
  const args: number[] = [];
  const source = text.split(/\u0000(\d+)\u0000/).map((part, i) => {
    if (i % 2 === 0) return escape(part);
    const param = Number(part);
    if (args[param] !== undefined) return `\\${args[param]}`;
    args[param] = args.filter((g) => g !== undefined).length + 1;
    return '(.+?)';
  }).join('');
  return { key, match: new RegExp(`^${source}$`, 's'), args };
});
const PATTERNS = patternsOf((Object.keys(BROWSER_WORDS) as Key[]).filter((key) => !WRAPPERS.includes(key) && !HALVES.includes(key)));
const EXPECTED_PATTERNS = patternsOf(EXPECTED_HALVES);
const GOT_PATTERNS = patternsOf(GOT_HALVES);

/** Safari's notes after a message, of the code it was running: " (evaluating 'u.size')", " (near '...[x]...')". */
const NOTES = [
  { key: 'evaluating', match: /^([\s\S]+?) \(evaluating '([\s\S]*)'\)$/ },
  { key: 'near', match: /^([\s\S]+?) \(near '\.\.\.([\s\S]*)\.\.\.'\)$/ },
] as const;

/** Safari's syntax error in two halves: what it met ("Unexpected token ','") and what it expected ("Expected …"). */
const UNEXPECTED_THEN_EXPECTED = /^(Unexpected [\s\S]+?)\. (Expected [\s\S]+)\.$/;

/** Firefox's "expected {0}, got {1}" not listed whole above (an expression met by a token's kind, and the rest). */
const EXPECTED_GOT = /^expected ([\s\S]+?), got ([\s\S]+)$/;

/** Firefox's "unexpected token: {0}" not listed whole above (a token as written, or a rarer kind). */
const UNEXPECTED_KIND = /^unexpected token: ([\s\S]+)$/;

/** One entry's words for `text`, if one of `patterns` matches it whole. */
function wordEntry(text: string, words: Words, patterns: readonly Pattern[]): string | null {
  for (const { key, match, args } of patterns) {
    const m = match.exec(text);
    if (!m) continue;
    const entry = words[key] as Entry;
    return typeof entry === 'string' ? entry : entry(...args.map((group) => m[group]!));
  }
  return null;
}

/** The words of one message (no error name), or null if the catalogue does not list it. */
function wordListed(message: string, words: Words): string | null {
  // Safari's "Unexpected token ','. Expected ')' to end an argument list.": worded if both halves are listed,
  // and read before the entries, one of which would otherwise take the whole tail for its argument
  // ("Unexpected string literal …").
  const pair = UNEXPECTED_THEN_EXPECTED.exec(message);
  if (pair) {
    const unexpected = wordListed(pair[1]!, words);
    const expected = unexpected === null ? null : wordListed(pair[2]!, words);
    return expected === null ? null : words.unexpectedThenExpected(unexpected!, expected);
  }
  const whole = wordEntry(message, words, PATTERNS);
  if (whole !== null) return whole;
  // Firefox's "expected property name, got ';'" (after the "expected expression, got …" entries above).
  const got = EXPECTED_GOT.exec(message);
  if (got) {
    const expected = wordEntry(got[1]!, words, EXPECTED_PATTERNS);
    const met = expected === null ? null : wordEntry(got[2]!, words, GOT_PATTERNS);
    if (met !== null) return words.expectedGot(expected!, met);
  }
  const kind = UNEXPECTED_KIND.exec(message);
  const token = kind ? wordEntry(kind[1]!, words, GOT_PATTERNS) : null;
  if (token !== null) return words.unexpectedTokenAfterColon(token);
  for (const { key, match } of NOTES) {
    const m = match.exec(message);
    const inner = m ? wordListed(m[1]!, words) : null;
    if (inner !== null) return words[key](inner, m![2]!);
  }
  return null;
}

/** An error's name in front of its message ("TypeError: "), which stays as JavaScript writes it. */
const NAMED = /^([A-Z][A-Za-z]*Error): ([\s\S]*)$/;
const UNCAUGHT = /^Uncaught ([\s\S]*)$/;

export interface WordedMessage {
  text: string;
  /** The catalogue listed the message; if not, `text` is the message as the browser wrote it (in English). */
  listed: boolean;
  /** The part of `text` left in the browser's English, when not listed (the message in "Uncaught …"'s words). */
  english?: string;
}

/**
 * A message as a cell shows it ("Unexpected token ';'", "TypeError: f is not a function", "Uncaught
 * ReferenceError: x is not defined") in the page's words, and whether the catalogue knew it.
 */
export function readJsMessage(message: string, words: Words): WordedMessage {
  const uncaught = UNCAUGHT.exec(message);
  if (uncaught) {
    const inner = readJsMessage(uncaught[1]!, words);
    return { ...inner, text: words.uncaught(inner.text) };
  }
  const named = NAMED.exec(message);
  const worded = wordListed(named ? named[2]! : message, words);
  if (worded === null) return { text: message, listed: false, english: message };
  return { text: named ? `${named[1]}: ${worded}` : worded, listed: true };
}

/** readJsMessage's text alone. */
export const wordJsMessage = (message: string, words: Words): string => readJsMessage(message, words).text;
