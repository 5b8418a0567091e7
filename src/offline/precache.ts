// The precache list for the service worker (src/offline/sw.js): which files of the built site a reader gets
// the moment the worker installs, so that the whole course works offline once one page has loaded. Runs in
// Node after `astro build` (src/offline/integration.ts); pure apart from reading the directory.
//
// Everything in dist/ is precached except:
// - fonts other than woff2 (KaTeX's CSS lists woff2 first; every browser with service workers uses it),
// - large optional files, fetched only when a reader uses them and then cached at runtime: onnxruntime-web
//   (its ~14 MB wasm, glue and JS chunk, all named ort…), models (.onnx), and anything over MAX_BYTES,
// - the worker itself and source maps.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** A file bigger than this is never precached: a first visit should not download what it may never use. */
export const MAX_BYTES = 1024 * 1024;

export interface Precache {
  /** Changes whenever any precached file's path or contents change; names the worker's caches. */
  version: string;
  /** URLs relative to the site root (the worker's scope): '' for the home page, 'chapters/x/', '_astro/a.js'. */
  urls: string[];
  /** Files in dist/ left to runtime caching, with the reason (for the build log and tests). */
  skipped: { path: string; reason: string }[];
}

/** Why `path` (relative to dist/, forward slashes) of `bytes` bytes is not precached, or null if it is. */
export function skipReason(path: string, bytes: number): string | null {
  const name = posix.basename(path);
  if (path === 'sw.js' || path === '_headers' || name.endsWith('.map')) return 'not part of the pages';
  if (/\.(ttf|otf|woff|eot)$/i.test(name)) return 'font format superseded by woff2';
  if (/^ort[.-]/.test(name)) return 'onnxruntime-web: cached when a model first runs';
  if (/\.onnx$/i.test(name)) return 'model: cached when first used';
  if (bytes > MAX_BYTES) return `over ${MAX_BYTES} bytes: cached when first used`;
  return null;
}

/** The URL a file is requested by: a page's index.html by its directory ('chapters/x/'), others by path. */
export function urlFor(path: string): string {
  if (path === 'index.html') return '';
  if (path.endsWith('/index.html')) return path.slice(0, -'index.html'.length);
  return path;
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Reads `distDir` and returns what the service worker precaches and the version of that set. */
export function buildPrecache(distDir: string): Precache {
  const hash = createHash('sha256');
  const urls: string[] = [];
  const skipped: Precache['skipped'] = [];
  for (const path of listFiles(distDir)) {
    const full = join(distDir, path);
    const reason = skipReason(path, statSync(full).size);
    if (reason) { skipped.push({ path, reason }); continue; }
    urls.push(urlFor(path));
    hash.update(path).update('\0').update(createHash('sha256').update(readFileSync(full)).digest()).update('\0');
  }
  return { version: hash.digest('hex').slice(0, 12), urls, skipped };
}
