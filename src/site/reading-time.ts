// Reading-time estimate for a chapter, computed at build time from its MDX source.
// Counts the words a reader reads: prose and maths; not import lines, component tags or their props.

/**
 * Words per minute for careful reading of technical prose. Brysbaert (2019), "How many words do we read per
 * minute? A review and meta-analysis of reading rate", Journal of Memory and Language 109, 104047, puts
 * adults' silent reading of English non-fiction at about 238 words a minute; the chapters carry formulas and
 * figures a reader stops to follow, so we plan about a sixth slower. The teacher guides cite the same figure.
 */
export const WORDS_PER_MINUTE = 200;

/**
 * Removes JSX/HTML tags with everything inside them, however deeply their props nest braces, brackets and
 * quotes (a SelfCheck's questions are an array of objects inside a prop). Text between tags is kept.
 */
export function stripTags(mdx: string): string {
  let out = '';
  let i = 0;
  while (i < mdx.length) {
    const isTag = mdx[i] === '<' && /[A-Za-z/!]/.test(mdx[i + 1] ?? '');
    if (!isTag) { out += mdx[i++]; continue; }
    let depth = 0;
    let quote = '';
    let j = i + 1;
    for (; j < mdx.length; j++) {
      const c = mdx[j];
      if (quote) { if (c === quote && mdx[j - 1] !== '\\') quote = ''; continue; }
      if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth === 0) break;
    }
    out += ' ';
    i = j + 1;
  }
  return out;
}

/** The readable text of an MDX body: without imports/exports, tags, comments and Markdown syntax. */
export function readableText(mdx: string): string {
  const withoutCode = mdx
    .replace(/^(import|export)\s[^\n]*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    // In maths, "<" is "less than", never a tag: space it out so stripTags leaves it alone.
    .replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g, (math) => math.replace(/</g, ' < '));
  return stripTags(withoutCode)
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
