// Course navigation in the built site: the contents list every chapter in course order (by number, then
// part: 4, 4b, 4c), prev/next links walk that same order end to end, every table-of-contents link lands on
// a heading, and the large-text switch works from the keyboard and is remembered.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, scrollsHorizontally, type Session } from './support/browser';
import { builtPages } from './support/pages';

/** The course order, worked out here from the chapters' front-matter, independently of the site's code. */
function expectedOrder(): string[] {
  const chapters = readdirSync('content/chapters').filter((f) => f.endsWith('.mdx')).map((file) => {
    const front = readFileSync(`content/chapters/${file}`, 'utf8').split('---')[1];
    const number = Number(front.match(/^number:\s*(\d+)/m)![1]);
    const part = front.match(/^part:\s*['"]?([a-d])/m)?.[1] ?? '';
    return { path: `/chapters/${file.replace(/\.mdx$/, '')}/`, key: number * 100 + (part ? part.charCodeAt(0) - 96 : 0) };
  });
  return chapters.sort((a, b) => a.key - b.key).map((c) => c.path);
}

const order = expectedOrder();
const chapterPages = builtPages().filter((p) => p.startsWith('/chapters/'));
let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

describe('course navigation', () => {
  it('builds one page per chapter file', () => {
    expect([...chapterPages].sort()).toEqual([...order].sort());
  });

  it('lists the chapters on the contents page in course order, each with its summary', async () => {
    const { page, problems } = await openPage(session, '/');
    const links = await page.locator('#contents + .chapter-list a.chapter-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(order);
    const summaries = await page.locator('.chapter-list li p').allTextContents();
    expect(summaries.every((s) => s.trim().length > 20)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('walks every chapter in order with "next", and back with "previous"', async () => {
    const visited: string[] = [];
    let path: string | null = order[0];
    while (path && visited.length <= order.length) {
      visited.push(path);
      const { page } = await openPage(session, path);
      const prevLink = page.locator('.chapter-nav a[rel="prev"]');
      const prev = (await prevLink.count()) ? await prevLink.getAttribute('href') : null;
      const i = visited.length - 1;
      expect(prev ? new URL(prev, page.url()).pathname : null).toBe(i > 0 ? visited[i - 1] : null);
      const next = page.locator('.chapter-nav a[rel="next"]');
      path = (await next.count()) ? new URL((await next.getAttribute('href'))!, page.url()).pathname : null;
      // Every chapter has a way back to the contents in the course-wide header.
      expect(await page.locator('header.site-header a[href$="#contents"]').count()).toBe(1);
      await page.close();
    }
    expect(visited).toEqual(order);
  });

  for (const path of chapterPages) {
    it(`${path}: every table-of-contents link lands on an h2 or h3 of the chapter, in page order`, async () => {
      const { page } = await openPage(session, path);
      const targets = await page.locator('nav.toc a').evaluateAll((as) => as.map((a) => {
        const id = decodeURIComponent(new URL((a as HTMLAnchorElement).href).hash.slice(1));
        const el = document.getElementById(id);
        return { id, tag: el?.tagName ?? null, top: el ? el.getBoundingClientRect().top : NaN, text: a.textContent?.trim(), heading: el?.textContent?.trim() };
      }));
      const headings = await page.locator('article h2, article h3').count();
      expect(targets.length).toBe(headings);
      for (const t of targets) {
        expect(t.tag, `#${t.id}`).toMatch(/^H[23]$/);
        expect(t.heading).toBe(t.text);
      }
      const tops = targets.map((t) => t.top);
      expect(tops).toEqual([...tops].sort((a, b) => a - b));
      // The reading-time estimate is there and is a whole number of minutes.
      expect(await page.locator('.chapter-header .meta').textContent()).toMatch(/About \d+ min/);
      await page.close();
    });
  }

  it('has a large-text switch, operable from the keyboard and remembered on the next page', async () => {
    const { page, problems } = await openPage(session, order[0], { width: 360, height: 740, colorScheme: 'dark' });
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await rootSize();
    const toggle = page.locator('[data-projector-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    for (let i = 0; i < 10 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await rootSize()).toBeGreaterThan(before * 1.3);
    expect(await scrollsHorizontally(page)).toBe(false);
    await page.goto(new URL('/', page.url()).href);
    expect(await rootSize()).toBeGreaterThan(before * 1.3);
    expect(await page.locator('[data-projector-toggle]').getAttribute('aria-pressed')).toBe('true');
    await page.locator('[data-projector-toggle]').press('Enter');
    expect(await rootSize()).toBe(before);
    expect(problems).toEqual([]);
    await page.close();
  });
});
