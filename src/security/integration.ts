// Astro integration: after `astro build`, gives every page of dist/ the site's Content-Security-Policy as
// its first <meta> and writes dist/_headers with the same policy (plus frame-ancestors) as an HTTP header,
// for hosts that read that file; README "Security" says how to set it elsewhere. The inline scripts of
// all pages are hashed together, so one policy fits every page. Runs before the offline integration, so
// the service worker's precache version covers the final pages.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, headersFile, inlineScripts, scriptHash, securityHeaders, withPolicyMeta } from './csp.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

export default function contentSecurity(): AstroIntegration {
  return {
    name: 'nn101-content-security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const pages = htmlFiles(fileURLToPath(dir)).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
        const hashes = [...new Set(pages.flatMap((p) => inlineScripts(p.html).map(scriptHash)))];
        const metaPolicy = contentSecurityPolicy({ scriptHashes: hashes, delivery: 'meta' });
        for (const p of pages) writeFileSync(p.file, withPolicyMeta(p.html, metaPolicy));
        const headerPolicy = contentSecurityPolicy({ scriptHashes: hashes, delivery: 'header' });
        writeFileSync(new URL('_headers', dir), headersFile(securityHeaders(headerPolicy)));
        logger.info(`Content-Security-Policy: ${pages.length} pages, ${hashes.length} inline script hashes; _headers written`);
      },
    },
  };
}
