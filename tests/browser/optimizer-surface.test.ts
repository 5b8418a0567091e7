// The "optimisers on a loss surface" exploration in chapter 4d, from the keyboard: the table and verdict match
// SGD, momentum and Adam written out here on the same loss, the picture puts each path's end where that
// computation says, sliders rerun it, and it fits a phone, axe clean, without JavaScript. On the English and
// the Spanish page (words from the page's catalogue, numbers shown and typed with its decimal mark); the
// contour lines' pixels, which have no language, on the English page only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { baseURL, launchBrowser, openPage, openPageWithoutJavaScript, type Session } from './support/browser';
import { expectAccessibleAndFits, predictAndRun, progressLine, runWithoutPrediction } from './support/explorations';
import { focusByKeyboard, typeNumber } from './support/keyboard';
import { forEachLanguage, type LanguageCase } from './support/languages';
import { OPTIMIZER_SURFACE as S, surfaceHessian } from '../../src/scenarios/optimizer-surface.ts';
import { contourPicture } from '../../src/render/contours/cpu-picture.ts';
import { quadraticLoss } from '../../src/render/contours/index.ts';
import { optimizerByHand } from '../support/optimizer-rules.ts';
import { CLASS_COLORS, hexToRgb } from '../../src/ui/colors.ts';
import { formatSmall } from '../../src/ui/small-numbers.ts';
import { formatPlain } from '../../src/ui/format.ts';

const CHAPTER = '/chapters/04d-inside-training/';
const W = '#optimizer-surface';
const SURFACE = { id: 'optimizer-surface', prefix: 'os' };
/** The step line after `steps` steps, in the page's words: a loss that is a formula, so no epochs or batches. */
const progressAfter = ({ t }: LanguageCase, steps: number) => [t.trainingProgress.stepOf(steps, S.steps), t.trainingProgress.exactGradient].join(' · ');
type Kind = 'sgd' | 'momentum' | 'adam';
const KINDS: Kind[] = ['sgd', 'momentum', 'adam'];

/** The table's rows, the fastest optimisers and the verdict on `choice`, in the page's words, from the rules done by hand. */
function expected({ t, lang }: LanguageCase, lr: number, mu: number, choice: Kind | 'none' = 'sgd') {
  const T = t.optimizerSurface;
  const rows: Record<string, { reached: string; final: string }> = {};
  const reached: Partial<Record<Kind, number>> = {};
  const outcomes: string[] = [];
  for (const k of KINDS) {
    const path = optimizerByHand(k, lr, mu);
    const at = path.findIndex((p) => p.loss < S.target);
    if (at >= 0) reached[k] = at;
    rows[k] = {
      reached: T.reachedText(at >= 0 ? at : undefined),
      final: path.length < S.steps + 1 ? T.table.left(path.length - 1) : formatSmall(path.at(-1)!.loss, lang),
    };
    outcomes.push(T.outcomeText(k, at >= 0 ? at : undefined, path.at(-1)!.loss));
  }
  const best = Math.min(...Object.values(reached));
  const fastest = KINDS.filter((k) => reached[k] === best);
  return {
    rows,
    winners: fastest.length ? fastest.join(' ') : 'none',
    outcomes: outcomes.join('; '),
    verdict: T.verdict(choice, fastest, outcomes.join('; '), mu),
  };
}

async function shownTable(page: Page) {
  return page.evaluate((sel) => Object.fromEntries([...document.querySelectorAll(`${sel} tr[data-optimizer]`)].map((tr) => [
    (tr as HTMLElement).dataset.optimizer,
    Object.fromEntries([...tr.querySelectorAll<HTMLElement>('td[data-value]')].map((td) => [td.dataset.value, td.textContent])),
  ])), W);
}

/** Whether an RGBA pixel is a contour line: alpha above half the line's (the rest is transparent). */
const LINE_ALPHA = 55;

/**
 * The contour lines the page shows: which pixels are lines (row 0 at the top), the colour of the first one,
 * and the text colour they should be drawn in.
 */
