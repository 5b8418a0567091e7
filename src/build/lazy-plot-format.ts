// Observable Plot makes its default number format (an Intl.NumberFormat) as its module loads, for
// `formatDefault`. On a page that has used no Intl before (the course formats its numbers itself,
// src/ui/format.ts), that first Intl object starts the browser's internationalisation library (ICU): two
// tasks of ~15 ms of main-thread CPU each, ~60 ms on Lighthouse's 4x-slowed CPU, over the 50 ms long-task
// line whichever way they are scheduled. This makes the format when Plot first formats a number by default
// instead, so a chart whose ticks and tips are all formatted by the widget (the playground's loss chart)
// never starts ICU. Same output: the format is made from the same locale, once. If a Plot upgrade changes
// the code, the build fails here rather than silently starting ICU again.
import type { Plugin } from 'vite';

const FILE = /@observablehq[\\/]plot[\\/]src[\\/]format\.js$/;
const EAGER = 'const number = formatNumber(locale);';
const LAZY = 'let made; const number = (v) => (made ??= formatNumber(locale))(v);';

export function lazyPlotFormat(): Plugin {
  return {
    name: 'nn101:lazy-plot-format',
    apply: 'build',
    transform(code, id) {
      if (!FILE.test(id.split('?')[0]!)) return null;
      if (!code.includes(EAGER)) throw new Error(`lazy-plot-format: "${EAGER}" not found in ${id}; update src/build/lazy-plot-format.ts for this Plot version`);
      return { code: code.replace(EAGER, LAZY), map: null };
    },
  };
}
