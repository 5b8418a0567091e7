import { describe, expect, it } from 'vitest';
import { PageEvalError, PageTypeError, isBrowserError, isStackOverflow, readerErrorKinds } from './native-error.ts';

describe('whose words an error carries', () => {
  it('takes JavaScript\'s own errors for the browser\'s', () => {
    const thrown = (f: () => unknown) => { try { f(); } catch (e) { return e; } throw new Error('did not throw'); };
    expect(isBrowserError(thrown(() => (undefined as unknown as { size: number }).size))).toBe(true);
    expect(isBrowserError(thrown(() => decodeURIComponent('%')))).toBe(true);
    expect(isBrowserError(thrown(() => new Array(-1)))).toBe(true);
    expect(isBrowserError(new SyntaxError('Unexpected token'))).toBe(true);
  });

  it('not the course\'s (same name, the page\'s words), a reader\'s plain Error or a thrown value', () => {
    const course = new PageTypeError('plot() necesita datos');
    expect(isBrowserError(course)).toBe(false);
    expect(String(course)).toBe('TypeError: plot() necesita datos');
    expect(course).toBeInstanceOf(TypeError);
    expect(String(new PageEvalError('no'))).toBe('EvalError: no');
    expect(isBrowserError(new PageEvalError('no'))).toBe(false);
    expect(isBrowserError(new Error('mi mensaje'))).toBe(false);
    expect(isBrowserError(new (class InputError extends Error {})('refused'))).toBe(false);
    expect(isBrowserError('a string')).toBe(false);
  });

  it('not a reader\'s own error of a native kind, made through the kinds its code sees; the browser\'s still are', () => {
    const originals = [TypeError, RangeError, SyntaxError, ReferenceError, URIError, EvalError];
    try {
      const kinds = readerErrorKinds() as unknown as Record<string, new (message?: string) => Error>;
      const ReaderTypeError = kinds.TypeError!;
      const mine = new ReaderTypeError('texto en español');
      expect(isBrowserError(mine)).toBe(false);
      expect(isBrowserError((kinds.RangeError as unknown as (m: string) => Error)('sin new'))).toBe(false);
      expect(isBrowserError(new (class MiError extends ReaderTypeError {})('subclase'))).toBe(false);
      // Everything else about the kind is as before, in the reader's code.
      expect(mine).toBeInstanceOf(TypeError);
      expect(mine).toBeInstanceOf(ReaderTypeError);
      expect(String(mine)).toBe('TypeError: texto en español');
      expect(mine.constructor).toBe(ReaderTypeError);
      expect(ReaderTypeError.name).toBe('TypeError');
      // The browser's own errors do not pass through the reader's binding.
      let engine: unknown;
      try { (undefined as unknown as { size: number }).size; } catch (e) { engine = e; }
      expect(engine).toBeInstanceOf(ReaderTypeError);
      expect(isBrowserError(engine)).toBe(true);
      expect(isBrowserError(new TypeError('from the course\'s modules, which read the kind itself'))).toBe(true);
    } finally {
      for (const kind of originals) Object.defineProperty(kind.prototype, 'constructor', { value: kind });
    }
  });

  it('knows a stack overflow in each browser\'s words, and nothing else for one', () => {
    const deep = (n: number): number => deep(n + 1) + 1;
    let overflow: unknown;
    try { deep(0); } catch (e) { overflow = e; }
    expect(isStackOverflow(overflow)).toBe(true);
    expect(isStackOverflow(new RangeError('Maximum call stack size exceeded.'))).toBe(true);
    class InternalError extends Error { override name = 'InternalError'; }
    expect(isStackOverflow(new InternalError('too much recursion'))).toBe(true);
    expect(isStackOverflow(new RangeError('Invalid array length'))).toBe(false);
    expect(isStackOverflow(new Error('too much recursion'))).toBe(false);
  });
});
