// Number fields (slider fields, weight fields, self-check answers): why a typed text was refused or changed.
import { formatNumber } from '../../ui/format.ts';
import type { NumberRefusal } from '../../ui/parse-number.ts';
import { quoteEn as typed } from '../quote.ts';

export const numbers = {
  refusal(refusal: NumberRefusal, text: string): string {
    switch (refusal) {
      case 'empty': return 'Type a number.';
      case 'not-decimal': return `${typed(text)} is not a decimal number (type one like 0.5 or −2).`;
      case 'wrong-separator': return `${typed(text)}: write decimals with a point and no thousands separator, like 0.5 or 1000.`;
      case 'too-large': return `${typed(text)} is too large to be used.`;
    }
  },
  range: (min: number, max: number, decimals: number) => `from ${formatNumber(min, decimals, undefined, 'en')} to ${formatNumber(max, decimals, undefined, 'en')}`,
  /** After a refusal: the value still in force, which the field shows again. */
  kept: (value: string) => `Kept ${value}.`,
  outside: (text: string, range: string) => `${typed(text)} is outside the range ${range}.`,
  clamped: (range: string) => `Kept within the range ${range}.`,
};
