// JavaScript's own errors: whose words an error carries, and which one is a stack overflow in each browser.
//
// Whose words: JavaScript's own errors (a TypeError the browser threw at `u.size`) carry
// the browser's words, which are English on every page; the course's errors of the same kinds carry the
// page's. So the course throws its own as subclasses that keep the name a reader sees ("TypeError: …") and
// are told apart here: the status line marks an unlisted browser message as English (js-messages.ts,
// runner.ts), never the course's words or a reader's own `throw new Error('…')`.
//
// A reader's own `throw new TypeError('texto')` is the reader's words too, in whatever language they wrote.
// The rule is where the error was made, not what its message looks like (no shape test can tell a browser's
// rarer English message from a reader's sentence): the reader's code sees JavaScript's error kinds through
// readerErrorKinds(), the same constructors behind a Proxy that remembers every error it makes. The browser
// makes its own errors without going through any binding the reader sees, so an error of a native kind that
// the Proxy did not make is the browser's. The Proxy forwards everything else (instanceof, prototype, name,
// subclassing with `extends`), and the kinds' prototype.constructor points to it, so `e.constructor ===
// TypeError` holds in the reader's code as it always does. (Only the names the reader's code reads are
// these Proxies, not the global object's properties, which the course's own modules read too: code that
// writes `new globalThis.TypeError('…')` is rare, and its message is then taken for the browser's.)

/** A TypeError in the page's words, thrown by the course (cell-globals.ts). */
export class PageTypeError extends TypeError {}

/** An EvalError in the page's words, thrown by the course (lockdown.ts). */
export class PageEvalError extends EvalError {}

const KINDS: readonly ErrorConstructor[] = [TypeError, ReferenceError, RangeError, SyntaxError, URIError, EvalError,
  // Firefox's own kind (too much recursion).
  (globalThis as { InternalError?: ErrorConstructor }).InternalError]
  .filter((kind): kind is ErrorConstructor => typeof kind === 'function');
const NATIVE: readonly object[] = KINDS.map((kind) => kind.prototype as object);

/** Errors made by the reader's code through readerErrorKinds(). */
const readerMade = new WeakSet<object>();

/**
 * JavaScript's error kinds as the reader's code gets them (a cell passes them in as its globals of these
 * names): each is the kind itself behind a Proxy that records the errors it makes, called with or without
 * `new`, or through a reader's subclass. Call once per realm (a cell's Worker): it also points each kind's
 * prototype.constructor to its Proxy.
 */
export function readerErrorKinds(): Record<string, ErrorConstructor> {
  const kinds: Record<string, ErrorConstructor> = {};
  for (const kind of KINDS) {
    const made = <T extends object>(error: T): T => { readerMade.add(error); return error; };
    const proxy = new Proxy(kind, {
      construct: (target, args, newTarget) => made(Reflect.construct(target, args, newTarget) as object),
      apply: (target, self, args) => made(Reflect.apply(target, self, args) as object),
    });
    Object.defineProperty(kind.prototype, 'constructor', { value: proxy });
    kinds[kind.name] = proxy;
  }
  return kinds;
}

/** The error is one of JavaScript's own kinds, made by the browser: not the course's or the reader's. */
export const isBrowserError = (e: unknown): boolean =>
  e instanceof Error && NATIVE.includes(Object.getPrototypeOf(e) as object) && !readerMade.has(e);

/**
 * The call stack overflowed: "RangeError: Maximum call stack size exceeded" in Chrome and Safari,
 * "InternalError: too much recursion" in Firefox (its own kind, so not a RangeError).
 */
export const isStackOverflow = (e: unknown): boolean => e instanceof Error
  && ((e instanceof RangeError && /call stack/i.test(e.message)) || (e.name === 'InternalError' && /too much recursion/i.test(e.message)));
