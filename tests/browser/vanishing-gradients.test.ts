// The "vanishing gradients" exploration in chapter 4d, from the keyboard: the table's numbers are the
// gradient sizes that central differences on the engine's loss give (independently of the widget's module for
// layer 1), the verdict follows the measured ratio, the chart and question follow the settings, and it fits a
// phone, axe clean, without JavaScript. On the English and the Spanish page: words from the page's catalogue,
// numbers with its decimal mark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, openPageWithoutJavaScript, type Session } from './support/browser';
import { expectAccessibleAndFits, predictAndRun, progressLine, runWithoutPrediction } from './support/explorations';
import { focusByKeyboard } from './support/keyboard';
import { forEachLanguage, type LanguageCase } from './support/languages';
import { createReferenceNetwork } from '../../src/engine/index.ts';
import { VANISHING_GRADIENTS as S, depthBatch, depthParameters, depthSpec, gradientTrend, layerGradients, type DepthActivation, type InitChoice } from '../../src/scenarios/vanishing-gradients.ts';
import { formatSmall } from '../../src/ui/small-numbers.ts';

const ENGLISH_CHAPTER = '/chapters/04d-inside-training/';
const W = '#vanishing-gradients';
const DEPTH = { id: 'vanishing-gradients', prefix: 'vg' };
/** Nothing is trained: the line says so in the page's words, with the batch the gradient is measured on. */
const noStep = ({ t }: LanguageCase) => ({
  text: [t.trainingProgress.epoch(0), t.trainingProgress.step(0), t.trainingProgress.fullBatch(64)].join(' · '), epoch: '0', step: '0', batch: '64',
});
const ACTIVATIONS: DepthActivation[] = ['sigmoid', 'tanh', 'relu'];

/** RMS of layer 1's gradient by central differences on the loss (not from the engine's backward pass). */
function layerOneRmsByDifferences(depth: number, activation: DepthActivation, init: InitChoice): number {
  const spec = depthSpec(depth, activation);
  const net = createReferenceNetwork(spec);
  const params = depthParameters(spec, init);
  const batch = depthBatch();
  const w = params.weights[0]!;
  const h = 1e-5;
  let sum = 0;
  for (let i = 0; i < w.length; i++) {
    const keep = w[i]!;
    w[i] = keep + h; net.setParameters(params); const up = net.evaluate(batch).loss;
    w[i] = keep - h; net.setParameters(params); const down = net.evaluate(batch).loss;
    w[i] = keep;
    sum += ((up - down) / (2 * h)) ** 2;
  }
  return Math.sqrt(sum / w.length);
}

async function shownTable(page: Page) {
  return page.evaluate((sel) => [...document.querySelectorAll(`${sel} tr[data-layer]`)].map((tr) =>
    Object.fromEntries([...tr.querySelectorAll<HTMLElement>('td[data-activation]')].map((td) => [td.dataset.activation, td.textContent]))), W);
}

const expectedTable = ({ lang }: LanguageCase, depth: number, init: InitChoice) => {
  const by = Object.fromEntries(ACTIVATIONS.map((a) => [a, layerGradients(depth, a, init)]));
  return by.sigmoid!.map((_, i) => Object.fromEntries(ACTIVATIONS.map((a) => [a, formatSmall(by[a]![i]!.rms, lang)])));
};

/** The verdict on `choice` for the sigmoid network, in the page's words, from the engine's gradients. */
function expectedVerdict({ t }: LanguageCase, choice: 'same' | 'vanishes' | 'explodes', depth: number, init: InitChoice) {
  const { ratio, trend } = gradientTrend(layerGradients(depth, 'sigmoid', init));
  return t.vanishingGradients.verdict(choice, trend, ratio, depth);
}

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

