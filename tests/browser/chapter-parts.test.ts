// Chapter parts (src/site/chapter-parts.ts): each h2 of a chapter is a section the browser skips rendering
// while it is far below (content-visibility: auto). These tests run the page as a reader gets it (widgets
// start near the viewport) and check what skipping must not break: the first screen is drawn, nothing of
// ours measures inside a skipped part at load (that would lay it out and undo the saving), a link to a
// heading far down still lands on that heading, find-in-page reaches text in skipped parts, and paper
// shows every part.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, launchBrowser, openPage, type Session } from './support/browser';
import { formatSmall } from '../../src/ui/small-numbers.ts';

let session: Session;
// No service worker: its "Available offline" note appears in the footer seconds after load and makes the
// page taller, which moves a heading that was scrolled to the page's end (the landing tests below).
beforeAll(async () => { session = await launchBrowser({ lazyMount: true, serviceWorkers: 'block' }); });
afterAll(async () => { await session?.close(); });

const PHONE = { width: 412, height: 823 };
/** Whether the element's part is rendered now (false while the browser skips it). */
const rendered = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));

describe('chapter parts', () => {
  it('draws the first screen and skips the parts far below it, on a phone', async () => {
    const { page, problems } = await openPage(session, '/chapters/05-regularization/', PHONE);
    const parts = page.locator('.chapter-part');
    expect(await parts.count()).toBeGreaterThan(3);
    expect(await rendered(page, 'h1')).toBe(true);
    expect(await rendered(page, '#in-short')).toBe(false);
    // Scrolled to, the part is drawn.
    await page.locator('#in-short').scrollIntoViewIfNeeded();
    await expect.poll(() => rendered(page, '#in-short')).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const [path, far] of [['/chapters/04b-backpropagation/', '[data-backprop]'], ['/chapters/04d-inside-training/', '[data-widget="vanishing-gradients"]']] as const) {
  it(`${path}: lets no script of ours measure an element inside a skipped part while the page loads`, async () => {
    const { page, problems } = await openPage(session, path, {
      ...PHONE,
      initScript: () => {
        // Every layout read of an element inside a part that is skipped at that moment is recorded.
        const w = window as typeof window & { measuredInsideSkipped?: string[] };
        w.measuredInsideSkipped = [];
        const record = (el: Element, what: string) => {
          const part = el.closest('.chapter-part');
          if (part && part !== el && !part.firstElementChild?.checkVisibility({ contentVisibilityAuto: true })) {
            w.measuredInsideSkipped!.push(`${what} ${el.outerHTML.slice(0, 80)}`);
          }
        };
        const original = Element.prototype.getBoundingClientRect;
        Element.prototype.getBoundingClientRect = function (this: Element) { record(this, 'getBoundingClientRect'); return original.call(this); };
      },
    });
    // The widgets near the top have started (so the page's scripts have run), the widget below the
    // first screen waits, and the widgets' start (src/ui/mount.ts) measured nothing inside a skipped part.
    await page.waitForFunction(() => document.querySelectorAll('[data-mount]').length > 0 && !document.querySelector('[data-mount="starting"]'));
    expect(await page.locator(far).getAttribute('data-mount')).toBe('waiting');
    expect(await page.evaluate(() => (window as typeof window & { measuredInsideSkipped?: string[] }).measuredInsideSkipped)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
  }

  // A component starts a part of its own (after its heading, if any), so the browser can draw the text
  // before it in one task and the component's hundreds of elements in another.
  for (const [path, component] of [['/chapters/04-how-networks-learn/', '#check-forward'], ['/es/chapters/04d-inside-training/', '[data-widget="cross-entropy-race"]']] as const) {
    it(`${path}: a component begins its own part, and is drawn and started when scrolled to`, async () => {
      const { page, problems } = await openPage(session, path, PHONE);
      const first = await page.locator(component).evaluate((el) => {
        const part = el.closest('.chapter-part');
        return part ? [...part.children].find((c) => !/^H[1-6]$/.test(c.tagName)) === el : 'no part';
      });
      expect(first).toBe(true);
      await page.locator(component).scrollIntoViewIfNeeded();
      await expect.poll(() => rendered(page, `${component} > :first-child`)).toBe(true);
      await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-mount') === 'done', component);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  // Chapter 4d's race sits a screen and a half down: its three formulas (~650 KaTeX elements) are not laid
  // out with the page, but once the race has started (as the reader comes within a screen of it) all three
  // are shown as they come near the screen, with the starting numbers, at the height they were kept at
  // (nothing around them moves).
  for (const [path, lang] of [['/chapters/04d-inside-training/', 'en'], ['/es/chapters/04d-inside-training/', 'es']] as const) {
    it(`${path}: the race's formulas wait for the race to start, then are all shown`, async () => {
      const { page, problems } = await openPage(session, path, PHONE);
      const race = page.locator('[data-widget="cross-entropy-race"]');
      const formulas = race.locator('.cer-math > .katex-display');
      expect(await formulas.count()).toBe(3);
      const shown = () => formulas.evaluateAll((fs) => fs.map((f) => f.querySelector('.katex')!.checkVisibility({ contentVisibilityAuto: true })));
      await page.waitForFunction(() => document.querySelectorAll('[data-mount]').length > 0 && !document.querySelector('[data-mount="starting"]'));
      // Each formula is shown (marked so) or not laid out: none is drawn while it waits.
      expect(await formulas.evaluateAll((fs) => fs.filter((f) => !f.hasAttribute('data-shown') && f.querySelector('.katex')!.checkVisibility({ contentVisibilityAuto: true })).length)).toBe(0);
      expect(await race.getAttribute('data-formulas')).toBeNull(); // a screen and a half below: not near yet
      const kept = await formulas.evaluateAll((fs) => fs.map((f) => f.getBoundingClientRect().height));
      await race.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => document.querySelector('[data-widget="cross-entropy-race"]')?.getAttribute('data-formulas') === 'shown');
      expect(await shown()).toEqual([true, true, true]);
      const real = await formulas.evaluateAll((fs) => fs.map((f) => f.getBoundingClientRect().height));
      real.forEach((h, i) => expect(Math.abs(h - kept[i]!), `formula ${i}: kept ${kept[i]} px, drawn ${h} px`).toBeLessThan(4));
      expect(await race.locator('[data-slot="y0"]').first().textContent()).toBe(formatSmall(1 / (1 + Math.exp(4)), lang)); // ŷ₀ at the default z₀ = −4
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  for (const [path, heading] of [['/chapters/05-regularization/', 'in-short'], ['/chapters/04b-backpropagation/', 'check-yourself'], ['/es/chapters/01-what-is-a-neural-network/', null]] as const) {
    it(`${path}: a link to a heading far down the page lands on that heading`, async () => {
      // The Spanish chapter's last h2, whatever its words' anchor is.
      let id: string | null = heading;
      if (!id) {
        const probe = await openPage(session, path, PHONE);
        id = await probe.page.locator('.chapter-part > h2').last().getAttribute('id');
        await probe.page.close();
      }
      const context = (session as unknown as { context: import('playwright-core').BrowserContext }).context;
      const page = await context.newPage();
      await page.setViewportSize(PHONE);
      await page.goto(new URL(`${path}#${id}`, baseURL()).href, { waitUntil: 'load' });
      // Parts above it take their real heights as they are drawn; the heading must end at the top (its
      // scroll-margin, 1rem) and stay there, or, when what follows it is shorter than the screen, be on
      // screen with the page scrolled to its end.
      const landed = () => page.locator(`#${id}`).evaluate((el) => {
        const top = Math.round(el.getBoundingClientRect().top);
        const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
        return top >= 0 && (top <= 24 || (atEnd && top < innerHeight / 2)) ? 'landed' : `top ${top}${atEnd ? ' at the end' : ''}`;
      });
      await expect.poll(landed).toBe('landed');
      expect(await rendered(page, `#${id}`)).toBe(true);
      await page.close();
    });
  }

  it('finds text inside a skipped part with find-in-page', async () => {
    const { page } = await openPage(session, '/chapters/05-regularization/', PHONE);
    // Words of the part's first paragraph or item (read from the DOM: the part is not drawn yet).
    const phrase = (await page.locator('#in-short').evaluate((h) => h.nextElementSibling?.textContent ?? '')).trim().split(/\s+/).slice(0, 5).join(' ');
    expect(phrase.length).toBeGreaterThan(10);
    expect(await rendered(page, '#in-short')).toBe(false);
    // window.find runs the browser's own find-in-page search from the top of the page.
    expect(await page.evaluate((p) => (window as typeof window & { find(s: string): boolean }).find(p), phrase)).toBe(true);
    await expect.poll(() => rendered(page, '#in-short')).toBe(true);
    await page.close();
  });

  it('makes a formula wider than a phone reachable by keyboard once its part is drawn', async () => {
    // (Chapter 4 has a formula wider than a 320 px phone's text column.)
    const { page } = await openPage(session, '/chapters/04-how-networks-learn/', { width: 320, height: 640 });
    // Read down the page a screen at a time, each screen drawn before the next.
    await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) { scrollTo(0, y); await frame(); }
    });
    const wide = () => page.locator('.chapter-part .katex-display').evaluateAll((boxes) => boxes
      .filter((b) => b.scrollWidth > b.clientWidth + 1 && !b.closest('[aria-hidden="true"]'))
      .map((b) => b.getAttribute('tabindex')));
    await expect.poll(async () => (await wide()).length).toBeGreaterThan(0);
    await expect.poll(wide).toEqual((await wide()).map(() => '0'));
    await page.close();
  });

  // A part is laid out on the chapter's own columns (global.css): its text, formulas and figures as wide as
  // the text column, its widgets as wide as the wider middle track, exactly as outside a part. (A subgrid
  // did not survive the parts' layout containment: formulas were 164 px wide on a 360 px phone.)
  for (const path of ['/chapters/04b-backpropagation/', '/es/chapters/04b-backpropagation/', '/chapters/05-regularization/']) {
    for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
      it(`${path} at ${viewport.width} px: a part's text, formulas and widgets keep the chapter's column widths`, async () => {
        const { page, problems } = await openPage(session, path, viewport);
        // Read down the page a screen at a time, each screen drawn before the next.
        await page.evaluate(async () => {
          const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) { scrollTo(0, y); await frame(); }
        });
        const widths = await page.evaluate(() => {
          // What a child of the chapter outside any part gets: a plain block in the text column, a widget on the wide track.
          const prose = document.querySelector('.prose')!;
          const probe = (className: string) => {
            const el = document.createElement('div');
            el.className = className;
            prose.prepend(el);
            const w = el.getBoundingClientRect().width;
            el.remove();
            return w;
          };
          const content = probe('');
          const wide = probe('widget');
          const off = (el: Element, expected: number) => {
            const w = el.getBoundingClientRect().width;
            return Math.abs(w - expected) > 1 ? `${el.tagName}.${el.className} ${Math.round(w)} px, not ${Math.round(expected)}` : null;
          };
          const children = [...document.querySelectorAll('.chapter-part > *')].filter((el) => getComputedStyle(el).display !== 'none');
          const formulas = [...document.querySelectorAll('.chapter-part .katex-display')].filter((el) => !el.closest('.widget'));
          return {
            content, wide,
            parts: document.querySelectorAll('.chapter-part').length,
            widgets: children.filter((el) => el.classList.contains('widget')).length,
            formulas: formulas.length,
            wrong: [
              ...children.map((el) => off(el, el.classList.contains('widget') ? wide : content)),
              ...formulas.map((el) => off(el, content)),
            ].filter(Boolean),
          };
        });
        expect(widths.parts).toBeGreaterThan(3);
        expect(widths.widgets).toBeGreaterThan(0);
        if (path.includes('04b')) expect(widths.formulas).toBeGreaterThan(3);
        // On a phone the text column is the screen less its margins; on a desktop widgets get more room.
        if (viewport.width === 360) expect(widths.content).toBeGreaterThan(320);
        else expect(widths.wide).toBeGreaterThan(widths.content + 100);
        expect(widths.wrong).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  }

  it('prints every part: on paper nothing is skipped', async () => {
    const { page } = await openPage(session, '/chapters/05-regularization/', PHONE);
    await page.emulateMedia({ media: 'print' });
    const skipped = await page.locator('.chapter-part').evaluateAll((parts) => parts.filter((p) => getComputedStyle(p).contentVisibility !== 'visible').length);
    expect(skipped).toBe(0);
    expect(await rendered(page, '#in-short')).toBe(true);
    await page.close();
  });
});
