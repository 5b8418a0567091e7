// Quoting what a reader typed or pasted inside a message, in each language's quotation marks: clipped to
// 24 characters (or `max`: an id from a file is useful only whole), with control characters replaced, bidi
// controls shown and right-to-left text isolated (src/ui/untrusted-text.ts).
import { isolateText } from '../ui/untrusted-text.ts';

// eslint-disable-next-line no-control-regex
const clip = (text: string, max: number) => isolateText((text.trim().length > max ? text.trim().slice(0, max) + '…' : text.trim()).replace(/[\u0000-\u001f\u007f]/g, '?'));

/** Longest part of a reader's value a link's problem carries and its message quotes (src/state/url-state.ts). */
export const QUOTED_LENGTH = 40;

export const quoteEn = (text: string, max = 24): string => `“${clip(text, max)}”`;
export const quoteEs = (text: string, max = 24): string => `«${clip(text, max)}»`;
