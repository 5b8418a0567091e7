// The teacher guides (/teach/<chapter id>/) and their index (/teach/): every guide renders its sections
// with content and a 45-minute plan, every link it gives resolves (the chapter and the element each activity
// starts at, the assignment builder preset to that chapter, the glossary's terms), the page is axe clean,
// fits a 360 px phone and is operable by keyboard; the index lists every guide and the classroom tools. In
// every language: a Spanish guide (/es/teach/<chapter id>/) links only Spanish pages, the switch keeps the
// reader on the same guide, and /es/teach/ lists only the guides written in Spanish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { catalogues } from '../../src/i18n/catalogues.ts';
import { LANGS, type Lang } from '../../src/i18n/lang.ts';
import { localizedPath } from '../../src/i18n/routes.ts';
import { baseURL, launchBrowser, openPage, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { builtPages } from './support/pages';

const mdxIds = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort() : []);
const chapters = mdxIds('content/chapters');
/** Each language's guides as written (content/guides/, content/<lang>/guides/) and as built. */
const written: Record<Lang, string[]> = { en: mdxIds('content/guides'), es: mdxIds('content/es/guides') };
const built = builtPages();
const guidesIn = (lang: Lang) => built.filter((p) => new RegExp(`^${localizedPath(lang, '/teach/')}\\d[^/]*/$`).test(p));
const guides = LANGS.flatMap((lang) => guidesIn(lang).map((path) => ({ path, lang })));
const SECTIONS = ['objectives', 'prerequisites', 'terms', 'time', 'misconceptions', 'prompts', 'plan'];
/** '/chapters/x/' as the page of a reader of `lang` links it. */
const at = (lang: Lang, path: string) => localizedPath(lang, path);
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
  it('exist for every chapter in English, and in every language for each guide written in it', () => {
    expect(written.en).toEqual(chapters);
    expect(written.es.length).toBeGreaterThan(0);
    for (const lang of LANGS) expect(guidesIn(lang)).toEqual(written[lang].map((id) => at(lang, `/teach/${id}/`)));
  });

  for (const { path, lang } of guides) {
    const t = catalogues[lang].guides.guide;
    it(`${path} renders every section, a 45-minute plan and links that resolve, fits 360 px and is axe clean`, async () => {
      const { page, problems } = await openPage(session, path, { width: 360, height: 740 });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
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
        expect(g.address.startsWith(`${t.address} `), g.address).toBe(true);
        expect(g.address.length).toBeGreaterThan(t.address.length + 20);
      }

      // Links: the chapter, the element every activity starts at, the builder preset, the glossary's terms.
      const chapterId = path.split('/').at(-2)!;
      const links = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const local = links.map((href) => new URL(href)).filter((u) => u.origin === new URL(baseURL()).origin);
      expect(local.length).toBe(links.length);
      for (const url of local) {
        const target = await fetchPage(url.pathname + url.search);
        if (url.hash) expect(hasId(target, decodeURIComponent(url.hash.slice(1))), `${url.pathname}${url.hash}`).toBe(true);
      }
      // Every link of a guide's content stays in its language: /es/chapters/…, /es/teach/assign/, /es/glossary/.
      for (const u of local) expect(u.pathname.startsWith(at(lang, '/')) && (lang !== 'en' || !u.pathname.startsWith('/es/')), u.pathname).toBe(true);
      const chapterPath = at(lang, `/chapters/${chapterId}/`);
      expect(local.some((u) => u.pathname === chapterPath && !u.hash)).toBe(true);
      expect(local.filter((u) => u.pathname === chapterPath && u.hash).length).toBe(await page.locator('[data-activity]').count());
      expect(local.some((u) => u.pathname === at(lang, '/teach/assign/') && u.search === `?chapter=${chapterId}`)).toBe(true);
      const terms = local.filter((u) => u.pathname === at(lang, '/glossary/'));
      if (await page.locator('.guide-terms').count()) expect(terms.length).toBeGreaterThan(0);

      expect(await scrollsHorizontally(page)).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  for (const path of [guidesIn('en')[4]!, guidesIn('es')[0]!]) it(`are operable by keyboard: Tab reaches every link and the print button, each with a visible focus (${path})`, async () => {
    const { page, problems } = await openPage(session, path);
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

  for (const [lang, id] of [['en', '04c-size-matters'], ['es', written.es[0]!]] as const) {
    it(`link the assignment builder preset to their chapter: it opens with that chapter ticked (${lang})`, async () => {
      const { page, problems } = await openPage(session, at(lang, `/teach/${id}/`));
      await Promise.all([page.waitForURL((url) => url.pathname === at(lang, '/teach/assign/')), page.click('[data-guide-link="assign"]')]);
      await page.waitForFunction((chapter) => document.querySelector<HTMLInputElement>(`input[name="chapter"][value="${chapter}"]`)?.checked === true, id);
      expect(await page.locator('input[name="chapter"]:checked').evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value))).toEqual([id]);
      expect(await page.locator(`input[name="chapter"][value="${id}"]`).evaluate((b) => b.closest('details')!.open)).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('switch language on the same guide, name each other with hreflang, and lead a guide not yet translated to the other language’s index', async () => {
    const id = written.es[0]!;
    const english = at('en', `/teach/${id}/`);
    const spanish = at('es', `/teach/${id}/`);
    for (const [here, there] of [[english, spanish], [spanish, english]] as const) {
      const { page, problems } = await openPage(session, here);
      const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`));
      expect(alternates.sort()).toEqual([`en ${english}`, `es ${spanish}`, `x-default ${english}`]);
      await Promise.all([page.waitForURL((url) => url.pathname === there), page.click('a[data-language-switch="same-page"]')]);
      expect(problems).toEqual([]);
      await page.close();
    }
    const untranslated = written.en.find((g) => !written.es.includes(g));
    if (untranslated) {
      const { page } = await openPage(session, at('en', `/teach/${untranslated}/`));
      expect(await page.locator('a.language-switch[hreflang="es"]').getAttribute('href')).toBe('/es/');
      expect(await page.locator('link[rel="alternate"][hreflang="es"]').count()).toBe(0);
      await page.close();
    }
  });
});

describe('the teachers’ index, /teach/ and /es/teach/', () => {
  for (const lang of LANGS) {
    const t = catalogues[lang].guides.index;
    const index = at(lang, '/teach/');
    it(`${index} lists every guide written in its language, links the builder and the class view, says how a class runs, and is reachable from every page’s footer`, async () => {
      const { page, problems } = await openPage(session, index, { width: 360, height: 740 });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const listed = await page.locator('[data-guide] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(listed).toEqual(guidesIn(lang));
      // "Reading about N min · lesson plan 45 min": every plan is a whole lesson.
      const planPart = t.guideLine(0, 45).split(' · ')[1]!;
      for (const line of await page.locator('[data-guide] .guide-how').allTextContents()) expect(line.endsWith(planPart), line).toBe(true);
      const how = page.locator('[data-teach-how]');
      const text = (await how.textContent())!;
      for (const words of [t.how.builder, t.how.classView]) expect(text).toContain(words);
      expect(await how.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual([at(lang, '/teach/assign/'), at(lang, '/teach/class/')]);
      const tools = await page.locator('main ul:last-of-type a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(tools).toEqual(['/teach/assign/', '/teach/class/', '/glossary/', '/progress/'].map((p) => at(lang, p)));
      for (const p of tools) await fetchPage(p);
      expect(await scrollsHorizontally(page)).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();

      const home = await openPage(session, at(lang, '/'));
      const footerLink = home.page.locator(`footer a[href="${index}"]`);
      expect(await footerLink.textContent()).toBe(catalogues[lang].guides.footerLink);
      await Promise.all([home.page.waitForURL((url) => url.pathname === index), footerLink.click()]);
      expect(await home.page.locator('h1').textContent()).toBe(t.heading);
      expect(home.problems).toEqual([]);
      await home.page.close();
    });
  }
});
