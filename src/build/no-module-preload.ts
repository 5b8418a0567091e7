// A widget's code is imported when the widget starts (src/ui/mount.ts). By default Vite wraps each such
// import() in a helper that first adds a <link rel="modulepreload"> to the page for every module of the
// import's graph, all in the task that starts the widget: 27 for chapter 4d's cross-entropy race, whose
// insertion alone took ~230 ms of main thread on Lighthouse's 4x-slowed CPU (the page's longest task after
// its first paint). Without it the browser fetches the same graph as it reads each module's imports: spread
// over many small tasks, a few round trips later. Astro sets the client build's modulePreload itself (to
// { polyfill: false }), over a top-level `vite.build` option, so this sets it on the client environment.
import type { Plugin } from 'vite';

export function noModulePreload(): Plugin {
  return {
    name: 'nn101:no-module-preload',
    apply: 'build',
    configEnvironment(name) {
      if (name === 'client') return { build: { modulePreload: false } };
      return undefined;
    },
  };
}
