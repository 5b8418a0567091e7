import { describe, expect, it } from 'vitest';
import { formatPowerOfTen, formatSmall, powersOfTen } from './small-numbers.ts';

describe('numbers across orders of magnitude', () => {
  it('writes small numbers with two significant digits, in scientific notation below 0.001', () => {
    expect(formatSmall(-0.9820137)).toBe('−0.982');
    expect(formatSmall(0.0173450)).toBe('0.0173');
    expect(formatSmall(-0.000335125)).toBe('−3.4 × 10⁻⁴');
    expect(formatSmall(0)).toBe('0.000');
  });

  it('labels a log axis with powers of ten that cover the data', () => {
    expect(powersOfTen(0.00033, 4.02)).toEqual([1e-4, 1e-3, 1e-2, 1e-1, 1, 10]);
    expect(powersOfTen(0.00033, 4.02).map(formatPowerOfTen)).toEqual(['10⁻⁴', '0.001', '0.01', '0.1', '1', '10']);
  });
});
