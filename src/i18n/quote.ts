// Quoting what a reader typed or pasted inside a message, in each language's quotation marks: clipped to
// 24 characters, with bidi controls shown and right-to-left text isolated (src/ui/untrusted-text.ts).
import { isolateText } from '../ui/untrusted-text.ts';

const clip = (text: string) => isolateText(text.trim().length > 24 ? text.trim().slice(0, 24) + '…' : text.trim());

export const quoteEn = (text: string): string => `“${clip(text)}”`;
export const quoteEs = (text: string): string => `«${clip(text)}»`;
