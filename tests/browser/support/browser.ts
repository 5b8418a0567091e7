// Shared browser-test helpers: launch Debian's Chromium, open a page while recording every problem
// (console errors, uncaught exceptions, failed requests, requests to other origins), and run axe-core.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { inject } from 'vitest';

const require = createRequire(import.meta.url);

export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // WebGL2 on SwiftShader (software); see ../shared/notes/toolchain.md.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export interface Session {
  browser: Browser;
  close(): Promise<void>;
}

export const baseURL = (): string => inject('baseURL');

/**
 * Launches Chromium with a fresh profile directory (so no service worker or cache survives from another
 * test file). `serviceWorkers: 'block'` keeps the site's service worker from registering (page-weight.test.ts).
 * Widgets normally start only near the viewport (src/ui/mount.ts); tests operate widgets anywhere on a
 * page, so every widget starts at load unless `lazyMount: true` (lazy-mount.test.ts).
 */
export async function launchBrowser(options: { serviceWorkers?: 'allow' | 'block'; lazyMount?: boolean } = {}): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'nn101-chrome-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromePath'),
    headless: true,
    args: CHROME_ARGS,
    serviceWorkers: options.serviceWorkers ?? 'allow',
  }).catch((e) => { rmSync(profile, { recursive: true, force: true }); throw e; });
  if (!options.lazyMount) await context.addInitScript(() => { (globalThis as { nn101MountAll?: boolean }).nn101MountAll = true; });
  const browser = context.browser();
  // launchPersistentContext gives no Browser object; wrap the context instead.
  const session: Session & { context: BrowserContext } = {
    browser: browser as Browser,
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}

export interface WatchedPage {
  page: Page;
  /** Every console error, page error, failed request and off-origin request seen so far. */
  problems: string[];
}

/** Opens a new page at `path` (relative to the site root) and records every problem it has. */
export async function openPage(
  session: Session,
  path: string,
  options: {
    width?: number; height?: number; colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' | 'no-preference';
    /** A script run in the page before its own (e.g. hiding an API the page would use at once). */
    initScript?: () => void;
  } = {},
): Promise<WatchedPage> {
  const context = (session as Session & { context: BrowserContext }).context;
  const page = await context.newPage();
  await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 900 });
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light', reducedMotion: options.reducedMotion ?? 'no-preference' });
  const origin = new URL(baseURL()).origin;
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  // A request still under way when the test reloads or leaves the page is cancelled by the browser: that is
  // the test navigating, not the site failing (a widget fetching its code as it starts, a font, the favicon).
  // Each request remembers how many page navigations had begun when it was made; a cancelled one made before
  // the latest navigation began is not a problem. Nor is one the old document made after a navigation began
  // but before the new document took its place (a widget starting just as the test clicks a link): no new
  // document exists yet to have made it. Any other cancelled or failed request still counts.
  let navigations = 0;
  let navigationPending = false;
  const madeDuring = new WeakMap<Request, number>();
  const madeByLeavingDocument = new WeakSet<Request>();
  page.on('requestfailed', (r) => {
    const aborted = r.failure()?.errorText === 'net::ERR_ABORTED';
    if (aborted && new URL(r.url()).pathname.endsWith('/favicon.svg')) return;
    if (aborted && (madeDuring.get(r) ?? navigations) < navigations) return;
    if (aborted && madeByLeavingDocument.has(r)) return;
    problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) navigationPending = false; });
  page.on('request', (r) => {
    madeDuring.set(r, navigations);
    const navigation = r.isNavigationRequest() && r.frame() === page.mainFrame();
    if (navigationPending && !navigation) madeByLeavingDocument.add(r);
    if (navigation) { navigations++; navigationPending = true; }
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
  });
  if (options.initScript) await page.addInitScript(options.initScript);
  await page.goto(new URL(path, baseURL()).href, { waitUntil: 'load' });
  return { page, problems };
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page and returns the violations of serious or critical impact, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools, not added as an inline <script>: the site's Content-Security-Policy (which
  // every browser test runs under) rightly blocks an injected inline script.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    // axe-core was evaluated above in the page's global scope, so it is a global of the page
    const { axe } = window as typeof window & { axe: typeof import('axe-core') };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  return violations;
}

/** Waits until every widget that has begun to start has finished starting (or said why it could not). */
export async function widgetsStarted(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-mount="starting"]'));
}

/** True when the document is wider than the viewport (the reader would have to scroll sideways). */
export async function scrollsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/**
 * Opens `path` in a separate Chromium whose context has JavaScript turned off, to check what a reader sees
 * without scripts. (The shared session is a persistent context, which cannot make a no-JS context.)
 */
export async function openPageWithoutJavaScript(
  path: string,
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ page: Page; close(): Promise<void> }> {
  const browser = await chromium.launch({ executablePath: inject('chromePath'), headless: true, args: CHROME_ARGS });
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  await page.goto(new URL(path, baseURL()).href, { waitUntil: 'load' });
  return { page, close: () => browser.close() };
}
