// Widgets start only when they come near the viewport (src/ui/mount.ts), so a page's start-up runs only
// what the reader is about to see; and the page does not shift while it loads. Other test files start
// every widget at load (support/browser.ts); this one runs the page as a reader gets it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, launchBrowser, openPage, type Session } from './support/browser';

let session: Session;
beforeAll(async () => { session = await launchBrowser({ lazyMount: true }); });
afterAll(async () => { await session?.close(); });

const PHONE = { width: 412, height: 823 };
const mountState = (page: Page, selector: string) => page.locator(selector).getAttribute('data-mount');

describe('widgets start near the viewport', () => {
  it('leaves a widget far down the page waiting at load, and starts it once it is scrolled near', async () => {
    const { page, problems } = await openPage(session, '/chapters/04c-size-matters/', PHONE);
    const widget = '[data-widget="size-matters"]';
    // Far below the first screen: waiting, still showing its no-JavaScript description.
    expect(await mountState(page, widget)).toBe('waiting');
    expect(await page.locator(`${widget} [data-role="fallback"]`).isVisible()).toBe(true);
    expect(await page.locator(`${widget} .sm-card`).count()).toBe(0);
    await page.locator(widget).scrollIntoViewIfNeeded();
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-mount') === 'done', widget);
    expect(await page.locator(`${widget} .sm-card`).count()).toBe(3);
    expect(await page.locator(`${widget} [data-role="fallback"]`).isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fetches a widget\'s code by its import() alone, adding no modulepreload links as it starts', async () => {
    // Vite's default added a <link rel="modulepreload"> per module of the import's graph (27 for the race),
    // in the task that starts the widget: ~230 ms of a 4x-slowed phone's main thread (src/build/no-module-preload.ts).
    const { page, problems } = await openPage(session, '/chapters/04d-inside-training/', PHONE);
    const widget = '[data-widget="cross-entropy-race"]';
    await page.locator(widget).scrollIntoViewIfNeeded();
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-mount') === 'done', widget);
    expect(await page.locator('link[rel="modulepreload"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  // (/progress/ and /es/progress/: their Export / Import / Erase section used to appear after load, 0.29.
  // /assignment/: the footer moved under what the script writes, 0.033 (es 0.051); the teacher guides: the
  // first screen's maths was laid out again when KaTeX's fonts arrived, 0.071. Chapter 5: its parts below
  // the fold are skipped at load, src/site/chapter-parts.ts.)
  for (const path of ['/chapters/04-how-networks-learn/', '/chapters/04b-backpropagation/', '/chapters/05-regularization/', '/progress/', '/es/progress/',
    '/assignment/', '/es/assignment/', '/teach/04b-backpropagation/', '/es/teach/04b-backpropagation/']) {
    it(`${path} does not shift its layout while it loads on a phone`, async () => {
      const context = (session as unknown as { context: import('playwright-core').BrowserContext }).context;
      const page = await context.newPage();
      await page.setViewportSize(PHONE);
      await page.addInitScript(() => {
        const w = window as typeof window & { shift?: number };
        w.shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shift! += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // A slow CPU makes the parser yield and paint early, as on the phone where the shift was measured.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(new URL(path, baseURL()).href, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      expect(await page.evaluate(() => (window as typeof window & { shift?: number }).shift)).toBeLessThanOrEqual(0.02);
      await page.close();
    });
  }
});
