// Reads a number the page shows ("−0.25") with the course's one parser; a text that is not one fails.
import { parseDecimal } from '../../../src/ui/parse-number.ts';

export function shownNumber(text: string): number {
  const r = parseDecimal(text);
  if (!r.ok) throw new Error(`the page shows “${text}” where a number should be (${r.refusal})`);
  return r.value;
}