async function shownContours(page: Page) {
  const shown = await page.evaluate(([sel, threshold]) => {
    const source = document.querySelector<HTMLCanvasElement>(`${sel} .os-contours`)!;
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(source, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    let bits = '';
    let first: number[] | undefined;
    for (let p = 0; p < data.length / 4; p++) {
      const line = data[4 * p + 3]! > threshold;
      bits += line ? '1' : '0';
      if (line && !first) first = [data[4 * p]!, data[4 * p + 1]!, data[4 * p + 2]!];
    }
    const rgb = getComputedStyle(document.querySelector(sel)!).color.match(/\d+/g)!.map(Number);
    return { size: source.width, bits, first, rgb };
  }, [W, LINE_ALPHA] as const);
  return { ...shown, lines: [...shown.bits].map((b) => b === '1') };
}

/** Which pixels of an RGBA picture are contour lines. */
const linePixels = (rgba: ArrayLike<number>) => Array.from({ length: rgba.length / 4 }, (_, p) => rgba[4 * p + 3]! > LINE_ALPHA);

/** The fraction of `a`'s line pixels with a line pixel of `b` within one pixel. */
function agreement(a: boolean[], b: boolean[], size: number): number {
  let lines = 0, matched = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!a[y * size + x]) continue;
      lines++;
      let near = false;
      for (let dy = -1; dy <= 1 && !near; dy++) for (let dx = -1; dx <= 1 && !near; dx++) near = b[(y + dy) * size + x + dx] === true;
      if (near) matched++;
    }
  }
  return matched / lines;
}

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

