// Helpers for the browser tests of the predict-then-run explorations of chapter 4d (CrossEntropyRace,
// OptimizerSurface, VanishingGradients, mounted by src/ui/exploration.ts): the widget root is `#${id}`, its
// elements carry the widget's class prefix (`.${prefix}-train`, `.${prefix}-status`, …).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { scrollsHorizontally, seriousAxeViolations } from './browser';
import { chooseRadio, focusByKeyboard } from './keyboard';

export interface ExplorationUnderTest {
  /** The section's id, e.g. 'optimizer-surface'. */
  id: string;
  /** The class prefix, e.g. 'os'. */
  prefix: string;
}

/**
 * Presses Run from the keyboard without a prediction: the status line must ask for one in the page's words
 * (`askFirst`, from its catalogue), and focus goes to the first choice.
 */
export async function runWithoutPrediction(page: Page, w: ExplorationUnderTest, askFirst: string): Promise<void> {
  await focusByKeyboard(page, `#${w.id} .${w.prefix}-train`);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator(`#${w.id} .${w.prefix}-status`).textContent()).toBe(askFirst);
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(`${w.id}-predict`);
}

/**
 * Chooses `choice` and presses Run, both from the keyboard; waits until the widget is done (with `animated`,
 * first until it is replaying the run: no reduced motion, so it must animate).
 */
export async function predictAndRun(page: Page, w: ExplorationUnderTest, choice: string, options: { animated?: boolean } = {}): Promise<void> {
  await chooseRadio(page, `${w.id}-predict`, choice);
  await focusByKeyboard(page, `#${w.id} .${w.prefix}-train`);
  await page.keyboard.press('Enter');
  if (options.animated) await page.waitForSelector(`#${w.id}[data-state="running"]`);
  await page.waitForSelector(`#${w.id}[data-state="done"]`, { timeout: 60_000 });
}

/** The epoch/step line (src/ui/training-progress.ts): its text and the counts it carries. */
export const progressLine = (page: Page, w: ExplorationUnderTest): Promise<{ text: string; epoch?: string; step?: string; batch?: string }> =>
  page.locator(`#${w.id} [data-training-progress]`).evaluate((p: HTMLElement) => ({
    text: p.textContent ?? '', epoch: p.dataset.progressEpoch, step: p.dataset.progressStep, batch: p.dataset.progressBatch,
  }));

/** No sideways scroll, axe clean, and every input, button and menu in the widget has a name. */
export async function expectAccessibleAndFits(page: Page, w: ExplorationUnderTest): Promise<void> {
  expect(await scrollsHorizontally(page)).toBe(false);
  expect(await seriousAxeViolations(page)).toEqual([]);
  const unlabelled = await page.evaluate((sel) => [...document.querySelectorAll(`${sel} input, ${sel} button, ${sel} select`)]
    .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label') && !el.textContent?.trim())
    .map((el) => el.outerHTML), `#${w.id}`);
  expect(unlabelled).toEqual([]);
}
