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

/** One rule of a `_headers` file (Netlify, Cloudflare Pages): headers for the paths matching `path`. */
export interface HeaderRule {
  /** An exact path ("/chapters/x/"), or a prefix ending in "*" ("/*"). */
  path: string;
  headers: Record<string, string>;
}

/**
 * A Worker script that runs the reader's code from text (the code cells' Worker, named cell.worker…):
 * its policy adds 'unsafe-eval', because running what the reader typed is its job. The Worker locks
 * itself down first (no network, no storage, no further eval; src/cells/runtime/lockdown.ts) and talks to
 * the page only by messages; pages, and every other Worker, keep the policy without eval.
 */
export const EVALUATING_WORKER = /(^|\/)cell\.worker[-.][^/]*\.js$/;

/** The policy for a Worker that evaluates the reader's code: the page policy plus 'unsafe-eval'. */
export function evaluatingWorkerPolicy(policy: string): string {
  return policy.replace(/script-src 'self'/, "script-src 'self' 'unsafe-eval'");
}

/**
 * The rules for dist/: the policy on every page (by its path, with and without index.html), on the
 * service worker and on every Worker script (a Worker obeys the policy its own response carries), the
 * evaluating Worker's looser one on it alone; harmless headers on everything. Rules never overlap in
 * Content-Security-Policy, because hosts apply every matching rule and two policies would both be enforced.
 */
export function headerRules(o: { policy: string; pagePaths: readonly string[]; workerPaths: readonly string[] }): HeaderRule[] {
  const csp = (policy: string) => ({ 'Content-Security-Policy': policy });
  return [
    { path: '/*', headers: { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' } },
    ...o.pagePaths.flatMap((p) => [p, `${p}index.html`].map((path) => ({ path, headers: csp(o.policy) }))),
    ...o.workerPaths.map((path) => ({ path, headers: csp(EVALUATING_WORKER.test(path) ? evaluatingWorkerPolicy(o.policy) : o.policy) })),
  ];
}

/** The `_headers` file text. */
export function headersFile(rules: readonly HeaderRule[]): string {
  return rules.map((r) => `${r.path}\n${Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`).join('');
}

/** Reads a `_headers` file back (the test server serves dist/ with it). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    const header = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (header) rules.at(-1)!.headers[header[1]!] = header[2]!;
    else if (line.trim() !== '') rules.push({ path: line.trim(), headers: {} });
  }
  return rules;
}

/** The headers a host sends for `path`: those of every matching rule. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    const match = r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path;
    if (match) Object.assign(out, r.headers);
  }
  return out;
}
