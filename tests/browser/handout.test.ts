// Handouts: every chapter and a teacher guide in each language printed to PDF by Chromium (page.pdf, as "Save as PDF" does),
// then read back with Poppler: each widget's QR code decodes to the link back to that widget as printed,
// no widget's pictures (canvases, charts) print blank, exercises have space to answer, and no navigation
// or button prints. Costs about ten seconds a page on two busy cores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { launchBrowser, openPage, type Session } from './support/browser';
import { builtPages } from './support/pages';
import { catalogues } from '../../src/i18n/catalogues.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { localizedPath } from '../../src/i18n/routes.ts';
import { cropRgba, inkIn, pdfWords, rasterSpreads, renderCrop, renderPages } from './support/pdf';

const built = builtPages();
/** The first teacher guide of each language, printed with its headings in that language. */
const guides = LANGS.flatMap((lang) => {
  const path = built.find((p) => new RegExp(`^${localizedPath(lang, '/teach/')}\\d[^/]*/$`).test(p));
  return path ? [{ path, t: catalogues[lang].guides.guide }] : [];
});
const guideOf = (path: string) => guides.find((g) => g.path === path);
const handouts = [...built.filter((p) => p.startsWith('/chapters/')), ...guides.map((g) => g.path)];
/** A4 less the stylesheet's 12 mm side margins, in CSS pixels (96 a inch): the width print lays out at. */
const PRINT_WIDTH = Math.round(((210 - 24) / 25.4) * 96);
const PT_PER_PX = 72 / 96;
const DPI = 100;
const PLAYGROUND = '/chapters/06-playground/';
const PLAYGROUND_STATE = 'data=xor&layers=3&seed=5';

let session: Session;
let dir: string;
// HANDOUT_PDF_DIR=somewhere keeps the PDFs and page pictures there, to look at.
const keep = process.env.HANDOUT_PDF_DIR;
// Widgets start lazily, as for a reader who prints without scrolling through the page first.
beforeAll(async () => { session = await launchBrowser({ lazyMount: true }); dir = keep ?? mkdtempSync(join(tmpdir(), 'nn101-handout-')); });
afterAll(async () => { await session?.close(); if (!keep) rmSync(dir, { recursive: true, force: true }); });

interface Rect { top: number; left: number; width: number; height: number }
interface CardLayout { expected: string; scan: Rect; card: Rect; widgetBottom: number; pictures: (Rect & { spread: number })[] }