forEachLanguage((language) => {
  const { lang, t, path } = language;
  const T = t.vanishingGradients;
  const CHAPTER = path(ENGLISH_CHAPTER);
  const small = (v: number) => formatSmall(v, lang);

  describe('vanishing gradients (chapter 4d)', () => {
    it('measures after a prediction; numbers match the engine and, for layer 1, central differences; the verdict follows the ratio', async () => {
      const { page, problems } = await openPage(session, CHAPTER);
      await runWithoutPrediction(page, DEPTH, T.askFirst);
      expect(await page.locator(`${W} .vg-results`).isHidden()).toBe(true);
      expect(await page.locator(`${W} .vg-predict legend`).textContent()).toBe(T.question(6, T.initShort.xavier));

      await predictAndRun(page, DEPTH, 'same'); // the misconception
      expect(await progressLine(page, DEPTH)).toEqual(noStep(language));
      expect(S.batch).toBe(64);
      const table = await shownTable(page);
      expect(table).toEqual(expectedTable(language, 6, 'xavier'));
      for (const a of ACTIVATIONS) expect(table[0]![a]).toBe(small(layerOneRmsByDifferences(6, a, 'xavier')));
      const { ratio, trend } = gradientTrend(layerGradients(6, 'sigmoid', 'xavier'));
      expect(trend).toBe('vanishes');
      // The feedback names the misconception (every layer gets an equal share) and gives the measured ratio.
      const verdict = expectedVerdict(language, 'same', 6, 'xavier');
      expect(verdict.correct).toBe(false);
      const feedback = (await page.locator(`${W} .vg-feedback`).textContent())!;
      expect(feedback).toBe(verdict.text);
      expect(feedback).toContain(small(ratio));
      await expect.poll(() => page.locator(`${W} .vg-chart svg[role="img"]`).count()).toBe(1);

      // Fewer layers and the small initialisation, from the keyboard: table, question and verdict follow.
      await focusByKeyboard(page, '#vanishing-gradients-depth-range');
      await page.keyboard.press('Home'); // 1 hidden layer
      await page.keyboard.press('ArrowRight'); // 2
      await focusByKeyboard(page, '#vanishing-gradients-init');
      await page.keyboard.press('Home'); // small
      await expect.poll(() => shownTable(page)).toEqual(expectedTable(language, 2, 'small'));
      expect(table.length).toBe(7);
      expect((await shownTable(page)).length).toBe(3);
      expect(await page.locator(`${W} .vg-predict legend`).textContent()).toBe(T.question(2, T.initShort.small));
      const two = gradientTrend(layerGradients(2, 'sigmoid', 'small'));
      await expect.poll(() => page.locator(W).getAttribute('data-trend')).toBe(two.trend);
      const firsts = ACTIVATIONS.map((a) => `${T.activationNames[a]} ${small(layerGradients(2, a, 'small')[0]!.rms)}`).join(', ');
      expect(await page.locator(`${W} .vg-chart svg`).getAttribute('aria-label')).toBe(T.chartSummary(2, T.initShort.small, firsts));
      expect(problems).toEqual([]);
      await page.close();
    });

    it('fits a 360 px phone in the dark theme, axe clean, every control labelled', async () => {
      const { page, problems } = await openPage(session, CHAPTER, { width: 360, height: 740, colorScheme: 'dark' });
      await predictAndRun(page, DEPTH, 'vanishes');
      await expect.poll(() => page.locator(`${W} .vg-chart svg`).count()).toBe(1);
      const verdict = expectedVerdict(language, 'vanishes', 6, 'xavier');
      expect(verdict.correct).toBe(true);
      expect(await page.locator(`${W} .vg-feedback`).textContent()).toBe(verdict.text);
      await expectAccessibleAndFits(page, DEPTH);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('without JavaScript gives the measured ratios', async () => {
      const { page, close } = await openPageWithoutJavaScript(CHAPTER);
      const text = (await page.locator(`${W} .widget-fallback`).textContent())!.replace(/\s+/g, ' ');
      expect(text).toContain(T.fallback(6, small(gradientTrend(layerGradients(6, 'sigmoid', 'xavier')).ratio), small(gradientTrend(layerGradients(6, 'relu', 'he')).ratio)));
      await close();
    });
  });
});
