// Astro integration: after `astro build`, writes dist/sw.js, the service worker template (sw.js here) with
// the precache list of what the build produced (precache.ts) inlined. Inlining it means every deployment
// that changes a file changes sw.js's bytes, which is how the browser notices a new version. (In `astro dev`
// nothing is written and OfflineSupport.astro registers nothing.)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildPrecache } from './precache.ts';

const TEMPLATE = new URL('./sw.js', import.meta.url);
const PLACEHOLDER = '__NN101_PRECACHE__';

/** The worker's source with `manifest` in place of the placeholder (which must occur exactly once as code). */
export function renderServiceWorker(template: string, manifest: { version: string; urls: string[] }): string {
  const parts = template.split(PLACEHOLDER);
  if (parts.length !== 2) throw new Error(`sw.js template must contain ${PLACEHOLDER} exactly once`);
  return parts.join(JSON.stringify({ version: manifest.version, urls: manifest.urls }));
}

export default function offline(): AstroIntegration {
  return {
    name: 'nn101-offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const manifest = buildPrecache(distDir);
        writeFileSync(new URL('sw.js', dir), renderServiceWorker(readFileSync(TEMPLATE, 'utf8'), manifest));
        logger.info(`sw.js: precache ${manifest.urls.length} files, version ${manifest.version}; ` +
          `${manifest.skipped.length} left to runtime caching`);
      },
    },
  };
}
