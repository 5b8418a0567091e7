// Every built page speaks one language: no English catalogue text on a Spanish page and no Spanish one on
// an English page, in what the page shows after load and after its fields and buttons were made to
// complain (a refused number, a check without an answer, a run without a prediction), in its no-JavaScript
// fallback, and in its ARIA labels, titles and alternatives. The digit pad is given bad model files (not
// ONNX, the wrong input shape, an operator ONNX Runtime lacks). The classroom pages are provoked too: a
// damaged progress file imported, a class view given a good and a broken hand-in, an assignment builder
// submitted empty, an assignment page opened with a malformed link and with a good one. Also: the switch keeps page and fragment, and number fields
// read a decimal comma on Spanish pages only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { catalogues } from '../../src/i18n/catalogues.ts';
import { splitLocalizedPath } from '../../src/i18n/routes.ts';
import { foreignNeedles, foundNeedles } from '../support/catalogue-needles.ts';
import { launchBrowser, openPage, openPageWithoutJavaScript, type Session } from './support/browser';
import { builtPages } from './support/pages';
import { classroomProvocations } from './support/classroom';
import { badModelFiles } from './support/onnx-files';

const pages = builtPages().filter((p) => !p.startsWith('/lab/'));
let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

/**
 * The user interface's texts (outside chapter prose, which es-chapters writes and where a parenthesised
 * English term is allowed): the header, footer and navigation, every widget, figure and self-check, the
 * teacher pages (the guides' own words and what is computed for them, whole), the page title and description; text nodes (outside maths and code) and text attributes, as a screen reader
 * would announce them. Text marked as another language (the switch's <a lang="es">) is left out.
 */
const pageTexts = (page: Page): Promise<string[]> => page.evaluate(() => {
  const UI = 'header, footer, nav, .widget, figure, .self-check, [data-playground], .code-cell, .chapter-header, .toc, .notation-link, .chapter-nav, .classroom, .progress-page, .glossary, .guide';
  const own = document.documentElement.lang;
  const foreignMarked = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? own) !== own;
  const out: string[] = [document.title, document.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !parent.closest(UI) || parent.closest('.katex, script, style, .cm-content, pre, code') || foreignMarked(parent)) continue;
    if ((node.textContent ?? '').trim()) out.push(node.textContent ?? '');
  }
  // Inside a widget's maths, the words: a function's name (\operatorname) and text (\text), each whole.
  for (const word of document.querySelectorAll('.katex .mop, .katex .text')) {
    if (word.closest(UI) && !foreignMarked(word) && (word.textContent ?? '').trim()) out.push(word.textContent ?? '');
  }
  for (const el of document.querySelectorAll(UI)) {
    for (const inner of [el, ...el.querySelectorAll('*')]) {
      if (foreignMarked(inner)) continue;
      for (const name of ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt']) {
        const value = inner.getAttribute(name);
        if (value) out.push(value);
      }
    }
  }
  return out.filter(Boolean);
});

/**
 * Makes every widget say what it says on bad input: number fields, self-checks, runs without a prediction,
 * and the playground's link, file and training messages. `check` looks at the page after each message that
 * a later one replaces.
 */
async function provokeMessages(page: Page, lang: 'en' | 'es', check: () => Promise<void>): Promise<void> {
  const wrongMark = lang === 'es' ? '0.5' : '0,5';
  const fields = page.locator('main input[type="text"]:visible, main input[inputmode="decimal"]:visible');
  for (let i = 0; i < Math.min(await fields.count(), 12); i++) {
    const field = fields.nth(i);
    if (!(await field.isEditable())) continue;
    for (const text of ['abc', wrongMark]) {
      await field.fill(text);
      await field.press('Enter');
    }
  }
  const t = catalogues[lang];
  const buttons = [t.selfCheck.check, t.crossEntropyRace.run, t.optimizerSurface.run, t.vanishingGradients.measure];
  for (const name of buttons) {
    const matching = page.getByRole('button', { name, exact: true });
    for (let i = 0; i < Math.min(await matching.count(), 6); i++) if (await matching.nth(i).isVisible()) await matching.nth(i).click();
  }
  await classroomProvocations(page, lang, check);
  await provokeDigitPad(page, lang, check);
  await provokePlayground(page, lang, check);
}

