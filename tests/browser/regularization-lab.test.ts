// Chapter 5's RegularizationLab in a real browser, operated with the keyboard. The table's numbers are
// checked against the same two runs computed here in Node on the reference engine, from the scenario module
// the widget reads. On the English and the Spanish page: the table, feedback, status lines, chart words and
// the weights summary in the page's words (from its catalogue) and decimal mark, 360 px layout; the L1
// weights view (numbers read from attributes) once. A training is language-free and the slowest part: on the
// Spanish page the early-stopping run is the 360 px one, and the small network's lab (the same words as the
// first) runs in English only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REGULARIZATION_SCENARIO, regularizationSetup, TECHNIQUE_DEFAULTS, UNDERFIT_SCENARIO, type Techniques } from '../../src/scenarios/regularization-lab.ts';
import { createRun, runToEnd, type ScenarioRun } from '../../src/scenarios/run.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { launchBrowser, openPage, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { loadEngineOf, shownValues, trainingFinished, type EngineOf } from './support/training-widgets';
import { forEachLanguage, languageCase, type LanguageCase } from './support/languages';

const ENGLISH_PATH = '/chapters/05-regularization/';
let session: Session;
/** The same engine the widget used for the numbers it shows (it switches to WebAssembly once loaded). */
let engineOf: EngineOf;
beforeAll(async () => {
  session = await launchBrowser();
  engineOf = await loadEngineOf();
});
afterAll(async () => { await session?.close(); });

/** The table row of one run ("without" or "with"), by data-value key. */
const shownRow = (page: Page, lab: string, run: 'without' | 'with') =>
  shownValues(page, `#${lab} tr[data-run="${run}"] td[data-value]`);

/** The row the table should show for `run` on a page in the language of `language`. */
const expectedRow = (run: ScenarioRun, { lang, t }: LanguageCase = languageCase('en')) => {
  const r = runToEnd(run);
  const kept = run.status() === 'stopped early' ? t.regularizationLab.kept(run.bestEpoch()! + 1) : '';
  return {
    epochs: `${r.epochs}${kept}`,
    'train-loss': formatNumber(r.trainLoss, 3, undefined, lang),
    'test-loss': formatNumber(r.testLoss, 3, undefined, lang),
    'test-accuracy': `${Math.round(100 * r.testAccuracy)} %`,
  };
};

/** Stands for a message's argument; `before(…)` is the fixed text a message starts with. */
const SLOT = '\u0001';
const before = (message: string) => message.split(SLOT)[0]!;
/** A pattern for a message whose arguments are all numbers: each number matches any whole number. */
const withNumbers = (message: (...n: number[]) => string) =>
  new RegExp(message(987001, 987002, 987003).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/98700\d/g, '\\d+'));

const finished = (page: Page, lab: string, { t }: LanguageCase = languageCase('en')) =>
  trainingFinished(page, `#${lab} .rl-status`, before(t.regularizationLab.finished(SLOT, SLOT)));

