// Chapter 4c's SizeMatters widget in a real browser, operated with the keyboard. The numbers it shows are
// checked against the same scenario run here in Node on the reference engine. On the English and the Spanish
// page: the numbers in the page's decimal mark, the buttons, verdicts, feedback, status lines and picture
// descriptions in its words (from its catalogue), 360 px layout. A training is language-free and the slowest
// part: on the Spanish page one walk-through, on a 360 px phone in the dark theme, reads every word and number
// and checks the layout; the other trainings (a size typed in, the phone test's other feedback) run in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { diagnose } from '../../src/scenarios/diagnose.ts';
import { createRun, runToEnd } from '../../src/scenarios/run.ts';
import { SIZE_SCENARIO, sizeSetup } from '../../src/scenarios/size-matters.ts';
import { formatNumber } from '../../src/ui/format.ts';
import type { NetworkFactory } from '../../src/scenarios/run.ts';
import { launchBrowser, openPage, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { loadEngineOf, shownValues, trainingFinished, type EngineOf } from './support/training-widgets';
import { forEachLanguage } from './support/languages';
import type { Lang } from '../../src/i18n/lang.ts';

const ENGLISH_PATH = '/chapters/04c-size-matters/';
let session: Session;
/** The same engine the widget used for the numbers it shows (it switches to WebAssembly once loaded). */
let engineOf: EngineOf;
beforeAll(async () => {
  session = await launchBrowser();
  engineOf = await loadEngineOf();
});
afterAll(async () => { await session?.close(); });

/** The numbers a card shows, by data-value key. */
const cardNumbers = (page: Page, size: number, within = '.sm-cards:not(.sm-explore-cards)') =>
  shownValues(page, `${within} .sm-card[data-size="${size}"] dd[data-value]`);

/** The run computed here, and what its card should show on a page in `lang`. */
const expected = (size: number, engine: NetworkFactory, lang: Lang) => {
  const run = createRun(sizeSetup(size), engine);
  const r = runToEnd(run);
  const f3 = (v: number) => formatNumber(v, 3, undefined, lang);
  return { run, r, shown: { epochs: String(r.epochs), 'train-loss': f3(r.trainLoss), 'test-loss': f3(r.testLoss), 'train-accuracy': `${Math.round(100 * r.trainAccuracy)} %`, 'test-accuracy': `${Math.round(100 * r.testAccuracy)} %` } };
};

/** Stands for a message's argument; `before(…)` is the fixed text a message starts with. */
const SLOT = '\u0001';
const before = (message: string) => message.split(SLOT)[0]!;

forEachLanguage(({ lang, t, path }) => {
  const T = t.sizeMatters;
  const finished = (page: Page) => trainingFinished(page, '.sm-status', T.finished);
  const phone = { width: 360, height: 740, colorScheme: 'dark' } as const;

  describe('SizeMatters', () => {
    it(`waits for a prediction, trains the three sizes when asked by keyboard, and shows the engine's numbers${lang === 'es' ? ', on a 360 px phone in the dark theme' : ''}`, async () => {
      const { page, problems } = await openPage(session, path(ENGLISH_PATH), lang === 'es' ? phone : {});
      await page.waitForSelector('.sm-card');
      // The explorer's button names the size on its slider, in the page's words.
      expect(await page.getByRole('button', { name: T.trainOne(T.neurons(16)), exact: true }).count()).toBe(1);
      expect(T.trainOne(T.neurons(16))).toBe(lang === 'es' ? 'Entrenar 16 neuronas' : 'Train 16 neurons');
      // Nothing trains by itself (a check that nothing happens, so a fixed wait).
      await page.waitForTimeout(500);
      expect((await cardNumbers(page, 64)).epochs).toBe('0');

      // Train without predicting: the widget asks for a prediction and moves focus to it.
      await page.focus('.sm-train');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.textContent('.sm-status')).toBe(T.askFirst);
      expect(T.askFirst).toMatch(lang === 'es' ? /^Elige antes una respuesta/ : /^Choose an answer first/);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('size-matters-predict');

      // From the focused first option, arrow keys pick 4 then 64; Tab reaches "Train all three"; Enter starts; skip.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => (document.querySelector('input[name="size-matters-predict"]:checked') as HTMLInputElement).value)).toBe('64');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(T.trainAll);
      await page.keyboard.press('Enter');
      // While they train, the status says which and how far, in the page's words.
      const sizes = SIZE_SCENARIO.compared.map(T.neurons).join(', ');
      const training = T.trainingEpoch(sizes, 987001, 987002).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/98700\d/g, '\\d+');
      await expect.poll(() => page.textContent('.sm-status')).toMatch(new RegExp(training));
      expect(await page.textContent('.sm-status')).toMatch(lang === 'es' ? /^Entrenando 1 neurona, .*: época \d+ de/ : /^Training 1 neuron, .*: epoch \d+ of/);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t.trainingControls.skip);
      await page.keyboard.press('Enter');
      await finished(page);
      // Skip, disabled once the run ends, gave the keyboard back to Train (not to the page's body).
      expect(await page.evaluate((s) => document.activeElement?.matches(s), '.sm-train')).toBe(true);
      const engine = await engineOf(page, '#size-matters');
      expect(await page.getAttribute('#size-matters', 'data-engine')).toBe('wasm'); // the fast engine loaded

      const fits = ['underfitting', 'good fit', 'overfitting'] as const;
      for (const [k, size] of SIZE_SCENARIO.compared.entries()) {
        const { shown, run } = expected(size, engine, lang);
        const numbers = await cardNumbers(page, size);
        expect(numbers).toMatchObject(shown);
        expect(numbers.fit).toBe(T.fits[fits[k]!]);
        expect(diagnose(run.history)).toBe(fits[k]);
      }
      if (lang === 'es') expect(Object.values(await cardNumbers(page, 64))).toContain('Sobreajuste');
      const feedback = await page.textContent('.sm-feedback');
      const big = expected(64, engine, lang).r;
      expect(feedback!.startsWith(before(T.feedback.overfits(T.neurons(64), SLOT, SLOT, SLOT, SLOT, SLOT)))).toBe(true);
      expect(feedback).toMatch(lang === 'es' ? /^Sí\./ : /^Yes\./);
      expect(feedback).toContain(formatNumber(big.testLoss, 3, undefined, lang));

      // Charts and boundaries are drawn: one Plot SVG and a picture per card.
      expect(await page.locator('.sm-cards .sm-chart svg').count()).toBe(3);
      expect(await page.locator('.sm-cards canvas[role="img"]').count()).toBe(3);
      expect(await page.getAttribute('.sm-card[data-size="64"] canvas[role="img"]', 'aria-label'))
        .toBe(T.trained(T.neurons(64), big.epochs, formatNumber(big.trainLoss, 3, undefined, lang), formatNumber(big.testLoss, 3, undefined, lang)));
      expect(await page.textContent('.sm-status')).toBe(T.finished);

      if (lang === 'es') expect(await scrollsHorizontally(page)).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });

    if (lang === 'es') return;

    it('trains any size from the slider, typed in by keyboard', async () => {
      const { page, problems } = await openPage(session, path(ENGLISH_PATH), { reducedMotion: 'reduce' });
      await page.waitForSelector('.sm-card');
      await page.focus('#size-matters-size-number');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('2');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(T.trainOne(T.neurons(2)));
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Train 2 neurons');
      await page.keyboard.press('Enter');
      await finished(page);
      expect(await cardNumbers(page, 2, '.sm-explore-cards')).toMatchObject(expected(2, await engineOf(page, '#size-matters'), lang).shown);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('fits a 360 px phone in the dark theme after training, without problems', async () => {
      const { page, problems } = await openPage(session, path(ENGLISH_PATH), { width: 360, height: 740, colorScheme: 'dark', reducedMotion: 'reduce' });
      await page.waitForSelector('.sm-card');
      await page.check('#size-matters-predict-4');
      await page.click('.sm-train');
      await finished(page);
      expect((await page.textContent('.sm-feedback'))!.startsWith(before(T.feedback.fits(T.neurons(4), SLOT, SLOT, SLOT)))).toBe(true);
      expect(await page.textContent('.sm-feedback')).toMatch(/^Not this one/);
      expect(await scrollsHorizontally(page)).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});
