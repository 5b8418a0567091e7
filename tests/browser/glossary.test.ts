// The glossary: /glossary/ and /es/glossary/ define every term, and in every chapter of each language the
// first use of each term in the prose links to its definition in that language's glossary (done at build
// time by src/glossary/link-terms.ts; checked here on the built pages, by reading the page's own text in
// Chromium).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type Session } from './support/browser';
import { builtPages } from './support/pages';
import { GLOSSARIES } from '../../src/glossary/terms';
import { plainGlossaryText } from '../../src/glossary/render-definition';
import { termMatcher } from '../../src/glossary/match-terms';
import { WIDGET_ROOTS } from '../../src/print/widget-roots';
import { catalogues } from '../../src/i18n/catalogues';
import { localizedPath, splitLocalizedPath } from '../../src/i18n/routes';
import { LANGS } from '../../src/i18n/lang';

const chapters = builtPages().filter((p) => splitLocalizedPath(p).path.startsWith('/chapters/'));
let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

describe('the glossary page', () => {
  for (const lang of LANGS) {
    it(`${localizedPath(lang, '/glossary/')} lists every term under its id, in its language, alphabetically, with a definition`, async () => {
      const { page, problems } = await openPage(session, localizedPath(lang, '/glossary/'));
      const entries = await page.evaluate(() => [...document.querySelectorAll('.glossary-list dt')].map((dt) => ({ id: dt.id, term: dt.textContent ?? '', definition: dt.nextElementSibling?.textContent?.trim() ?? '' })));
      expect(entries.map((e) => e.id).sort()).toEqual(GLOSSARIES[lang].map((t) => t.id).sort());
      expect(entries.map((e) => e.term)).toEqual(GLOSSARIES[lang].map((t) => plainGlossaryText(t.term)).sort((a, b) => a.localeCompare(b, lang, { sensitivity: 'base' })));
      // English terms given in a Spanish definition are marked as English (read aloud as English).
      if (lang === 'es') expect(await page.locator('.glossary-list [lang="en"]').count()).toBeGreaterThanOrEqual(10);
      expect(await page.locator('h1').textContent()).toBe(catalogues[lang].glossary.heading);
      for (const e of entries) expect(e.definition.length).toBeGreaterThan(30);
      expect(await page.locator('.glossary-list .katex-error').count()).toBe(0);
      // Each term's first use links to a chapter in the glossary's language.
      const firstUses = await page.locator('.glossary-first-use a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(firstUses.length).toBeGreaterThan(30);
      for (const href of firstUses) expect(splitLocalizedPath(href)).toMatchObject({ lang });
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

describe('a link to a term', () => {
  // Entries off screen are not laid out at load (content-visibility: auto): a link to one must still land on it.
  it('scrolls the linked term, even the last one, into view', async () => {
    const last = [...GLOSSARIES.en].sort((a, b) => plainGlossaryText(a.term).localeCompare(plainGlossaryText(b.term), 'en', { sensitivity: 'base' })).at(-1)!;
    const { page, problems } = await openPage(session, `/glossary/#${last.id}`, { width: 360, height: 740 });
    await expect.poll(() => page.evaluate((id) => {
      const box = document.getElementById(id)!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    }, last.id), { timeout: 10_000 }).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('term links in the chapters', () => {
  for (const path of chapters) {
    const { lang } = splitLocalizedPath(path);
    const match = termMatcher(GLOSSARIES[lang]);
    it(`${path}: the first use of each term in the prose links to its definition, and only that one`, async () => {
      const { page } = await openPage(session, path);
      // The prose's text nodes in document order, each with the glossary link it sits in (if any). Left
      // out, as the linker leaves them out: the page's frame, headings, widgets, code, maths, other links,
      // and answer keys (a <Solution> is a component: the linker does not enter components' children, and a
      // key hidden until the reader has tried is not where a term should be met first).
      const texts = await page.evaluate((widgets) => {
        const skip = `.chapter-header, .toc, .solution, .notation-link, .chapter-nav, ${widgets}, h1, h2, h3, h4, h5, h6, code, pre, .katex, .katex-display, svg, script, style, noscript, a:not(.glossary-term)`;
        const article = document.querySelector('article.chapter') as HTMLElement;
        const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
        const out: { text: string; link: string | null; where: string }[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const parent = n.parentElement as HTMLElement;
          if (parent.closest(skip)) continue;
          const link = parent.closest('a.glossary-term');
          out.push({ text: n.textContent ?? '', link: link ? link.getAttribute('href') : null, where: `${parent.tagName.toLowerCase()}.${parent.className}` });
        }
        return out;
      }, WIDGET_ROOTS);
      const firstUse = new Map<string, { text: string; link: string | null; whole: boolean; where: string }>();
      for (const t of texts) {
        for (const m of match(t.text)) {
          if (!firstUse.has(m.term.id)) firstUse.set(m.term.id, { text: m.text, link: t.link, whole: m.index === 0 && m.text.length === t.text.length, where: `${t.where}: ${t.text.slice(0, 80)}` });
        }
      }
      expect(firstUse.size).toBeGreaterThan(5);
      for (const [id, use] of firstUse) {
        expect({ id, text: use.text, link: use.link, whole: use.whole, where: use.where }).toEqual({ id, text: use.text, link: `../../glossary/#${id}`, whole: true, where: use.where });
      }
      // One link per term per chapter: later uses stay plain text.
      const linked = texts.filter((t) => t.link).map((t) => t.link);
      expect(linked.length).toBe(new Set(linked).size);
      // The links land on the glossary of the chapter's language, which has each target.
      const landed = await page.evaluate(async () => {
        const a = document.querySelector('a.glossary-term') as HTMLAnchorElement;
        const html = await (await fetch(a.href)).text();
        return { found: html.includes(`id="${new URL(a.href).hash.slice(1)}"`), path: new URL(a.href).pathname };
      });
      expect(landed).toEqual({ found: true, path: localizedPath(lang, '/glossary/') });
      await page.close();
    });
  }
});
