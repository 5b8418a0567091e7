// The teacher guides (/teach/<chapter id>/) and their index (/teach/): every guide renders its sections
// with content and a 45-minute plan, every link it gives resolves (the chapter and the element each activity
// starts at, the assignment builder preset to that chapter, the glossary's terms), the page is axe clean,
// fits a 360 px phone and is operable by keyboard; the index lists every guide and the classroom tools.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { baseURL, launchBrowser, openPage, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { builtPages } from './support/pages';

const chapters = readdirSync('content/chapters').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort();
const guides = builtPages().filter((p) => /^\/teach\/\d[^/]*\/$/.test(p));
const SECTIONS = ['objectives', 'prerequisites', 'terms', 'time', 'misconceptions', 'prompts', 'plan'];

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

/** The HTML of a built page, fetched from the test server (ids are checked in it without opening a tab). */
const html = new Map<string, Promise<string>>();
const fetchPage = (path: string) => {
  if (!html.has(path)) html.set(path, fetch(new URL(path, baseURL())).then((r) => { expect(r.status, path).toBe(200); return r.text(); }));
  return html.get(path)!;
};
const hasId = (page: string, id: string) => page.includes(`id="${id}"`);

describe('teacher guides', () => {
  it('exist for every chapter', () => {
    expect(guides).toEqual(chapters.map((id) => `/teach/${id}/`));
  });

  for (const path of guides) {
    it(`${path} renders every section, a 45-minute plan and links that resolve, fits 360 px and is axe clean`, async () => {
      const { page, problems } = await openPage(session, path, { width: 360, height: 740 });
      const sections = await page.evaluate((names) => names.map((name) => {
        const section = document.querySelector(`[data-guide-section="${name}"]`);
        return { name, heading: section?.querySelector('h2')?.textContent ?? '', items: section?.querySelectorAll('li, tr, p').length ?? 0 };
      }), SECTIONS);
      for (const s of sections) {
        expect(s.heading, s.name).not.toBe('');
        expect(s.items, s.name).toBeGreaterThan(0);
      }
      const objectives = await page.locator('[data-guide-section="objectives"] li').count();
      expect(objectives).toBeGreaterThanOrEqual(3);
      expect(objectives).toBeLessThanOrEqual(5);
      // The plan's blocks add up to 45 minutes, start where the previous one ended, and say what timed them.
      const plan = await page.locator('[data-plan-minutes]').evaluateAll((rows) => rows.map((r) => ({
        minutes: Number((r as HTMLElement).dataset.planMinutes), span: r.querySelector('td')!.textContent!, source: (r as HTMLElement).dataset.planSource,
      })));
      expect(plan.reduce((s, b) => s + b.minutes, 0)).toBe(45);
      let start = 0;
      for (const b of plan) {
        expect(b.span).toBe(`${start}–${start + b.minutes}`);
        start += b.minutes;
      }
      expect(plan.filter((b) => b.source === 'rest')).toHaveLength(1);
      expect(plan.some((b) => b.source === 'activity')).toBe(true);
      // The time section says how it was measured.
      expect(await page.locator('#how-measured').count()).toBe(1);
      expect(await page.locator('[data-guide-section="time"]').textContent()).toMatch(/Brysbaert \(2019/);
      // Each misconception has its id and a way to address it.
      const groups = await page.locator('.guide-misconception').evaluateAll((gs) => gs.map((g) => ({
        ids: [...g.querySelectorAll('[data-misconception]')].map((li) => (li as HTMLElement).dataset.misconception!),
        address: g.querySelector('.guide-address')?.textContent ?? '',
      })));
      expect(groups.length).toBeGreaterThan(0);
      for (const g of groups) {
        expect(g.ids.length).toBeGreaterThan(0);
        expect(g.address).toMatch(/^How to address it: .{20}/);
      }

      // Links: the chapter, the element every activity starts at, the builder preset, the glossary's terms.
      const chapterId = path.split('/')[2]!;
      const links = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const local = links.map((href) => new URL(href)).filter((u) => u.origin === new URL(baseURL()).origin);
      expect(local.length).toBe(links.length);
      for (const url of local) {
        const target = await fetchPage(url.pathname + url.search);
        if (url.hash) expect(hasId(target, decodeURIComponent(url.hash.slice(1))), `${url.pathname}${url.hash}`).toBe(true);
      }
      expect(local.some((u) => u.pathname === `/chapters/${chapterId}/` && !u.hash)).toBe(true);
      expect(local.filter((u) => u.pathname === `/chapters/${chapterId}/` && u.hash).length).toBe(await page.locator('[data-activity]').count());
      expect(local.some((u) => u.pathname === '/teach/assign/' && u.search === `?chapter=${chapterId}`)).toBe(true);
      const terms = local.filter((u) => u.pathname === '/glossary/');
      if (await page.locator('.guide-terms').count()) expect(terms.length).toBeGreaterThan(0);

      expect(await scrollsHorizontally(page)).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('are operable by keyboard: Tab reaches every link and the print button, each with a visible focus', async () => {
    const { page, problems } = await openPage(session, guides[4]!);
    await page.locator('[data-print-handout]').waitFor({ state: 'visible' });
    // Number every visible link and button of the page's content, then Tab until each has had the focus.
    const targets = await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('main a[href], main button')].filter((el) => el.getClientRects().length > 0);
      all.forEach((el, i) => { el.dataset.kbdTarget = String(i); });
      return all.length;
    });
    expect(targets).toBeGreaterThan(10);
    const reached = new Set<string>();
    for (let i = 0; i < targets + 40 && reached.size < targets; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el?.dataset.kbdTarget) return null;
        const style = getComputedStyle(el);
        return { index: el.dataset.kbdTarget, ring: el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
      });
      if (!focused) continue;
      expect(focused.ring, `visible focus on target ${focused.index}`).toBe(true);
      reached.add(focused.index);
    }
    expect(reached.size).toBe(targets);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('link the assignment builder preset to their chapter: it opens with that chapter ticked', async () => {
    const { page, problems } = await openPage(session, '/teach/04c-size-matters/');
    await Promise.all([page.waitForURL(/\/teach\/assign\//), page.click('[data-guide-link="assign"]')]);
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="chapter"][value="04c-size-matters"]')?.checked === true);
    expect(await page.locator('input[name="chapter"]:checked').evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value))).toEqual(['04c-size-matters']);
    expect(await page.locator('input[name="chapter"][value="04c-size-matters"]').evaluate((b) => b.closest('details')!.open)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the teachers’ index, /teach/', () => {
  it('lists every guide, links the builder and the class view, says how a class runs, and is reachable from every page’s footer', async () => {
    const { page, problems } = await openPage(session, '/teach/', { width: 360, height: 740 });
    const listed = await page.locator('[data-guide] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(listed).toEqual(guides);
    for (const line of await page.locator('[data-guide] .guide-how').allTextContents()) expect(line).toMatch(/lesson plan 45 min/);
    const how = page.locator('[data-teach-how]');
    expect(await how.textContent()).toMatch(/assignment builder.*link.*class view.*print/s);
    expect(await how.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual(['/teach/assign/', '/teach/class/']);
    for (const p of ['/teach/assign/', '/teach/class/']) await fetchPage(p);
    expect(await scrollsHorizontally(page)).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();

    const home = await openPage(session, '/');
    await Promise.all([home.page.waitForURL(/\/teach\/$/), home.page.click('footer a[href$="/teach/"]')]);
    expect(await home.page.locator('h1').textContent()).toBe('For teachers');
    expect(home.problems).toEqual([]);
    await home.page.close();
  });
});
