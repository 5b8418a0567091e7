// The "why cross-entropy" exploration in chapter 4d, from the keyboard: the prediction is required, the run's
// numbers (table, formula slots, verdict) match gradient descent on σ(z) written out here, a wrong prediction
// gets feedback naming the misconception, sliders rerun it, and it fits a phone, axe clean, without JavaScript.
// On the English and the Spanish page: every word from the page's catalogue, numbers shown and typed with its
// decimal mark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, openPageWithoutJavaScript, type Session } from './support/browser';
import { expectAccessibleAndFits, predictAndRun, progressLine, runWithoutPrediction } from './support/explorations';
import { focusByKeyboard, typeNumber } from './support/keyboard';
import { forEachLanguage, type LanguageCase } from './support/languages';
import { formatSmall } from '../../src/ui/small-numbers.ts';
import { formatNumber, formatPlain } from '../../src/ui/format.ts';

const ENGLISH_CHAPTER = '/chapters/04d-inside-training/';
const W = '#cross-entropy-race';
const RACE = { id: 'cross-entropy-race', prefix: 'cer' };
const STEPS = 120;
/** The epoch/step line after `steps` steps, in the page's words: one example, so one step an epoch. */
const progressAfter = ({ t }: LanguageCase, steps: number) =>
  [t.trainingProgress.epochOf(steps, STEPS), t.trainingProgress.step(steps), t.trainingProgress.fullBatch(1)].join(' · ');

// Gradient descent on one sigmoid neuron with x = 1, t = 1, w₀ = b₀ = z₀/2: z moves by −2η·∂L/∂z per step.
function byHand(loss: 'mse' | 'ce', z0: number, lr: number) {
  const s = (z: number) => 1 / (1 + Math.exp(-z));
  const ys: number[] = [];
  const grads: number[] = [];
  let z = z0;
  for (let k = 0; k <= STEPS; k++) {
    const y = s(z);
    const g = loss === 'mse' ? (y - 1) * y * (1 - y) : y - 1;
    ys.push(y);
    grads.push(g);
    z -= 2 * lr * g;
  }
  const finish = ys.findIndex((y) => y >= 0.5);
  return { ys, grads, finish: finish < 0 ? undefined : finish };
}

async function table(page: Page) {
  return page.evaluate((sel) => Object.fromEntries([...document.querySelectorAll(`${sel} tr[data-run]`)].map((tr) => [
    (tr as HTMLElement).dataset.run,
    Object.fromEntries([...tr.querySelectorAll<HTMLElement>('td[data-value]')].map((td) => [td.dataset.value, td.textContent])),
  ])), W);
}

function expectedTable({ t, lang }: LanguageCase, z0: number, lr: number) {
  const row = (r: ReturnType<typeof byHand>) => ({ gradient0: formatSmall(Math.abs(r.grads[0]!), lang), finish: t.crossEntropyRace.stepsText(r.finish), final: formatSmall(r.ys[STEPS]!, lang) });
  return { mse: row(byHand('mse', z0, lr)), binaryCrossEntropy: row(byHand('ce', z0, lr)) };
}

const slot = (page: Page, name: string) => page.locator(`${W} [data-slot="${name}"]`).first().textContent();

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

/** The verdict on `choice` after the runs from z₀, η, in the page's words, from the runs computed here. */
function expectedVerdict({ t }: LanguageCase, choice: 'mse' | 'binaryCrossEntropy' | 'tie', z0: number, lr: number): string {
  const mse = byHand('mse', z0, lr);
  const ce = byHand('ce', z0, lr);
  const winner = ce.finish === mse.finish ? 'tie' : (ce.finish ?? Infinity) < (mse.finish ?? Infinity) ? 'binaryCrossEntropy' : 'mse';
  return t.crossEntropyRace.verdict(choice, winner, mse.finish, ce.finish, ce.grads[0]! / mse.grads[0]!).text;
}

