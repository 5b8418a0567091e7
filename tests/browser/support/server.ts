// A tiny static file server over dist/ for the browser tests (loopback only). It sends the headers of
// dist/_headers (the site's Content-Security-Policy on every page and Worker script, and friends, written at
// build by src/security/) with the responses they name, as a host configured per the README does: every
// browser test runs under the policy.
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { headersFor, parseHeadersFile } from '../../../src/security/csp.ts';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** Text types a host compresses (Netlify, Cloudflare Pages and GitHub Pages all gzip or brotli them). */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/**
 * `compress`: gzip text responses when the request accepts it, as every host the README names does. Off for
 * the tests (they read dist/'s bytes as served); on for bench/lighthouse.ts, where Lighthouse's simulated
 * slow 4G would otherwise charge a chapter's ~260 KB of HTML in full instead of its ~40 KB gzip.
 */
export async function serveDirectory(root: string, options: { compress?: boolean } = {}): Promise<{ url: string; server: Server }> {
  const base = resolve(root);
  const headersPath = join(base, '_headers');
  const headerRules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(base, pathname));
      if (!file.startsWith(base)) throw new Error('outside root');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { ...headersFor(headerRules, pathname), 'content-type': type };
      if (options.compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
        res.end(gzipSync(body, { level: 6 }));
        return;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