/** Presses Tab until the focused element matches `selector` (at most `max` presses); fails otherwise. */
async function tabTo(page: Page, selector: string, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

forEachLanguage((language) => {
  const { lang, t, path } = language;
  const T = t.regularizationLab;

  describe('RegularizationLab', () => {
    it('trains L2 + dropout against the plain run by keyboard and shows the engine\'s numbers and feedback', async () => {
      const { page, problems } = await openPage(session, path(ENGLISH_PATH));
      await page.waitForSelector('#lab-overfit tr[data-run="with"]');
      // Starts with L2 on; add dropout with the keyboard.
      await page.focus('#lab-overfit-l2');
      await tabTo(page, '#lab-overfit-dropout');
      await page.keyboard.press('Space');
      expect(await page.isChecked('#lab-overfit-dropout')).toBe(true);
      // Predict "lower" with the keyboard: focus the first option and select it.
      await tabTo(page, '#lab-overfit-predict-lower');
      await page.keyboard.press('Space');
      await tabTo(page, '#lab-overfit .rl-train');
      await page.keyboard.press('Enter');
      // While it trains, the status says how far each run is, in the page's words.
      await expect.poll(() => page.textContent('#lab-overfit .rl-status')).toMatch(withNumbers(T.trainingEpochs));
      expect(await page.textContent('#lab-overfit .rl-status')).toMatch(lang === 'es' ? /^Entrenando: época \d+ de/ : /^Training: epoch \d+ of/);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t.trainingControls.skip);
      await page.keyboard.press('Enter');
      await finished(page, 'lab-overfit', language);
      // Skip, disabled once the run ends, gave the keyboard back to Train (not to the page's body).
      expect(await page.evaluate((s) => document.activeElement?.matches(s), '#lab-overfit .rl-train')).toBe(true);

      const seed = REGULARIZATION_SCENARIO.seed;
      const techniques: Techniques = { l2: TECHNIQUE_DEFAULTS.l2, dropout: TECHNIQUE_DEFAULTS.dropout };
      const engine = await engineOf(page, '#lab-overfit');
      expect(await page.getAttribute('#lab-overfit', 'data-engine')).toBe('wasm'); // the fast engine loaded
      const plain = createRun(regularizationSetup({}, seed), engine);
      const treated = createRun(regularizationSetup(techniques, seed), engine);
      const without = expectedRow(plain, language);
      const withBoth = expectedRow(treated, language);
      expect(await shownRow(page, 'lab-overfit', 'without')).toEqual(without);
      expect(await shownRow(page, 'lab-overfit', 'with')).toEqual(withBoth);
      // The default scenario shows the effect, and the feedback says the prediction was right.
      expect(treated.result().testLoss).toBeLessThan(plain.result().testLoss);
      const feedback = (await page.textContent('#lab-overfit .rl-feedback'))!;
      expect(feedback.startsWith(before(T.feedback.lowerRight(SLOT)))).toBe(true);
      expect(feedback).toMatch(lang === 'es' ? /^Correcto\./ : /^Right\./);
      expect(feedback).toContain(before(T.feedback.numbers(without['test-loss'], withBoth['test-loss'], SLOT, SLOT)));
      // One chart with both runs, two boundary pictures.
      expect(await page.locator('#lab-overfit .rl-chart svg[role="img"]').count()).toBe(1);
      expect(await page.locator('#lab-overfit .rl-panels canvas[role="img"]').count()).toBe(2);
      expect(await page.textContent('#lab-overfit .line-legend')).toContain(T.lines.testWithout);
      // Epoch, step and batch, in the Notation page's words.
      const { epochs, data, train } = REGULARIZATION_SCENARIO;
      const P = t.trainingProgress;
      const perEpoch = Math.ceil(data.trainSize / train.batchSize);
      expect(await page.textContent('#lab-overfit [data-training-progress]'))
        .toBe(`${P.epochOf(epochs, epochs)} · ${P.step(epochs * perEpoch)} · ${P.batches(train.batchSize, data.trainSize, perEpoch)}`);
      expect(await page.textContent('#lab-overfit [data-training-progress]'))
        .toContain(lang === 'es' ? `Época ${epochs} de ${epochs}` : `Epoch ${epochs} of ${epochs}`);
      // The weights view: L2 made the weights smaller on average, as the engine's own networks say.
      const meanAbs = (run: ScenarioRun) => { const w = run.network.getParameters().weights.flat(); return w.reduce((s, v) => s + Math.abs(v), 0) / w.length; };
      const shownMean = async (run: string) => Number(await page.getAttribute(`#lab-overfit .rl-weights-summary li[data-run="${run}"]`, 'data-mean-abs'));
      expect(await shownMean('without')).toBeCloseTo(meanAbs(plain), 6);
      expect(await shownMean('with')).toBeCloseTo(meanAbs(treated), 6);
      expect(await shownMean('with')).toBeLessThan(0.8 * await shownMean('without'));
      // And says so in words, with the page's decimal mark.
      const summary = (await page.textContent('#lab-overfit .rl-weights-summary li[data-run="with"]'))!;
      expect(summary).toContain(before(T.weightsSummary(formatNumber(meanAbs(treated), 3, undefined, lang), SLOT)));
      expect(summary).toMatch(lang === 'es' ? /de los pesos está a menos de 0,01 de cero$/ : /of the weights are within 0\.01 of zero$/);

      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it(`marks where early stopping kept its weights, and plots the decay schedule${lang === 'es' ? ', on a 360 px phone in the dark theme' : ''}`, async () => {
      const phone = { width: 360, height: 740, colorScheme: 'dark' } as const;
      const { page, problems } = await openPage(session, path(ENGLISH_PATH), { reducedMotion: 'reduce', ...(lang === 'es' ? phone : {}) });
      await page.waitForSelector('#lab-overfit tr[data-run="with"]');
      await page.focus('#lab-overfit-l2');
      await page.keyboard.press('Space'); // L2 off
      await tabTo(page, '#lab-overfit-earlyStopping');
      await page.keyboard.press('Space');
      await tabTo(page, '#lab-overfit-decay');
      await page.keyboard.press('Space');
      await tabTo(page, '#lab-overfit-predict-lower');
      await page.keyboard.press('Space');
      await tabTo(page, '#lab-overfit .rl-train');
      await page.keyboard.press('Enter');
      // Reduced motion: the status says so, after how far each run is, in the page's words.
      expect(await page.textContent('#lab-overfit .rl-status')).toMatch(withNumbers(T.trainingEpochs));
      expect(await page.textContent('#lab-overfit .rl-status')).toContain(t.trainingControls.reducedMotion);
      await finished(page, 'lab-overfit', language);

      const seed = REGULARIZATION_SCENARIO.seed;
      const treated = createRun(regularizationSetup({ earlyStopping: TECHNIQUE_DEFAULTS.earlyStopping, decay: TECHNIQUE_DEFAULTS.decay }, seed), await engineOf(page, '#lab-overfit'));
      const row = expectedRow(treated, language);
      expect(treated.status()).toBe('stopped early');
      expect(await shownRow(page, 'lab-overfit', 'with')).toEqual(row);
      const kept = treated.bestEpoch()! + 1;
      expect(await page.textContent('#lab-overfit .rl-status')).toContain(T.stoppedEarly(treated.history.length, kept));
      expect(await page.textContent('#lab-overfit .rl-status')).toContain(lang === 'es' ? `conservó los pesos de la época ${kept}` : `kept the weights of epoch ${kept}`);
      expect(await page.textContent('#lab-overfit .rl-chart')).toContain(T.keptMark(kept));
      expect(await page.locator('#lab-overfit .rl-schedule svg').count()).toBe(1);
      if (lang === 'es') {
        expect(await scrollsHorizontally(page)).toBe(false);
        expect(await seriousAxeViolations(page)).toEqual([]);
      }
      expect(problems).toEqual([]);
      await page.close();
    });

    if (lang === 'es') return;

    it('shows regularization not curing the underfitting network, and fits a 360 px phone in the dark', async () => {
      const { page, problems } = await openPage(session, path(ENGLISH_PATH), { width: 360, height: 740, colorScheme: 'dark', reducedMotion: 'reduce' });
      await page.waitForSelector('#lab-underfit tr[data-run="with"]');
      await page.focus('#lab-underfit-predict-same');
      await page.keyboard.press('Space');
      await tabTo(page, '#lab-underfit .rl-train');
      await page.keyboard.press('Enter');
      await finished(page, 'lab-underfit', language);
      const seed = UNDERFIT_SCENARIO.seed;
      const engine = await engineOf(page, '#lab-underfit');
      const plain = createRun(regularizationSetup({}, seed, UNDERFIT_SCENARIO), engine);
      const treated = createRun(regularizationSetup({ l2: TECHNIQUE_DEFAULTS.l2 }, seed, UNDERFIT_SCENARIO), engine);
      expect(await shownRow(page, 'lab-underfit', 'without')).toEqual(expectedRow(plain, language));
      expect(await shownRow(page, 'lab-underfit', 'with')).toEqual(expectedRow(treated, language));
      expect(treated.result().trainLoss).toBeGreaterThan(0.3); // still underfitting
      expect(await scrollsHorizontally(page)).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});

// The L1 weights view: numbers read from attributes, no words: once, on the English page.
describe('RegularizationLab, language-free', () => {
  it('shows L1 leaving many weights near zero, in the weights view and in words', async () => {
    const { page, problems } = await openPage(session, ENGLISH_PATH, { reducedMotion: 'reduce' });
    await page.waitForSelector('#lab-overfit tr[data-run="with"]');
    await page.focus('#lab-overfit-l2');
    await page.keyboard.press('Space'); // L2 off
    await tabTo(page, '#lab-overfit-l1');
    await page.keyboard.press('Space');
    await tabTo(page, '#lab-overfit-predict-lower');
    await page.keyboard.press('Space');
    await tabTo(page, '#lab-overfit .rl-train');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // skip to the end
    await finished(page, 'lab-overfit');
    const nearZero = async (run: string) => Number(await page.getAttribute(`#lab-overfit .rl-weights-summary li[data-run="${run}"]`, 'data-near-zero'));
    const engine = await engineOf(page, '#lab-overfit');
    const treated = createRun(regularizationSetup({ l1: TECHNIQUE_DEFAULTS.l1 }, REGULARIZATION_SCENARIO.seed), engine);
    runToEnd(treated);
    const w = treated.network.getParameters().weights.flat();
    expect(await nearZero('with')).toBeCloseTo(w.filter((v) => Math.abs(v) < 0.01).length / w.length, 9);
    expect(await nearZero('with')).toBeGreaterThan(await nearZero('without') + 0.1);
    expect(await page.textContent('#lab-overfit .rl-weights-summary li[data-run="with"]')).toMatch(/of the weights are within 0\.01 of zero/);
    expect(problems).toEqual([]);
    await page.close();
  });
});