forEachLanguage((language) => {
  const { lang, t, path, decimal } = language;
  const T = t.optimizerSurface;
  const PAGE = path(CHAPTER);

  describe('optimisers on a loss surface (chapter 4d)', () => {
    it('runs after a prediction; table, verdict and the picture match the update rules done by hand', async () => {
      const { page, problems } = await openPage(session, PAGE, { reducedMotion: 'reduce' });
      await runWithoutPrediction(page, SURFACE, T.askFirst);
      expect(await progressLine(page, SURFACE)).toEqual({ text: progressAfter(language, 0), step: '0', epoch: undefined, batch: undefined });

      await predictAndRun(page, SURFACE, 'sgd'); // the misconception: steepest descent is fastest
      expect(await progressLine(page, SURFACE)).toEqual({ text: progressAfter(language, S.steps), step: String(S.steps), epoch: undefined, batch: undefined });
      const lr = S.learningRate.value, mu = S.momentum.value;
      const want = expected(language, lr, mu);
      expect(await shownTable(page)).toEqual(want.rows);
      expect(want.winners).toBe('momentum');
      expect(await page.locator(W).getAttribute('data-winners')).toBe(want.winners);
      // The feedback names the misconception (steepest downhill is not towards the minimum) and gives the runs.
      expect(want.verdict.correct).toBe(false);
      expect(await page.locator(`${W} .os-feedback`).textContent()).toBe(want.verdict.text);

      // Adam's path is drawn last: its end marker sits, in Adam's colour, where the rules put the last point.
      const adamEnd = optimizerByHand('adam', lr, mu).at(-1)!.w;
      const pixel = await page.evaluate(([sel, x, y]) => {
        const canvas = document.querySelector<HTMLCanvasElement>(`${sel} .os-paths`)!;
        const [x0, x1, y0, y1] = [-5, 5, -5, 5];
        const px = Math.round(((x as number - x0) / (x1 - x0)) * canvas.width);
        const py = Math.round(((y1 - (y as number)) / (y1 - y0)) * canvas.height);
        return [...canvas.getContext('2d')!.getImageData(px, py, 1, 1).data].slice(0, 3);
      }, [W, adamEnd[0]!, adamEnd[1]!] as const);
      const adamRgb = hexToRgb(CLASS_COLORS[2]);
      pixel.forEach((c, i) => expect(Math.abs(c - adamRgb[i]!)).toBeLessThan(40));
      expect(await page.locator(`${W} .os-paths`).getAttribute('aria-label')).toBe(T.pictureLabel(`${want.outcomes}.`));

      // The sliders from the keyboard rerun all three: a learning rate past SGD's limit, typed the language's
      // way ("0,12" on the Spanish page), then momentum 0.
      await typeNumber(page, 'optimizer-surface-lr', `0${decimal}12`);
      await expect.poll(() => shownTable(page)).toEqual(expected(language, 0.12, mu).rows);
      expect(optimizerByHand('sgd', 0.12, mu).at(-1)!.loss).toBeGreaterThan(1e3); // SGD really is thrown out of the ravine
      await focusByKeyboard(page, '#optimizer-surface-mu-range');
      await page.keyboard.press('Home');
      await expect.poll(() => shownTable(page)).toEqual(expected(language, 0.12, 0).rows);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('animates the paths without reduced motion, then fits a 360 px phone in the dark theme, axe clean', async () => {
      // The animation has no language: animated on the English page; elsewhere reduced motion shows the end at once.
      const animated = lang === 'en';
      const { page, problems } = await openPage(session, PAGE, { width: 360, height: 740, colorScheme: 'dark', reducedMotion: animated ? 'no-preference' : 'reduce' });
      await predictAndRun(page, SURFACE, 'momentum', { animated });
      const want = expected(language, S.learningRate.value, S.momentum.value, 'momentum');
      expect(want.verdict.correct).toBe(true);
      expect(await page.locator(`${W} .os-feedback`).textContent()).toBe(want.verdict.text);
      expect((await progressLine(page, SURFACE)).text).toBe(progressAfter(language, S.steps));
      await expectAccessibleAndFits(page, SURFACE);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('without JavaScript gives each optimiser’s steps at the defaults', async () => {
      const { page, close } = await openPageWithoutJavaScript(PAGE);
      const text = (await page.locator(`${W} .widget-fallback`).textContent())!.replace(/\s+/g, ' ');
      const want = expected(language, S.learningRate.value, S.momentum.value);
      expect(text).toContain(T.fallback(formatPlain(S.learningRate.value, lang), formatPlain(S.momentum.value, lang), formatPlain(S.target, lang), want.outcomes));
      expect(want.rows.sgd!.reached).toBe(T.table.never); // SGD does not get there within the steps
      await close();
    });
  });
});

// The contour lines are pixels: no language, so once, on the English page.
describe('optimisers on a loss surface (chapter 4d): the contour lines', () => {
  it('draws the contour lines with the WebGL2 renderer, as the CPU computes them; without WebGL2 the fallback draws them exactly', async () => {
    const expectedLines = (size: number, rgb: number[]) => linePixels(contourPicture({
      size, extent: S.extent, loss: quadraticLoss(surfaceHessian()), rgba: [rgb[0]!, rgb[1]!, rgb[2]!, 110],
    }));
    const { page, problems } = await openPage(session, CHAPTER);
    await page.locator(W).scrollIntoViewIfNeeded();
    expect(await page.locator(W).getAttribute('data-renderer')).toBe('webgl2');
    const gl = await shownContours(page);
    expect(gl.size).toBeGreaterThan(100);
    const want = expectedLines(gl.size, gl.rgb);
    const got = gl.lines;
    // float32 in the shader against float64 here: a pixel right on a level may fall on the other side.
    expect(agreement(got, want, gl.size)).toBeGreaterThan(0.97);
    expect(agreement(want, got, gl.size)).toBeGreaterThan(0.97);
    expect(want.filter(Boolean).length).toBeGreaterThan(gl.size); // there are lines to compare
    gl.first!.forEach((c, i) => expect(Math.abs(c - gl.rgb[i]!)).toBeLessThanOrEqual(3)); // in the text colour (up to premultiplying rounding)
    expect(problems).toEqual([]);
    await page.close();

    // The same page where WebGL2 is missing.
    const context = (session as unknown as { context: BrowserContext }).context;
    const noGl = await context.newPage();
    await noGl.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        return kind === 'webgl2' ? null : (original as (...a: unknown[]) => unknown).call(this, kind, ...rest);
      } as typeof original;
    });
    await noGl.goto(new URL(CHAPTER, baseURL()).href);
    await noGl.locator(W).scrollIntoViewIfNeeded();
    await expect.poll(() => noGl.locator(W).getAttribute('data-renderer')).toBe('canvas2d');
    const cpu = await shownContours(noGl);
    expect(cpu.bits).toBe(expectedLines(cpu.size, cpu.rgb).map((l) => (l ? '1' : '0')).join(''));
    await noGl.close();
  });
});
