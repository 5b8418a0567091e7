// How the widget writes its numbers into the formulas: 4 decimals, a true minus sign, and a second
// "-p" variant of every slot that wraps negative numbers in parentheses, for factors after × or +.
import { formatNumber } from '../../src/ui/format.ts';

export const DECIMALS = 4;

export function slotTexts(numbers: Record<string, number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(numbers)) {
    const decimals = name === 'eta' ? 2 : DECIMALS;
    const text = formatNumber(v, decimals);
    out[name] = text;
    out[`${name}-p`] = text.startsWith('−') ? `(${text})` : text;
  }
  return out;
}

/** Replaces the placeholder of each \slot{name}{…} in TeX with its number (for the build-time render). */
export function fillSlots(tex: string, texts: Record<string, string>): string {
  return tex.replace(/\\slot\{([a-zA-Z0-9_-]+)\}\{[^}]*\}/g, (whole, name: string) =>
    texts[name] === undefined ? whole : `\\slot{${name}}{${texts[name]}}`);
}
