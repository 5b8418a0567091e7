// KaTeX at build time, with live slots. Runtime KaTeX would cost ~75 KB gzip per page, so formulas are
// rendered to HTML when the site is built (in an Astro component's front-matter) and the numbers that a
// widget changes are marked as slots: \slot{name}{0.00} becomes a <span data-slot="name"> whose text the
// widget's script replaces (with setSlot from ./slots.ts). Only call renderMath on the server (Astro
// front-matter), never in a widget script, and never import this file from one.
import katex from 'katex';

/**
 * Renders TeX to HTML. `\slot{name}{initial}` marks a number the page will update. A slot's initial
 * number may be written with a decimal comma (Spanish pages): it is braced, `0{,}5`, so TeX does not
 * read the comma as punctuation followed by a space.
 */
export function renderMath(tex: string, options: { display?: boolean } = {}): string {
  const withSlots = tex
    .replace(/(\\slot\{[a-zA-Z0-9_-]+\}\{)([^{}]*)\}/g, (_, head: string, value: string) => `${head}${value.replace(/(\d),(\d)/g, '$1{,}$2')}}`)
    .replace(/\\slot\{([a-zA-Z0-9_-]+)\}/g, '\\htmlData{slot=$1}');
  return katex.renderToString(withSlots, {
    displayMode: options.display ?? false,
    throwOnError: true,
    output: 'htmlAndMathml',
    // Only \htmlData is trusted, and only with our own slot names.
    trust: (ctx) => ctx.command === '\\htmlData',
    strict: 'ignore',
  });
}

// setSlot lives in slots.ts; widget scripts should import it from there (importing this file in the browser
// would bundle KaTeX). Re-exported here so existing imports keep working.
export { setSlot } from './slots.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Renders a short text whose maths is written between single dollars ("the sum $z = wx + b$"), for
 * component props such as self-check questions. The text is HTML-escaped; `\$` writes a dollar sign.
 */
export function renderTextWithMath(text: string): string {
  const parts = text.split(/(?<!\\)\$([^$]+)\$/);
  return parts.map((part, i) => (i % 2 === 1 ? renderMath(part) : escapeHtml(part.replace(/\\\$/g, '$')))).join('');
}