describe('printed handouts', () => {
  it('covers every chapter and a teacher guide in each language', () => {
    expect(handouts.filter((p) => p.startsWith('/chapters/')).length).toBeGreaterThanOrEqual(11);
    expect(guides.map((g) => g.path.split('/teach/')[0])).toEqual(['', '/es']);
  });

  for (const path of handouts) {
    it(`${path} prints every widget as a picture with a QR code back to it, and no controls`, async () => {
      // The playground opens in a state of its own (in its fragment), which its QR code must carry.
      const { page, problems } = await openPage(session, path === PLAYGROUND ? `${path}#${PLAYGROUND_STATE}` : path, { width: 1000, height: 900 });
      const button = page.locator('[data-print-handout]');
      await button.waitFor({ state: 'visible' });
      // The button prepares the handout, waits for every canvas picture, then calls print(): replaced
      // here, since headless Chromium has no print dialog; page.pdf() below prints as "Save as PDF" does.
      await page.evaluate(() => { window.print = () => { document.documentElement.dataset.printCalled = 'yes'; }; });
      await button.click();
      await page.waitForFunction(() => document.documentElement.dataset.printCalled === 'yes');
      // Every widget started for paper, also those far below the part of the page the reader saw.
      expect(await page.locator('[data-mount="waiting"], [data-mount="starting"], [data-mount="failed"]').count()).toBe(0);

      // Lay the page out as on paper to measure where each card's text and each widget's pictures are.
      await page.setViewportSize({ width: PRINT_WIDTH, height: 1100 });
      await page.emulateMedia({ media: 'print' });
      const { cards, rasters, questions, widgets } = await page.evaluate(() => {
        const rect = (r: DOMRect) => ({ top: r.top + scrollY, left: r.left + scrollX, width: r.width, height: r.height });
        // How much a picture varies on screen (spread of its grey levels, 0-255): an empty drawing pad is
        // rightly blank on paper too; a picture with content must keep it.
        const spreadOf = (source: HTMLCanvasElement | HTMLImageElement) => {
          const probe = document.createElement('canvas');
          probe.width = probe.height = 64;
          const ctx = probe.getContext('2d')!;
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, 64, 64);
          ctx.drawImage(source, 0, 0, 64, 64);
          const d = ctx.getImageData(0, 0, 64, 64).data;
          let sum = 0, sum2 = 0;
          for (let i = 0; i < d.length; i += 4) { const v = (d[i] + d[i + 1] + d[i + 2]) / 3; sum += v; sum2 += v * v; }
          const n = d.length / 4;
          return Math.sqrt(Math.max(0, sum2 / n - (sum / n) ** 2));
        };
        const rasters = [...document.querySelectorAll<HTMLCanvasElement | HTMLImageElement>('main canvas, main img.print-snapshot')]
          .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && el.closest('.widget, .backprop, .digit-pad, [data-playground]'))
          .map(spreadOf);
        const headings = [...document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]')];
        const cards = [...document.querySelectorAll<HTMLElement>('.print-card')].map((card) => {
          const widget = card.nextElementSibling as HTMLElement;
          const anchor = widget.id || headings.filter((h) => h.compareDocumentPosition(widget) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)?.id;
          const expected = widget.matches('[data-playground]') && location.hash.length > 1 ? location.href : `${location.origin}${location.pathname}${anchor ? `#${anchor}` : ''}`;
          const text = [...card.querySelector('p')!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.startsWith('Scan'))!;
          const range = document.createRange();
          range.setStart(text, 0);
          range.setEnd(text, 4);
          const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
          const pictures = [...widget.querySelectorAll('canvas, img.print-snapshot, svg')]
            .filter((el) => visible(el) && !el.closest('.print-card') && !el.closest('.katex') && el.getBoundingClientRect().width >= 60 && el.getBoundingClientRect().height >= 40)
            .filter((el, _, all) => !all.some((other) => other !== el && other.contains(el)))
            .map((el) => ({ ...rect(el.getBoundingClientRect()), spread: el instanceof SVGElement ? 255 : spreadOf(el as HTMLCanvasElement | HTMLImageElement) }));
          return { expected, scan: rect(range.getBoundingClientRect()), card: rect(card.getBoundingClientRect()), widgetBottom: widget.getBoundingClientRect().bottom + scrollY, pictures };
        });
        return {
          cards,
          rasters,
          questions: document.querySelectorAll('.self-check-question').length,
          widgets: document.querySelectorAll('.widget, .backprop, .digit-pad, [data-playground]').length,
        };
      }) as { cards: CardLayout[]; rasters: number[]; questions: number; widgets: number };
      // A teacher guide has no widget, so no QR card; a chapter has at least one.
      if (!guideOf(path)) expect(cards.length).toBeGreaterThan(0);
      expect(cards.length).toBeLessThanOrEqual(widgets);

      const pdfPath = join(dir, `${path.replace(/\W+/g, '-')}.pdf`);
      writeFileSync(pdfPath, await page.pdf({ format: 'A4' }));
      await page.close();
      expect(problems).toEqual([]);

      const { pageHeights, words } = pdfWords(pdfPath);
      const text = words.map((w) => w.text).join(' ');
      const printedGuide = guideOf(path);
      if (printedGuide) for (const heading of [printedGuide.t.objectives, printedGuide.t.misconceptions, printedGuide.t.plan]) expect(text).toContain(heading);
      // No navigation, no buttons, no feedback on paper; space to answer every question.
      for (const absent of ['Skip to content', 'Print a handout', 'Back to the contents']) expect(text).not.toContain(absent);
      expect(text.split('Your answer and why:').length - 1).toBe(questions);

      // The cards in reading order: the word "Scan" that starts each card's line "Scan or type this link…".
      const scans = words.filter((w, i) => w.text === 'Scan' && words[i + 1]?.text === 'or' && words[i + 2]?.text === 'type');
      expect(scans.length).toBe(cards.length);
      const sub = mkdtempSync(join(dir, 'pages-'));
      const pictures = renderPages(pdfPath, sub, DPI);
      const px = (pt: number) => (pt * DPI) / 72;
      let checkedPictures = 0;
      for (const [i, card] of cards.entries()) {
        const scan = scans[i];
        // CSS layout → PDF points on the card's page, anchored at the word "Scan".
        const x = (cssX: number) => scan.xMin + (cssX - card.scan.left) * PT_PER_PX;
        const y = (cssY: number) => scan.yMin + (cssY - card.scan.top) * PT_PER_PX;
        const qrBox = { x: x(card.card.left), y: y(card.card.top), w: (card.scan.left - card.card.left) * PT_PER_PX, h: card.card.height * PT_PER_PX };
        const crop = renderCrop(pdfPath, sub, scan.page + 1, qrBox, 300);
        const rgba = cropRgba(crop, 0, 0, crop.width, crop.height);
        expect(jsQR(rgba.data, rgba.width, rgba.height)?.data, `QR code of card ${i + 1} on page ${scan.page + 1}`).toBe(card.expected);
        for (const p of card.pictures) {
          const top = y(p.top);
          const bottom = y(p.top + p.height);
          // Positions map only while the widget is unbroken: one that goes on to the next page (taller
          // than the space left) is covered by the picture count below.
          if (top < 0 || y(card.widgetBottom) > pageHeights[scan.page]) continue;
          const ink = inkIn(pictures[scan.page], px(x(p.left)), px(top), px(p.width * PT_PER_PX), px(bottom - top));
          if (p.spread > 4) expect(ink.spread, `picture at ${Math.round(p.left)},${Math.round(p.top)} in widget ${i + 1} prints blank`).toBeGreaterThan(4);
          checkedPictures++;
        }
      }
      // Wherever they landed (a widget taller than a page goes on over several), every canvas that shows
      // something on screen is a picture with content in the PDF: none dropped, none printed blank.
      const printed = rasterSpreads(pdfPath, mkdtempSync(join(dir, 'images-')));
      expect(printed.filter((v) => v > 4).length, `pictures with content: on screen ${rasters.map(Math.round)}, in the PDF ${printed.map(Math.round)}`)
        .toBeGreaterThanOrEqual(rasters.filter((v) => v > 4).length);
      // What this page's check covered (pictures in a widget that spans pages are only counted as rasters).
      console.log(`${path}: ${cards.length} QR codes read, ${checkedPictures} pictures checked in place, ${printed.length} rasters in the PDF`);
      if (path === PLAYGROUND) expect(cards[0]?.expected).toContain('data=xor');
    });
  }
});
