// Chapter 4c's SizeMatters widget in a real browser, operated with the keyboard. The numbers it shows are
// checked against the same scenario run here in Node on the reference engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { diagnose } from '../../src/scenarios/diagnose.ts';
import { createRun, runToEnd } from '../../src/scenarios/run.ts';
import { SIZE_SCENARIO, sizeSetup } from '../../src/scenarios/size-matters.ts';
import { formatNumber } from '../../src/ui/format.ts';
import type { NetworkFactory } from '../../src/scenarios/run.ts';
import { launchBrowser, openPage, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { loadEngineOf, shownValues, trainingFinished, type EngineOf } from './support/training-widgets';

const PATH = '/chapters/04c-size-matters/';
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

const expected = (size: number, engine: NetworkFactory) => {
  const run = createRun(sizeSetup(size), engine);
  const r = runToEnd(run);
  return { run, r, shown: { epochs: String(r.epochs), 'train-loss': formatNumber(r.trainLoss, 3), 'test-loss': formatNumber(r.testLoss, 3), 'train-accuracy': `${Math.round(100 * r.trainAccuracy)} %`, 'test-accuracy': `${Math.round(100 * r.testAccuracy)} %` } };
};

const finished = (page: Page) => trainingFinished(page, '.sm-status');

describe('SizeMatters', () => {
  it('waits for a prediction, trains the three sizes when asked by keyboard, and shows the engine\'s numbers', async () => {
    const { page, problems } = await openPage(session, PATH);
    await page.waitForSelector('.sm-card');
    // Nothing trains by itself (a check that nothing happens, so a fixed wait).
    await page.waitForTimeout(500);
    expect((await cardNumbers(page, 64)).epochs).toBe('0');

    // Train without predicting: the widget asks for a prediction and moves focus to it.
    await page.focus('.sm-train');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('.sm-status')).toMatch(/Choose an answer first/);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('size-matters-predict');

    // From the focused first option, arrow keys pick 4 then 64; Tab reaches "Train all three"; Enter starts; skip.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (document.querySelector('input[name="size-matters-predict"]:checked') as HTMLInputElement).value)).toBe('64');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Train all three');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the end');
    await page.keyboard.press('Enter');
    await finished(page);
    const engine = await engineOf(page, '#size-matters');
    expect(await page.getAttribute('#size-matters', 'data-engine')).toBe('wasm'); // the fast engine loaded

    const verdicts: Record<number, string> = { [SIZE_SCENARIO.compared[0]]: 'Underfitting', [SIZE_SCENARIO.compared[1]]: 'Good fit', [SIZE_SCENARIO.compared[2]]: 'Overfitting' };
    for (const size of SIZE_SCENARIO.compared) {
      const { shown, run } = expected(size, engine);
      const numbers = await cardNumbers(page, size);
      expect(numbers).toMatchObject(shown);
      expect(numbers.fit).toBe(verdicts[size]);
      expect(diagnose(run.history)).toBe(verdicts[size]!.toLowerCase());
    }
    const feedback = await page.textContent('.sm-feedback');
    const big = expected(64, engine).r;
    expect(feedback).toMatch(/^Yes\./);
    expect(feedback).toContain(formatNumber(big.testLoss, 3));

    // Charts and boundaries are drawn: one Plot SVG and a picture per card.
    expect(await page.locator('.sm-cards .sm-chart svg').count()).toBe(3);
    expect(await page.locator('.sm-cards canvas[role="img"]').count()).toBe(3);
    expect(await page.getAttribute('.sm-card[data-size="64"] canvas[role="img"]', 'aria-label')).toContain(`test loss ${formatNumber(big.testLoss, 3)}`);

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('trains any size from the slider, typed in by keyboard', async () => {
    const { page, problems } = await openPage(session, PATH, { reducedMotion: 'reduce' });
    await page.waitForSelector('.sm-card');
    await page.focus('#size-matters-size-number');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Train 2 neurons');
    await page.keyboard.press('Enter');
    await finished(page);
    expect(await cardNumbers(page, 2, '.sm-explore-cards')).toMatchObject(expected(2, await engineOf(page, '#size-matters')).shown);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a 360 px phone in the dark theme after training, without problems', async () => {
    const { page, problems } = await openPage(session, PATH, { width: 360, height: 740, colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.waitForSelector('.sm-card');
    await page.check('#size-matters-predict-4');
    await page.click('.sm-train');
    await finished(page);
    expect(await page.textContent('.sm-feedback')).toMatch(/^Not this one/);
    expect(await scrollsHorizontally(page)).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