/** The digit pad's "Open your own model" refusing each bad file, each refusal checked before the next replaces it. */
async function provokeDigitPad(page: Page, lang: 'en' | 'es', check: () => Promise<void>): Promise<void> {
  if (await page.locator('.digit-pad .pad-own-file').count() === 0) return;
  const t = catalogues[lang];
  await page.locator('.digit-pad').scrollIntoViewIfNeeded();
  await page.locator('.pad-status', { hasText: t.digitPad.page.ready }).waitFor({ timeout: 60_000 });
  await page.locator('.pad-ort summary').click();
  for (const bad of badModelFiles()) {
    await page.locator('.pad-own-file').setInputFiles({ name: bad.name, mimeType: 'application/octet-stream', buffer: Buffer.from(bad.bytes) });
    // Refused: the page's sentence names the file; a refusal by ONNX Runtime loads the runtime first.
    await page.locator('.pad-own-status[data-state="error"]', { hasText: bad.name }).waitFor({ timeout: 90_000 });
    await check();
  }
}

/**
 * The playground's messages, each checked before the next replaces it: a refused CSV file (named by line),
 * a link with bad values and combinations (a hashchange applies it like a pasted link), a divergence (the
 * pause, its reason and the offered fix) and the model download of what is left.
 */
async function provokePlayground(page: Page, lang: 'en' | 'es', check: () => Promise<void>): Promise<void> {
  if (await page.locator('[data-playground]').count() === 0) return;
  await page.waitForSelector('[data-playground][data-ready="true"]');
  const t = catalogues[lang];
  const message = page.locator('.pg-data-message');
  await page.getByLabel(t.playground.editor.import).setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('1,2,1\n3,four,0\n') });
  await message.getByText(t.playground.csv.line(2, '').trim()).waitFor();
  await check();
  await page.getByLabel(t.playground.editor.import).setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('x1,x2,label\n') });
  await message.getByText(t.playground.csv.empty).waitFor();
  await check();
  await page.evaluate(() => { location.hash = 'lr=1e9&zz=1&layers=3,x&hide=data,data&problem=regression&data=xor&loss=xent&acts=relu'; });
  await page.locator('.pg-notice li').first().waitFor();
  await check();
  await page.evaluate(() => { location.hash = 'problem=regression&data=multigauss&act=linear&layers=8,8,8&lr=10'; });
  await page.waitForFunction(() => (document.querySelector('[data-playground]') as HTMLElement & { playground: { state: { data: string } } }).playground.state.data === 'multigauss');
  await page.getByRole('button', { name: t.playground.toolbar.play, exact: true }).click();
  await page.locator('.pg-status:not([hidden])').waitFor();
  await check();
  await page.getByRole('button', { name: t.onnxDownload.button, exact: true }).click();
  await page.locator('.onnx-download-status').filter({ hasText: /\S/ }).waitFor();
  await check();
  await page.getByRole('button', { name: t.playground.status.lowerButton(3), exact: true }).click();
  await page.locator('.pg-status').getByText(t.playground.status.lowered(3)).waitFor();
}

/**
 * English sentences written outside the catalogue: on a Spanish page, a text with two or more English
 * function words that Spanish never uses ("the", "and", "of" …). Parenthesised English terms in the
 * Spanish prose ("(overfitting)") have none.
 */
const ENGLISH_WORDS = /\b(the|and|of|is|are|to|with|your|this|it|for|on)\b/g;
const englishSentences = (texts: readonly string[]): string[] =>
  texts.filter((t) => new Set(t.toLowerCase().match(ENGLISH_WORDS) ?? []).size >= 2).map((t) => t.trim().slice(0, 120));

