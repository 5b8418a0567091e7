// Every page of the built site, in a real Chromium: no console error, exception, failed or off-origin
// request; maths rendered; no serious accessibility violation; no sideways scrolling on a 360 px phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, scrollsHorizontally, seriousAxeViolations, widgetsStarted, type Session } from './support/browser';
import { builtPages } from './support/pages';

const pages = builtPages();
let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

describe('the built site', () => {
  it('has a home page and at least one chapter', () => {
    expect(pages).toContain('/');
    expect(pages.some((p) => p.startsWith('/chapters/'))).toBe(true);
  });

  for (const path of pages) {
    describe(path, () => {
      it('loads on a desktop in the light theme without any problem or accessibility violation', async () => {
        const { page, problems } = await openPage(session, path, { width: 1280, colorScheme: 'light' });
        await page.waitForLoadState('networkidle');
        await widgetsStarted(page);
        expect(await seriousAxeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      });

      it('fits a 360 px phone in the dark theme, without problems', async () => {
        const { page, problems } = await openPage(session, path, { width: 360, height: 740, colorScheme: 'dark' });
        await page.waitForLoadState('networkidle');
        await widgetsStarted(page);
        expect(await scrollsHorizontally(page)).toBe(false);
        expect(await seriousAxeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      });

      if (path.startsWith('/chapters/')) {
        it('renders its maths with KaTeX at build time, with no KaTeX error', async () => {
          const { page } = await openPage(session, path);
          expect(await page.locator('.katex').count()).toBeGreaterThan(0);
          expect(await page.locator('.katex-error').count()).toBe(0);
          // KaTeX's own fonts are served by the site and actually used once a formula is on screen: a part
          // below the fold is not rendered (content-visibility), and a font loads only when text uses it.
          await page.locator('.katex').first().scrollIntoViewIfNeeded();
          await expect.poll(() => page.evaluate(async () => {
            await document.fonts.ready;
            return [...document.fonts].some((f) => f.family.includes('KaTeX') && f.status === 'loaded');
          }), { timeout: 10_000 }).toBe(true);
          // The markup and the stylesheet come from the same KaTeX: a subscript is set smaller than its
          // base letter (a KaTeX whose class names the stylesheet does not know prints w_1 as "w1").
          const ratios = await page.evaluate(() => [...document.querySelectorAll('.katex .msupsub')].map((s) => {
            const base = parseFloat(getComputedStyle(s.closest('.katex')!).fontSize);
            const script = s.querySelector('.vlist span:not(.pstrut) > .mord, .vlist .mtight');
            return script ? parseFloat(getComputedStyle(script).fontSize) / base : 0;
          }).filter((r) => r > 0));
          expect(ratios.length).toBeGreaterThan(0);
          for (const r of ratios) expect(r).toBeLessThan(0.9);
          await page.close();
        });
      }
    });
  }
});
