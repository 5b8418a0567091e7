// JavaScript's own errors: whose words an error carries, and which one is a stack overflow in each browser.
//
// Whose words: JavaScript's own errors (a TypeError the browser threw at `u.size`) carry
// the browser's words, which are English on every page; the course's errors of the same kinds carry the
// page's. So the course throws its own as subclasses that keep the name a reader sees ("TypeError: …") and
// are told apart here: the status line marks an unlisted browser message as English (js-messages.ts,
// runner.ts), never the course's words or a reader's own `throw new Error('…')`. (A reader's own
// `throw new TypeError('…')` counts as the browser's: the kinds JavaScript throws are its to use.)

/** A TypeError in the page's words, thrown by the course (cell-globals.ts). */
export class PageTypeError extends TypeError {}

/** An EvalError in the page's words, thrown by the course (lockdown.ts). */
export class PageEvalError extends EvalError {}

const NATIVE: readonly object[] = [TypeError, ReferenceError, RangeError, SyntaxError, URIError, EvalError,
  // Firefox's own kind (too much recursion).
  (globalThis as { InternalError?: ErrorConstructor }).InternalError]
  .filter((kind): kind is ErrorConstructor => typeof kind === 'function').map((kind) => kind.prototype as object);

/** The error is one of JavaScript's own kinds, made by the browser (or the reader), not the course's. */
export const isBrowserError = (e: unknown): boolean =>
  e instanceof Error && NATIVE.includes(Object.getPrototypeOf(e) as object);

/**
 * The call stack overflowed: "RangeError: Maximum call stack size exceeded" in Chrome and Safari,
 * "InternalError: too much recursion" in Firefox (its own kind, so not a RangeError).
 */
export const isStackOverflow = (e: unknown): boolean => e instanceof Error
  && ((e instanceof RangeError && /call stack/i.test(e.message)) || (e.name === 'InternalError' && /too much recursion/i.test(e.message)));