/**
 * Pages whose widgets still show English on the Spanish page (issue 13 is not finished): their tests are
 * expected to fail, so the day a page is clean its entry must go (it.fails then fails).
 */
const KNOWN_GAPS: Record<string, { js?: string; noJs?: string }> = {};

describe('one language per page', () => {
  it('builds Spanish pages beside the English ones', () => {
    expect(pages).toContain('/es/');
    expect(pages).toContain('/');
  });

  for (const path of pages) {
    const { lang } = splitLocalizedPath(path);
    const foreign = lang === 'es' ? 'en' : 'es';
    const needles = foreignNeedles(foreign, lang);

    const gaps = KNOWN_GAPS[path] ?? {};
    const known = (gap: string | undefined) => ({ check: gap ? it.fails : it, because: gap ? ` (known gap: ${gap})` : '' });
    const js = known(gaps.js);
    const noJs = known(gaps.noJs);

    js.check(`${path} shows no ${foreign === 'en' ? 'English' : 'Spanish'} UI text, before and after its widgets complain${js.because}`, async () => {
      const { page, problems } = await openPage(session, path);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      // Generous: under load a page with a lazily loaded widget can take long to go quiet.
      await page.waitForLoadState('networkidle', { timeout: 90_000 });
      expect(foundNeedles(await pageTexts(page), needles)).toEqual([]);
      const check = async () => {
        const texts = await pageTexts(page);
        expect(foundNeedles(texts, needles)).toEqual([]);
        if (lang === 'es') expect(englishSentences(texts)).toEqual([]);
        // A reader's value (a refused link value, a file's cell) is quoted in the page's marks: «…» in Spanish.
        if (lang === 'es') expect(texts.filter((text) => /[“”]/.test(text))).toEqual([]);
      };
      await provokeMessages(page, lang, check);
      await check();
      expect(problems).toEqual([]);
      await page.close();
    });

    noJs.check(`${path} without JavaScript shows no ${foreign === 'en' ? 'English' : 'Spanish'} UI text${noJs.because}`, async () => {
      const { page, close } = await openPageWithoutJavaScript(path);
      const texts = await pageTexts(page);
      expect(foundNeedles(texts, needles)).toEqual([]);
      if (lang === 'es') expect(englishSentences(texts)).toEqual([]);
      await close();
    });
  }
});

describe('the language switch', () => {
  it('goes from the contents to the other language\'s contents and back', async () => {
    const { page, problems } = await openPage(session, '/');
    await page.getByRole('link', { name: 'Español' }).click();
    await page.waitForURL(/\/es\/$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(catalogues.es.site.contentsPage.heading);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the page\'s fragment (the playground\'s state) when the page exists in the other language', async () => {
    const translated = pages.filter((p) => p.startsWith('/es/chapters/'));
    const target = translated.find((p) => p.includes('playground')) ?? translated[0] ?? '/es/';
    const english = splitLocalizedPath(target).path;
    const { page } = await openPage(session, english);
    await page.evaluate(() => history.replaceState(null, '', '#nn101-switch-test'));
    await page.getByRole('link', { name: /^Español/ }).click();
    await page.waitForURL((url) => url.pathname === target && url.hash === '#nn101-switch-test');
    await page.close();
  });

  it('on a page not translated yet, leads to the other language\'s contents and says so', async () => {
    const untranslated = pages.find((p) => p.startsWith('/chapters/') && !pages.includes(`/es${p}`));
    if (!untranslated) return; // every chapter is translated: nothing to lead elsewhere
    const { page } = await openPage(session, untranslated);
    const link = page.getByRole('link', { name: /^Español/ });
    expect(await link.getAttribute('href')).toBe('/es/');
    expect(await link.textContent()).toContain(catalogues.es.site.notTranslatedYet);
    await page.close();
  });
});
