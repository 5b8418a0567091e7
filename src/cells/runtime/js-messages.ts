// JavaScript's own error messages in the page's language. A code cell shows what the browser (V8) or the
// TypeScript stripper (sucrase) said when the code could not be read or failed: "ReferenceError: x is not
// defined", "Unexpected token ';'". This reads such a message against the English catalogue's jsErrors,
// which are those programs' exact words with the varying parts (a name, a token, a value) as arguments, and
// writes it with the page's jsErrors, keeping the arguments and the error's name (ReferenceError, code a
// reader can use) as they are. On an English page the result is the message unchanged, character for
// character. A message the catalogue does not list (another browser's wording, a rarer V8 message) stays as
// the browser wrote it: better the browser's own words than a guess. Pure: text in, text out.
import type { Catalogue } from '../../i18n/catalogue.ts';
import { jsErrors as BROWSER_WORDS } from '../../i18n/en/js-errors.ts';

type Words = Catalogue['jsErrors'];
type Key = keyof Words;
type Entry = string | ((...parts: string[]) => string);

interface Pattern { key: Key; match: RegExp }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const slot = (i: number) => `\u0000${i}\u0000`;

/** Each entry's English text as a pattern: fixed parts literally, each argument as a lazy group. */
const PATTERNS: Pattern[] = (Object.keys(BROWSER_WORDS) as Key[]).filter((key) => key !== 'uncaught').map((key) => {
  const entry = BROWSER_WORDS[key] as Entry;
  if (typeof entry === 'string') return { key, match: new RegExp(`^${escape(entry)}$`) };
  const text = entry(...Array.from({ length: entry.length }, (_, i) => slot(i)));
  // The arguments appear in the text in the order of the parameters (checked by the unit test).
  const source = text.split(/\u0000\d+\u0000/).map(escape).join('(.+?)');
  return { key, match: new RegExp(`^${source}$`, 's') };
});

/** The words of one message (no error name): the page's, or the message itself if it is not listed. */
function wordBare(message: string, words: Words): string {
  for (const { key, match } of PATTERNS) {
    const m = match.exec(message);
    if (!m) continue;
    const entry = words[key] as Entry;
    return typeof entry === 'string' ? entry : entry(...m.slice(1));
  }
  return message;
}

/** An error's name in front of its message ("TypeError: "), which stays as JavaScript writes it. */
const NAMED = /^([A-Z][A-Za-z]*Error): ([\s\S]*)$/;
const UNCAUGHT = /^Uncaught ([\s\S]*)$/;

/**
 * A message as a cell shows it ("Unexpected token ';'", "TypeError: f is not a function", "Uncaught
 * ReferenceError: x is not defined") in the page's words.
 */
export function wordJsMessage(message: string, words: Words): string {
  const uncaught = UNCAUGHT.exec(message);
  if (uncaught) return words.uncaught(wordJsMessage(uncaught[1]!, words));
  const named = NAMED.exec(message);
  if (named) return `${named[1]}: ${wordBare(named[2]!, words)}`;
  return wordBare(message, words);
}
