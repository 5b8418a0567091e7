// V8 compiles a function the first time it is called, on the main thread, unless the file asks otherwise.
// Plot's chunk is loaded ahead of its first chart (src/ui/plot.ts) but nearly all of it runs in that first
// Plot.plot() call, and compiling it there was half of the longest main-thread task of a chart's first frame
// (about 20 of 40 ms, traced in chapter 4d's CrossEntropyRace). V8's explicit compile hint, the magic comment
// `//# allFunctionsCalledOnLoad` as the file's first line (Chrome 136+; other browsers ignore a comment), has
// the whole file compiled when it loads, on a background thread. Added after minification, which would strip it.
import type { Plugin } from 'vite';

const HINT = '//# allFunctionsCalledOnLoad\n';

/** Chunks whose file name starts with one of `names` get the hint (Vite names a chunk after its module). */
export function eagerCompile(names: readonly string[]): Plugin {
  return {
    name: 'nn101:eager-compile',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        const file = chunk.fileName.split('/').pop()!;
        if (chunk.type === 'chunk' && names.some((n) => file.startsWith(`${n}.`))) chunk.code = HINT + chunk.code;
      }
    },
  };
}
