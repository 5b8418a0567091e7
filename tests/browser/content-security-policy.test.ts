// The site under its own Content-Security-Policy, as a host serves it (the test server sends dist/_headers
// with every response, and every page carries the policy as a <meta>): on every page, with every widget
// operated (each button pressed once, each slider moved, the model download, the service worker), no
// `securitypolicyviolation` and no console error. And the policy is really in force: an injected inline
// script does not run, and another origin cannot frame the course.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, openPage, type Session } from './support/browser';
import { builtPages } from './support/pages';
import { headersFor, parseHeadersFile } from '../../src/security/csp.ts';

const pages = builtPages();
let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

/** Records every CSP violation of the page (and of its frames) in window.__cspViolations. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/**
 * Presses each visible, enabled button of the page once (widgets first mounted), and moves each slider.
 * Returns the names of the files the presses downloaded.
 */
async function operateEveryWidget(page: Page): Promise<string[]> {
  const downloads: Promise<string>[] = [];
  // Each file is really produced (the ONNX export runs in the page).
  page.on('download', (d) => downloads.push(d.path().then(() => d.suggestedFilename())));
  const buttons = page.locator('main button:visible:enabled, main summary:visible');
  const count = Math.min(await buttons.count(), 80);
  for (let i = 0; i < count; i++) {
    await buttons.nth(i).click({ timeout: 1000, noWaitAfter: true }).catch(() => {});
  }
  const sliders = page.locator('main input[type="range"]:visible');
  for (let i = 0; i < Math.min(await sliders.count(), 40); i++) {
    await sliders.nth(i).focus().then(() => page.keyboard.press('ArrowRight')).catch(() => {});
  }
  // Anything a press started (a model loading, a file being made) finishes.
  await page.waitForLoadState('networkidle');
  return Promise.all(downloads);
}

describe('the Content-Security-Policy', () => {
  it('is sent as a header with frame-ancestors, and every page carries the same policy as its first <meta>', async () => {
    const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
    const header = headersFor(rules, '/')['Content-Security-Policy']!;
    expect(header).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')+; /);
    expect(header).toContain("object-src 'none'; base-uri 'self'");
    expect(header).toContain("frame-ancestors 'self'");
    const response = await fetch(new URL('/', baseURL()));
    expect(response.headers.get('content-security-policy')).toBe(header);
    // The engine's Worker and the service worker run under the same policy (a Worker obeys its own response's).
    const engineWorker = rules.find((r) => /engine\.worker/.test(r.path));
    expect(engineWorker?.headers['Content-Security-Policy']).toBe(header);
    expect(headersFor(rules, '/sw.js')['Content-Security-Policy']).toBe(header);
    expect((await fetch(new URL(engineWorker!.path, baseURL()))).headers.get('content-security-policy')).toBe(header);
    for (const path of pages) {
      expect(headersFor(rules, path)['Content-Security-Policy'], path).toBe(header);
      const html = readFileSync(`dist${path}index.html`, 'utf8');
      const meta = /<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
      expect(meta, path).not.toBeNull();
      expect(`${meta![1]!.replace(/&#39;/g, "'")}; frame-ancestors 'self'`, path).toBe(header);
    }
  });

  for (const path of pages) {
    it(`lets ${path} and its widgets work with no violation`, async () => {
      const { page, problems } = await openPage(session, path).then(async (w) => { await watchViolations(w.page); await w.page.reload(); return w; });
      await page.waitForLoadState('networkidle');
      // The inline scripts ran: the Large text switch shows itself, the service worker registers.
      await page.locator('[data-projector-toggle]').waitFor({ state: 'visible' });
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active !== null)).toBe(true);
      const files = await operateEveryWidget(page);
      // The playground's model download: the ONNX export, which used protobufjs's eval-generated code before.
      if (/\/chapters\/06-playground\/$/.test(path)) expect(files).toContain('nn101-playground.onnx');
      expect(await violations(page)).toEqual([]);
      expect(problems.filter((p) => !p.startsWith('failed request') || !p.includes('net::ERR_ABORTED'))).toEqual([]);
      await page.close();
    });
  }

  it('blocks an injected inline script and reports it (the policy is really in force)', async () => {
    const { page } = await openPage(session, '/');
    await watchViolations(page);
    await page.reload();
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __injected?: boolean }).__injected ?? false;
    });
    expect(ran).toBe(false);
    // Reported once by each copy of the policy (the header and the <meta>).
    await expect.poll(async () => (await violations(page)).filter((v) => v.startsWith('script-src')), { timeout: 10_000 }).toEqual([
      expect.stringMatching(/^script-src-elem blocked inline/), expect.stringMatching(/^script-src-elem blocked inline/)]);
    await page.close();
  });

  it('keeps the course out of another origin\'s frame (frame-ancestors)', async () => {
    const target = new URL('/', baseURL()).href;
    const other: Server = createServer((_, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end(`<iframe src="${target}"></iframe>`); });
    await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
    try {
      const { port } = other.address() as { port: number };
      const context = (session as Session & { context: import('playwright-core').BrowserContext }).context;
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/`); // another port: another origin
      const frame = page.frames().find((f) => f !== page.mainFrame());
      // The framed document never loads: Chromium shows its error page (chrome-error://) instead.
      await expect.poll(async () => frame?.url() ?? '', { timeout: 10_000 }).not.toBe(target);
      expect(await page.frameLocator('iframe').locator('[data-projector-toggle]').count()).toBe(0);
      await page.close();
    } finally {
      other.closeAllConnections(); // the framing page's keep-alive connection would hold close() open
      await new Promise<void>((done) => other.close(() => done()));
    }
  });
});
