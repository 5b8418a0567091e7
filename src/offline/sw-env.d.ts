// Globals of the service worker template (sw.js), for its own type check (tsconfig.sw.json).
/** Replaced at build time by the precache list (src/offline/integration.ts, renderServiceWorker). */
declare const __NN101_PRECACHE__: { version: string; urls: string[] };
