import { describe, expect, it } from 'vitest';
import { INSPECT } from '../contract.ts';
import { MAX_CHARS, formatNumber, inspect, logText } from './inspect.ts';

describe('inspect: what console.log shows in a cell', () => {
  it('writes numbers as people do', () => {
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1 / 3)).toBe('0.333333');
    expect(formatNumber(123456.789)).toBe('123457');
    expect(formatNumber(1.5e-7)).toBe('1.5e-7');
    expect(formatNumber(2.5e20)).toBe('250000000000000000000');
    expect(formatNumber(1e300)).toBe('1e+300');
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatNumber(-Infinity)).toBe('-Infinity');
  });

  it('shows arrays, nested objects, typed arrays, maps and sets, never [object Object]', () => {
    expect(inspect([1, 2.5, 'a'])).toBe('[1, 2.5, "a"]');
    expect(inspect({ a: 1, b: [true, null], 'odd key': undefined })).toBe('{ a: 1, b: [true, null], "odd key": undefined }');
    expect(inspect(new Float32Array([0.5, 1]))).toBe('Float32Array(2) [0.5, 1]');
    expect(inspect(new Map([['x', 1]]))).toBe('Map(1) { "x" => 1 }');
    expect(inspect(new Set([1, 2]))).toBe('Set(2) { 1, 2 }');
    expect(inspect(new RangeError('too far'))).toBe('RangeError: too far');
    expect(inspect(new (class Point { x = 1; y = 2 })())).toBe('Point { x: 1, y: 2 }');
    expect(inspect(Object.create(null))).toBe('{}');
    expect(inspect(function square() {})).toBe('[function square]');
    expect(logText('plain text')).toBe('plain text');
    expect(inspect(Promise.resolve(1))).toMatch(/await/);
  });

  it('bounds depth, length and cycles', () => {
    expect(inspect({ a: { b: { c: { d: 1 } } } })).toBe('{ a: { b: { c: [Object] } } }');
    const big = Array.from({ length: 1000 }, (_, i) => i);
    expect(inspect(big)).toMatch(/^\[0, 1, 2, .*, 49, … 950 more\]$/);
    const loop: Record<string, unknown> = { name: 'me' };
    loop.self = loop;
    expect(inspect(loop)).toBe('{ name: "me", self: [circular] }');
    const shared = { v: 1 };
    expect(inspect([shared, shared])).toBe('[{ v: 1 }, { v: 1 }]'); // repeated, not circular
    expect(logText('x'.repeat(MAX_CHARS + 5))).toMatch(/… \(5 more characters\)$/);
  });

  it('lets API objects describe themselves, even nested, and survives one that throws', () => {
    const value = { data: 2, [INSPECT]: () => 'Value(data=2, grad=0)' };
    expect(inspect(value)).toBe('Value(data=2, grad=0)');
    expect(inspect([value])).toBe('[Value(data=2, grad=0)]');
    const broken = { [INSPECT]: () => { throw new Error('oops'); } };
    expect(inspect(broken)).toMatch(/could not describe itself: oops/);
  });
});
