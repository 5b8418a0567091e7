import { describe, expect, it } from 'vitest';
import { PageEvalError, PageTypeError, isBrowserError, isStackOverflow } from './native-error.ts';

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
