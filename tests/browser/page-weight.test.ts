// Page weight: for every built page, what it actually loads in Chromium after load and after its widgets ran
// (each widget's first slider nudged, so lazy imports happen), sized as gzip of the served file (zlib, level
// 6, like a typical server). JavaScript + WebAssembly must fit the page's budget in tests/page-budgets.json.
// Prints a per-page table (JS, wasm, fonts, CSS, HTML) for the report.
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { baseURL, launchBrowser, openPage, type Session } from './support/browser';
import { builtPages } from './support/pages';
import { splitLocalizedPath } from '../../src/i18n/routes.ts';

interface Budget { jsWasmKB: number; reason: string }
const budgets = JSON.parse(readFileSync('tests/page-budgets.json', 'utf8')) as { default: Budget; pages: Record<string, Budget> };
// A translated page (/es/chapters/x/) runs the same widgets as its English original and gets its budget;
// it may list its own entry if it ever needs a different one.
const budgetFor = (path: string): Budget => budgets.pages[path] ?? budgets.pages[splitLocalizedPath(path).path] ?? budgets.default;

type Kind = 'js' | 'wasm' | 'font' | 'css' | 'html' | 'other';
interface Weight { js: number; wasm: number; font: number; css: number; html: number; other: number; files: string[] }

const gzipBytes = (buf: Buffer) => gzipSync(buf, { level: 6 }).length;
const KB = (bytes: number) => (bytes / 1024).toFixed(1);

/** The file in dist/ that the server sent for `url` (same rules as support/server.ts). */
function distFile(url: string): string | null {
  let file = join('dist', decodeURIComponent(new URL(url).pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : null;
}

function kindOf(r: Response): Kind {
  const type = r.request().resourceType();
  const path = new URL(r.url()).pathname;
  if (path.endsWith('.wasm') || (r.headers()['content-type'] ?? '').includes('wasm')) return 'wasm';
  if (type === 'script' || /\.m?js$/.test(path)) return 'js';
  if (type === 'font' || /\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (type === 'stylesheet' || path.endsWith('.css')) return 'css';
  if (type === 'document') return 'html';
  return 'other';
}

/** Scripts written into the HTML itself (no src): they are JavaScript the page runs too. */
function inlineScriptBytes(html: string): number {
  const bodies = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  return bodies.trim() ? gzipBytes(Buffer.from(bodies)) : 0;
}

async function measure(page: Page, responses: Response[], path: string): Promise<Weight> {
  await page.waitForLoadState('networkidle');
  // Let the widgets run: bring each into view and nudge its first slider, which triggers lazy loading.
  // (A widget is a .widget panel; a slider outside any panel is nudged too, once.)
  const sliders = [
    ...(await page.locator('.widget').all()).map((w) => w.locator('input[type="range"]').first()),
    page.locator('input[type="range"]:not(.widget input)').first(),
  ];
  for (const slider of sliders) {
    if (!(await slider.count()) || !(await slider.isVisible())) continue;
    await slider.scrollIntoViewIfNeeded();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle'); // (itself 500 ms without a request)

  const origin = new URL(baseURL()).origin;
  const weight: Weight = { js: 0, wasm: 0, font: 0, css: 0, html: 0, other: 0, files: [] };
  const seen = new Set<string>();
  for (const r of responses) {
    const url = r.url();
    if (!url.startsWith(origin) || r.status() !== 200 || seen.has(url)) continue;
    seen.add(url);
    const file = distFile(url);
    if (!file) continue;
    const body = readFileSync(file);
    const kind = kindOf(r);
    const bytes = gzipBytes(body);
    weight[kind] += bytes;
    if (kind === 'html') weight.js += inlineScriptBytes(body.toString('utf8'));
    weight.files.push(`${kind} ${KB(bytes)} KB ${new URL(url).pathname}`);
  }
  expect(weight.html, `${path}: the page itself was not measured`).toBeGreaterThan(0);
  return weight;
}

const pages = builtPages();
const rows: { path: string; w: Weight; budget: Budget }[] = [];
let session: Session;
// Without the service worker: it would download the whole precache list (every page's files) in the
// background of the first page, and answer later pages from its cache, so the per-page numbers would
// measure the worker instead of the page. A page's own weight is what a first visit to it costs.
beforeAll(async () => { session = await launchBrowser({ serviceWorkers: 'block' }); });
afterAll(async () => {
  await session?.close();
  const header = ['page', 'JS', 'wasm', 'JS+wasm', 'budget', 'fonts', 'CSS', 'HTML'];
  const lines = rows.map(({ path, w, budget }) => [path, KB(w.js), KB(w.wasm), KB(w.js + w.wasm), String(budget.jsWasmKB), KB(w.font), KB(w.css), KB(w.html)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(['Page weight, KB gzip (1 KB = 1024 bytes), after load and after widgets ran:', fmt(header), ...lines.map(fmt)].join('\n'));
  mkdirSync('.tmp', { recursive: true });
  writeFileSync('.tmp/page-weight.json', JSON.stringify(rows, null, 2));
});

describe('page weight', () => {
  it('has a budget entry only for pages that exist (so a renamed page does not keep a stale exception)', () => {
    for (const path of Object.keys(budgets.pages)) expect(pages).toContain(path);
    for (const b of [budgets.default, ...Object.values(budgets.pages)]) expect(b.reason.length).toBeGreaterThan(10);
  });

  for (const path of pages) {
    it(`${path} loads no more JavaScript + WebAssembly than its budget`, async () => {
      const responses: Response[] = [];
      const { page, problems } = await openPage(session, 'about:blank');
      // Listen on the whole context (this file opens one page at a time), so that requests made by the
      // page's Web Workers, which have no frame, are counted too.
      const record = (r: Response) => { responses.push(r); };
      page.context().on('response', record);
      await page.goto(new URL(path, baseURL()).href, { waitUntil: 'load' });
      const w = await measure(page, responses, path);
      page.context().off('response', record);
      const budget = budgetFor(path);
      rows.push({ path, w, budget });
      const total = w.js + w.wasm;
      expect(total / 1024, `${path} loads ${KB(total)} KB of JS + wasm (gzip):\n${w.files.join('\n')}`).toBeLessThanOrEqual(budget.jsWasmKB);
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
