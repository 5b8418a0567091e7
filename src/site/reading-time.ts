// Reading-time estimate for a chapter, computed at build time from its MDX source.
// Counts the words a reader reads: prose and maths; not import lines, component tags or their props.

/** Words per minute for careful reading of technical prose (slower than the ~240 of light reading). */
export const WORDS_PER_MINUTE = 200;

/** The readable text of an MDX body: without imports/exports, JSX tags, HTML comments and Markdown syntax. */
export function readableText(mdx: string): string {
  return mdx
    .replace(/^(import|export)\s[^\n]*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    // A component tag with its props, possibly spanning lines (props may contain '>' inside strings or {}).
    .replace(/<\/?[A-Za-z][\w.]*(?:\s+(?:[^<>"'{}]|"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*)?\/?>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|~-]+/g, ' ');
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes, at least 1. */
export function readingMinutes(mdx: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(readableText(mdx)) / wordsPerMinute));
}
