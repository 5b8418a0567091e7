import { describe, expect, it } from 'vitest';
import { parseDecimal } from './parse-number.ts';
import { commitNumberEntry } from './number-entry.ts';

const SPANISH = { decimal: ',' } as const;

describe('parseDecimal: the one number parser', () => {
  it('reads decimal numbers as a reader types them', () => {
    const cases: [string, number][] = [['0.5', 0.5], [' 2 ', 2], ['−1.25', -1.25], ['-3', -3], ['+.5', 0.5], ['5.', 5], ['1e-5', 0.00001], ['2E3', 2000], ['-0', 0]];
    for (const [text, value] of cases) expect(parseDecimal(text), text).toEqual({ ok: true, value });
    expect(Object.is(parseDecimal('-0').ok && (parseDecimal('-0') as { value: number }).value, 0)).toBe(true);
  });

  it('refuses everything else, each with its reason', () => {
    const cases: [string, string][] = [
      ['', 'empty'], ['   ', 'empty'], ['0x1F', 'not-decimal'], ['0b101', 'not-decimal'], ['NaN', 'not-decimal'],
      ['Infinity', 'not-decimal'], ['abc', 'not-decimal'], ['1_000', 'not-decimal'], ['½', 'not-decimal'], ['1..2', 'not-decimal'],
      ['1 2', 'not-decimal'], ['--1', 'not-decimal'], ['e5', 'not-decimal'], ['٣', 'not-decimal'],
      ['0,5', 'wrong-separator'], ['1,000', 'wrong-separator'], ['1e400', 'too-large'], ['-1e309', 'too-large'],
    ];
    for (const [text, refusal] of cases) expect(parseDecimal(text), text).toEqual({ ok: false, refusal });
  });

  it('reads 1e308 as a number (a field then says it is out of its range)', () => {
    expect(parseDecimal('1e308')).toEqual({ ok: true, value: 1e308 });
  });

  it('takes a locale: a decimal comma for a Spanish edition, with the point refused there', () => {
    expect(parseDecimal('−0,5', SPANISH)).toEqual({ ok: true, value: -0.5 });
    expect(parseDecimal('0.5', SPANISH)).toEqual({ ok: false, refusal: 'wrong-separator' });
    expect(parseDecimal('0x1F', SPANISH)).toEqual({ ok: false, refusal: 'not-decimal' });
  });

  it('does not trim when told not to (share links)', () => {
    expect(parseDecimal(' 1', undefined, { trim: false }).ok).toBe(false);
  });
});

describe('commitNumberEntry: a typed number in a field', () => {
  const slider = { min: -5, max: 5, decimals: 2, outOfRange: 'clamp' } as const;
  const weight = { min: -100, max: 100, decimals: 3, outOfRange: 'refuse' } as const;

  it('applies a good number and shows it formatted', () => {
    expect(commitNumberEntry('1.5', 0.5, slider)).toEqual({ value: 1.5, changed: true, fieldText: '1.50', message: '', refused: false });
  });

  it('refuses hex, NaN, letters and overflow with a message, and shows the value in force again', () => {
    for (const text of ['0x1F', 'NaN', 'abc', '1e400', '']) {
      const entry = commitNumberEntry(text, 0.5, slider);
      expect(entry, text).toMatchObject({ value: 0.5, changed: false, fieldText: '0.50', refused: true });
      expect(entry.message, text).toMatch(/Kept 0\.50\.$/);
    }
    expect(commitNumberEntry('0x1F', 0.5, slider).message).toBe('“0x1F” is not a decimal number (type one like 0.5 or −2). Kept 0.50.');
  });

  it('clamps out-of-range numbers in a slider field and says so', () => {
    expect(commitNumberEntry('1e308', -1, slider)).toEqual({ value: 5, changed: true, fieldText: '5.00', message: 'Kept within the range from −5.00 to 5.00.', refused: false });
  });

  it('refuses out-of-range numbers in a weight field, keeping the weight', () => {
    const entry = commitNumberEntry('1e308', -0.25, weight);
    expect(entry).toMatchObject({ value: -0.25, changed: false, fieldText: '−0.250', refused: true });
    expect(entry.message).toBe('“1e308” is outside the range from −100.000 to 100.000. Kept −0.250.');
  });

  it('clips and isolates hostile text in its message', () => {
    expect(commitNumberEntry('\u202Eabc' + 'x'.repeat(100), 1, slider).message).toMatch(/^“\[RLO\]abcx+…” is not a decimal number/);
  });
});
