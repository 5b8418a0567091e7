import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, parseNumber } from './format.ts';

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
    expect(formatNumber(Infinity)).toBe('∞');
  });

  it('parseNumber reads a true minus sign and a decimal comma', () => {
    expect(parseNumber('−0,5')).toBe(-0.5);
    expect(parseNumber(' ')).toBeNaN();
  });
});
