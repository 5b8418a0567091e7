import { describe, expect, it } from 'vitest';
import { formatCount, formatInteger, formatNumber, formatPercent, formatPlain } from './format.ts';
import { formatSmall, powerOfTenIn } from './small-numbers.ts';

describe('format', () => {
  it('formatPercent rounds a fraction to whole percent, half up, with a space before %', () => {
    expect(formatPercent(0.834)).toBe('83 %');
    expect(formatPercent(0.125)).toBe('13 %'); // 12.5 exactly: halves round up
    expect(formatPercent(1)).toBe('100 %');
    expect(formatPercent(0)).toBe('0 %');
  });

  it('formatNumber uses a true minus sign and never prints -0', () => {
    expect(formatNumber(-1.5, 1)).toBe('−1.5');
    expect(formatNumber(-0.0001, 2)).toBe('0.00');
  });

  it('never prints NaN or Infinity: a value that is not finite reads as "—" or the caller\'s words', () => {
    for (const v of [Number.NaN, Infinity, -Infinity]) {
      expect(formatNumber(v)).toBe('—');
      expect(formatNumber(v, 3, 'not measured')).toBe('not measured');
      expect(formatPercent(v)).toBe('—');
      expect(formatPercent(v, 'no test points')).toBe('no test points');
    }
    // 0/0 is what an accuracy over no points computes.
    expect(formatPercent(0 / 0)).not.toMatch(/NaN|Infinity/);
  });

  it('formatInteger groups whole numbers as toLocaleString does, in both languages', () => {
    const samples = [0, 7, 999, 1000, 1234, 9999, 10000, 12345, 99999, 100000, 1234567, 987654321, -1234, -12345, Number.MAX_SAFE_INTEGER];
    for (const n of samples) {
      expect(formatInteger(n, 'en')).toBe(n.toLocaleString('en'));
      expect(formatInteger(n, 'es')).toBe(n.toLocaleString('es').replace(/\./g, '\u202f'));
    }
  });

  it('formatCount says "1 point" and "2 points"', () => {
    expect(formatCount(1, 'point')).toBe('1 point');
    expect(formatCount(0, 'point')).toBe('0 points');
    expect(formatCount(126990, 'more unknown setting')).toBe('126,990 more unknown settings');
  });

  it('writes numbers the Spanish way on Spanish pages: decimal comma, thin space between thousands from 10 000', () => {
    expect(formatNumber(-1.5, 2, undefined, 'es')).toBe('−1,50');
    expect(formatNumber(-0.0001, 2, undefined, 'es')).toBe('0,00');
    expect(formatNumber(Number.NaN, 2, undefined, 'es')).toBe('—');
    expect(formatPlain(0.03, 'es')).toBe('0,03');
    expect(formatPlain(0.03, 'en')).toBe('0.03');
    expect(formatInteger(1000, 'es')).toBe('1000');
    expect(formatInteger(10000, 'es')).toBe('10\u202f000');
    expect(formatInteger(10000, 'en')).toBe('10,000');
    expect(formatCount(1234567, 'punto', 'puntos', 'es')).toBe('1\u202f234\u202f567 puntos');
    expect(formatSmall(0.00034, 'es')).toBe('3,4 × 10⁻⁴');
    expect(formatSmall(0.25, 'es')).toBe('0,250');
    expect(powerOfTenIn(0.01, 'es')).toBe('0,01');
    // English pages are unchanged.
    expect(formatSmall(0.00034, 'en')).toBe('3.4 × 10⁻⁴');
  });
});
