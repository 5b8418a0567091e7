// Progress kept in the browser (src/classroom/progress/): answers survive a reload with their verdict,
// another tab's answer shows here, and export → erase → import on the "Your progress" page puts them back,
// while a damaged, foreign or future-version file changes nothing and says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, type Session } from './support/browser';

const CHAPTER = '/chapters/01-what-is-a-neural-network/';
const q = (n: number) => `#check-1 li:nth-child(${n}) [data-question]`;

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

async function answerChapterOne(page: Page): Promise<void> {
  await page.fill(`${q(1)} [data-number-answer]`, '-0.25'); // z itself: a named misconception
  await page.press(`${q(1)} [data-number-answer]`, 'Enter');
  await page.check(`${q(2)} input[value="1"]`);
  await page.click(`${q(2)} [data-check]`);
  await expect.poll(() => page.locator(`${q(2)} [data-verdict]`).textContent()).toBe('Correct.');
}

async function expectChapterOneRestored(page: Page): Promise<void> {
  await expect.poll(() => page.inputValue(`${q(1)} [data-number-answer]`)).toBe('-0.25');
  expect(await page.locator(`${q(1)} [data-verdict]`).textContent()).toBe('Not quite.');
  expect(await page.locator(`${q(1)} [data-explanation="misconception-0"]`).isVisible()).toBe(true);
  expect(await page.locator(`${q(1)} details.self-check-answer`).isVisible()).toBe(true);
  expect(await page.isChecked(`${q(2)} input[value="1"]`)).toBe(true);
  expect(await page.locator(`${q(2)} [data-verdict]`).textContent()).toBe('Correct.');
  expect(await page.locator(`${q(2)} [data-explanation="1"]`).isVisible()).toBe(true);
  // Never answered: stays blank.
  expect(await page.locator(`${q(3)} input:checked`).count()).toBe(0);
  expect(await page.locator(`${q(3)} details.self-check-answer`).isVisible()).toBe(false);
}

describe('self-check answers are kept', () => {
  it('survive a reload, verdicts and misconceptions shown again', async () => {
    const { page, problems } = await openPage(session, CHAPTER);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await answerChapterOne(page);
    await page.reload();
    await expectChapterOneRestored(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an answer given in another tab shows in this one', async () => {
    const { page: here } = await openPage(session, CHAPTER);
    const { page: there } = await openPage(session, CHAPTER);
    await there.fill(`${q(1)} [data-number-answer]`, '0');
    await there.press(`${q(1)} [data-number-answer]`, 'Enter');
    await expect.poll(() => here.inputValue(`${q(1)} [data-number-answer]`)).toBe('0');
    expect(await here.locator(`${q(1)} [data-verdict]`).textContent()).toBe('Correct.');
    await there.close();
    await here.close();
  });
});
