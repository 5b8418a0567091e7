// Every sentence the number fields show a reader, in one place for the Spanish edition (issue 13):
// a translation replaces this object (and passes its NumberLocale to parseDecimal).
import { formatNumber } from './format.ts';
import type { NumberRefusal } from './parse-number.ts';
import { isolateText } from './untrusted-text.ts';

/** What was typed, quoted and clipped for a message (it may be anything a reader pasted). */
const typed = (text: string) => `“${isolateText(text.trim().length > 24 ? text.trim().slice(0, 24) + '…' : text.trim())}”`;

export const numberStrings = {
  refusal(refusal: NumberRefusal, text: string): string {
    switch (refusal) {
      case 'empty': return 'Type a number.';
      case 'not-decimal': return `${typed(text)} is not a decimal number (type one like 0.5 or −2).`;
      case 'wrong-separator': return `${typed(text)}: write decimals with a point and no thousands separator, like 0.5 or 1000.`;
      case 'too-large': return `${typed(text)} is too large to be used.`;
    }
  },
  range: (min: number, max: number, decimals: number) => `from ${formatNumber(min, decimals)} to ${formatNumber(max, decimals)}`,
  /** After a refusal: the value still in force, which the field shows again. */
  kept: (value: string) => `Kept ${value}.`,
  outside: (text: string, range: string) => `${typed(text)} is outside the range ${range}.`,
  clamped: (range: string) => `Kept within the range ${range}.`,
};
