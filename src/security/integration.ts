// Astro integration: after `astro build`, gives every page of dist/ the site's Content-Security-Policy as
// its first <meta> and writes dist/_headers with the same policy (plus frame-ancestors) as an HTTP header
// for every page and Worker script (csp.ts headerRules), for hosts that read that file; README "Security" says how to set it elsewhere. The inline scripts of
// all pages are hashed together, so one policy fits every page. Runs before the offline integration, so
// the service worker's precache version covers the final pages.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, headerRules, headersFile, inlineScripts, scriptHash, withPolicyMeta } from './csp.ts';

/** Every file under `dir` whose name passes `keep`, as absolute paths. */
function filesIn(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** The URL path of a file in dist/: "/chapters/x/index.html" → "/chapters/x/". */
const urlPath = (distDir: string, file: string) => `/${relative(distDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');

export default function contentSecurity(): AstroIntegration {
  return {
    name: 'nn101-content-security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const pages = filesIn(distDir, (name) => name.endsWith('.html')).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
        const hashes = [...new Set(pages.flatMap((p) => inlineScripts(p.html).map(scriptHash)))];
        const metaPolicy = contentSecurityPolicy({ scriptHashes: hashes, delivery: 'meta' });
        for (const p of pages) writeFileSync(p.file, withPolicyMeta(p.html, metaPolicy));
        const headerPolicy = contentSecurityPolicy({ scriptHashes: hashes, delivery: 'header' });
        // Workers: the service worker and every Worker script Vite emitted (named after its source, *.worker…).
        const workers = ['/sw.js', ...filesIn(distDir, (name) => /\.worker[-.][^/]*\.js$/.test(name)).map((f) => urlPath(distDir, f))];
        const pagePaths = pages.map((p) => urlPath(distDir, p.file)).filter((p) => p.endsWith('/'));
        writeFileSync(new URL('_headers', dir), headersFile(headerRules({ policy: headerPolicy, pagePaths, workerPaths: workers })));
        logger.info(`Content-Security-Policy: ${pages.length} pages, ${hashes.length} inline script hashes, ${workers.length} workers; _headers written`);
      },
    },
  };
}
