import { describe, expect, it } from 'vitest';
import { PageEvalError, PageTypeError, isBrowserError } from './native-error.ts';

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
});
