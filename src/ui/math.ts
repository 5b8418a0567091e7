// KaTeX at build time, with live slots. Runtime KaTeX would cost ~75 KB gzip per page, so formulas are
// rendered to HTML when the site is built (in an Astro component's front-matter) and the numbers that a
// widget changes are marked as slots: \slot{name}{0.00} becomes a <span data-slot="name"> whose text the
// widget's script replaces. Only call renderMath on the server (Astro front-matter), never in a widget script.
import katex from 'katex';

/** Renders TeX to HTML. `\slot{name}{initial}` marks a number the page will update. */
export function renderMath(tex: string, options: { display?: boolean } = {}): string {
  const withSlots = tex.replace(/\\slot\{([a-zA-Z0-9_-]+)\}/g, '\\htmlData{slot=$1}');
  return katex.renderToString(withSlots, {
    displayMode: options.display ?? false,
    throwOnError: true,
    output: 'htmlAndMathml',
    // Only \htmlData is trusted, and only with our own slot names.
    trust: (ctx) => ctx.command === '\\htmlData',
    strict: 'ignore',
  });
}

// setSlot lives in slots.ts so widget scripts can use it without bundling KaTeX; re-exported for
// server-side callers that already import this module.
export { setSlot } from './slots.ts';
