// The site's Content-Security-Policy, built from what the build produced: every page's inline scripts are
// allowed by their SHA-256 hash (so a new page or a new inline script gets the policy automatically, and an
// injected one never runs), everything else only from the site's own origin. Pure functions: the build hook
// (./integration.ts) applies them to dist/, the unit test checks them, the browser test serves the header.
//
// Why each source is there:
//   default-src 'self'        pages, chunks, KaTeX fonts, the engine's .wasm, models, fetches: only our origin
//   script-src  'self'        our bundled modules, the engine Worker and the code-cell Worker (own files),
//                             onnxruntime-web's glue .mjs (served by the site)
//               'wasm-unsafe-eval'  compiling WebAssembly (our engine, onnxruntime-web); allows no JS eval
//               'sha256-…'    the inline scripts Astro emits (is:inline and small bundled ones), by hash
//   style-src   'self' 'unsafe-inline'  KaTeX's HTML carries style="" attributes, Observable Plot writes a
//                             <style> into each chart and CodeMirror injects its theme as <style>; styles
//                             cannot run code, and scripts stay strict
//   img-src     'self' data:  icons and CSS images inlined as data: URLs by the bundler
//   font-src    'self' data:  KaTeX's fonts; the bundler inlines the smallest (KaTeX_Size3) as a data: URL
//   worker-src  'self'        Workers only from our own files (no blob: or data: workers)
//   object-src  'none'        no plugins
//   base-uri    'self'        an injected <base> cannot redirect our relative URLs
//   form-action 'self'        no form can post elsewhere
//   frame-ancestors 'self'    (header only: browsers ignore it in <meta>) no other site may frame the course;
//                             a school platform that embeds it adds its origin here
import { createHash } from 'node:crypto';

/** The `sha256-…` source of one inline script's exact text. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** The text of every inline <script> (no src) in an HTML page, in order. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(m[1] ?? '')) continue;
    out.push(m[2] ?? '');
  }
  return out;
}

export interface PolicyOptions {
  /** Hash sources of the inline scripts allowed ("'sha256-…'"). */
  scriptHashes: readonly string[];
  /** 'header' adds what only an HTTP header can carry (frame-ancestors). */
  delivery: 'meta' | 'header';
}

export function contentSecurityPolicy({ scriptHashes, delivery }: PolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...[...new Set(scriptHashes)].sort()],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'", 'data:'],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  if (delivery === 'header') directives.push(['frame-ancestors', "'self'"]);
  return directives.map((d) => d.join(' ')).join('; ');
}

/**
 * The page with the policy as a <meta> placed first in <head> (a meta policy covers only what comes after
 * it), right after <meta charset> when there is one (the charset must stay within the first 1024 bytes).
 */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  if (/<meta http-equiv="Content-Security-Policy"/i.test(html)) throw new Error('the page already has a Content-Security-Policy meta');
  const charset = /<meta charset=[^>]*>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('the page has no <head> to hold its Content-Security-Policy');
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}

/** Security headers for every response, for a host that reads `_headers` (Netlify, Cloudflare Pages). */
export function securityHeaders(policy: string): Record<string, string> {
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/** The `_headers` file text: one rule for every path. */
export function headersFile(headers: Record<string, string>, pathPattern = '/*'): string {
  return `${pathPattern}\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
}

/** Reads a `_headers` file back (the test server serves dist/ with these). */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (m) headers[m[1]!] = m[2]!;
  }
  return headers;
}