forEachLanguage((language) => {
  const { lang, t, path, decimal } = language;
  const T = t.crossEntropyRace;
  const CHAPTER = path(ENGLISH_CHAPTER);
  const small = (v: number) => formatSmall(v, lang);

  describe('why cross-entropy (chapter 4d)', () => {
    it('asks for a prediction, runs both, and shows numbers and a verdict that match gradient descent done by hand', async () => {
      // The replay's animation has no language: animated on the English page, at once (reduced motion) elsewhere.
      const { page, problems } = await openPage(session, CHAPTER, { reducedMotion: lang === 'en' ? 'no-preference' : 'reduce' });
      await runWithoutPrediction(page, RACE, T.askFirst);
      expect((await progressLine(page, RACE)).text).toBe(progressAfter(language, 0));

      // The formula's numbers at the start follow the default z₀ = −4.
      const y0 = 1 / (1 + Math.exp(4));
      expect(await slot(page, 'z0')).toBe(formatNumber(-4, 1, undefined, lang));
      expect(await slot(page, 'y0')).toBe(small(y0));
      expect(await slot(page, 'sp0')).toBe(small(y0 * (1 - y0)));
      expect(await slot(page, 'gmse')).toBe(small((y0 - 1) * y0 * (1 - y0)));
      expect(await slot(page, 'gce')).toBe(small(y0 - 1));

      // Predict "squared error" (the misconception), then run: the line counts every step of the replay.
      await predictAndRun(page, RACE, 'mse');
      expect(await progressLine(page, RACE)).toMatchObject({ text: progressAfter(language, STEPS), epoch: String(STEPS), step: String(STEPS), batch: '1' });
      expect(await page.locator(`${W} .cer-status`).textContent()).toBe(T.done);
      expect(await table(page)).toEqual(expectedTable(language, -4, 0.5));
      const mse = byHand('mse', -4, 0.5);
      const ce = byHand('ce', -4, 0.5);
      expect(ce.finish!).toBeLessThan(mse.finish!);
      expect(await page.locator(W).getAttribute('data-winner')).toBe('binaryCrossEntropy');
      // The feedback names the misconception ("the more wrong, the bigger the step") and gives the runs' facts.
      const verdict = (await page.locator(`${W} .cer-feedback`).textContent())!;
      expect(verdict).toBe(expectedVerdict(language, 'mse', -4, 0.5));
      expect(verdict).not.toBe(expectedVerdict(language, 'binaryCrossEntropy', -4, 0.5));
      expect(verdict).toContain(T.finishText(mse.finish));
      expect(verdict).toContain(formatNumber(ce.grads[0]! / mse.grads[0]!, 0, undefined, lang));
      expect(await page.locator(`${W} .cer-feedback .prediction-wrong`).count()).toBe(1);
      // Both charts are drawn, each one image with a name that gives the last values.
      await expect.poll(() => page.locator(`${W} [data-chart] svg[role="img"]`).count()).toBe(2);
      expect(await page.locator(`${W} [data-chart="gradient"] svg`).getAttribute('aria-label'))
        .toBe(T.chartLabel(T.gradientChart, small(Math.abs(mse.grads[STEPS]!)), small(Math.abs(ce.grads[STEPS]!))));

      // Sliders from the keyboard rerun both: z₀ one notch right (−3.5), then a learning rate typed the
      // language's way ("1,2" on the Spanish page).
      await focusByKeyboard(page, '#cross-entropy-race-z0-range');
      await page.keyboard.press('ArrowRight');
      await typeNumber(page, 'cross-entropy-race-lr', `1${decimal}2`);
      await expect.poll(() => table(page)).toEqual(expectedTable(language, -3.5, 1.2));
      expect(await slot(page, 'z0')).toBe(formatNumber(-3.5, 1, undefined, lang));
      expect(await page.locator('#cross-entropy-race-lr-number').inputValue()).toBe(formatNumber(1.2, 2, undefined, lang));

      // Run again from the keyboard: the button is busy while the race replays but keeps the focus (a disabled
      // one drops it to the page's body in Chromium 150), and is ready again at the end, still focused.
      await focusByKeyboard(page, `${W} .cer-train`);
      await page.keyboard.press('Enter');
      expect(await page.evaluate((s) => document.activeElement?.matches(s), `${W} .cer-train`)).toBe(true);
      await expect.poll(() => page.locator(`${W} .cer-train`).getAttribute('aria-disabled')).toBeNull();
      expect(await page.evaluate((s) => document.activeElement?.matches(s), `${W} .cer-train`)).toBe(true);

      // Reset from the keyboard: no prediction, no verdict, no table, the line back at step 0.
      await focusByKeyboard(page, `${W} .cer-reset`);
      await page.keyboard.press('Enter');
      expect((await progressLine(page, RACE)).text).toBe(progressAfter(language, 0));
      expect(await page.locator(`${W} input[name="cross-entropy-race-predict"]:checked`).count()).toBe(0);
      expect(await page.locator(`${W} .cer-feedback`).textContent()).toBe('');
      expect(await page.locator(`${W} .cer-table`).isHidden()).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('fits a 360 px phone in the dark theme after a run, axe clean, every control labelled', async () => {
      const { page, problems } = await openPage(session, CHAPTER, { width: 360, height: 740, colorScheme: 'dark', reducedMotion: 'reduce' });
      await predictAndRun(page, RACE, 'tie');
      await expect.poll(() => page.locator(`${W} [data-chart] svg`).count()).toBe(2);
      expect(await page.locator(`${W} .cer-feedback`).textContent()).toBe(expectedVerdict(language, 'tie', -4, 0.5));
      await expectAccessibleAndFits(page, RACE);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('without JavaScript describes the result with the engine’s numbers', async () => {
      const { page, close } = await openPageWithoutJavaScript(CHAPTER);
      const text = (await page.locator(`${W} .widget-fallback`).textContent())!.replace(/\s+/g, ' ');
      const mse = byHand('mse', -4, 0.5);
      const ce = byHand('ce', -4, 0.5);
      expect(text).toContain(T.fallback(formatNumber(-4, 1, undefined, lang), formatPlain(0.5, lang), mse.finish!, ce.finish!, Math.round(ce.grads[0]! / mse.grads[0]!)));
      // The formulas typeset at build time show the page's numbers too.
      expect(await slot(page, 'y0')).toBe(small(1 / (1 + Math.exp(4))));
      await close();
    });
  });
});

// Reduced motion from a start squared error never recovers from, and a right prediction: behaviour with no
// language of its own, once, on the English page (the "done" line is checked on both pages above, and the
// verdict's words come from the same catalogue function as the wrong answers' checked there).
forEachLanguage((language) => {
  const { t, path } = language;
  const T = t.crossEntropyRace;
  const CHAPTER = path(ENGLISH_CHAPTER);
  describe('why cross-entropy (chapter 4d)', () => {
    it('with reduced motion shows the final result at once, and a right prediction is confirmed', async () => {
      const { page, problems } = await openPage(session, CHAPTER, { reducedMotion: 'reduce' });
      await typeNumber(page, 'cross-entropy-race-z0', '-8');
      await predictAndRun(page, RACE, 'binaryCrossEntropy');
      expect((await progressLine(page, RACE)).text).toBe(progressAfter(language, STEPS));
      expect(await page.locator(`${W} .cer-status`).textContent()).toBe(T.done);
      expect(await table(page)).toEqual(expectedTable(language, -8, 0.5));
      expect(byHand('mse', -8, 0.5).finish).toBeUndefined(); // squared error never gets there from −8
      expect(await page.locator(`${W} .cer-feedback`).textContent()).toBe(expectedVerdict(language, 'binaryCrossEntropy', -8, 0.5));
      expect(await page.locator(`${W} .cer-feedback .prediction-wrong`).count()).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
}, ['en']);
