// The exercise cells of the chapters and chapter 7's cells, in the built site, from the keyboard: each
// exercise accepts a right answer and names the misconception of a typical wrong one; chapter 7's Value
// MLP follows the engine's loss curve; digits() loads the site's digit file inside the cell's Worker.
// (The cell itself, its safety and saving are tested in code-cell.test.ts.)
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, type Session } from './support/browser';
import { EXERCISES, withFunction } from '../support/cell-answers.ts';

const TIMEOUT = 120_000;
let session: Session;
beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
});

/** Presses Tab until the focused element matches `selector` (Escape first whenever the editor has focus). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await page.evaluate(() => document.activeElement?.classList.contains('cm-content') ?? false)) await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Opens the chapter at the cell, replaces its code from the keyboard and runs it with Ctrl+Enter. */
async function runInCell(chapter: string, cell: string, code: string | undefined) {
  const { page, problems } = await openPage(session, `/chapters/${chapter}/#cell-${cell}`);
  const root = `#cell-${cell}`;
  await tabTo(page, `${root} [data-static], ${root} .cm-content`);
  await page.locator(`${root} .cm-content:focus`).waitFor({ timeout: 30_000 });
  if (code !== undefined) {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(code);
  }
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.waitForFunction((sel) => {
    const s = document.querySelector(`${sel} [data-status]`)?.textContent ?? '';
    return s !== '' && !/Running|Starting|Loading/.test(s);
  }, root, { timeout: TIMEOUT });
  return { page, problems, status: (await page.locator(`${root} [data-status]`).textContent()) ?? '', output: page.locator(`${root} [data-output]`) };
}

const source = (file: string) => readFileSync(new URL(`../../content/cells/${file}`, import.meta.url), 'utf8');

describe('exercise cells in the page', () => {
  for (const exercise of EXERCISES) {
    it(`${exercise.chapter}: ${exercise.cell} accepts a right answer and names a typical mistake`, async () => {
      let right = source(exercise.file);
      for (const [name, code] of Object.entries(exercise.right)) right = withFunction(right, name, code);
      // The dropout experiment is left out: it is checked in Node, and takes seconds on this machine.
      const judged = (code: string) => code.split('\n// The experiment')[0]!;

      const pass = await runInCell(exercise.chapter, exercise.cell, judged(right));
      expect(pass.status).toMatch(/^Finished/);
      expect(await pass.output.locator('.code-cell-verdict.pass').count()).toBe(exercise.verdicts);
      expect(pass.problems).toEqual([]);
      await pass.page.close();

      const wrong = await runInCell(exercise.chapter, exercise.cell, judged(withFunction(right, exercise.wrong.name, exercise.wrong.code)));
      const failed = wrong.output.locator('.code-cell-verdict.fail');
      expect(await failed.count()).toBeGreaterThan(0);
      expect(await failed.allInnerTexts()).toContainEqual(expect.stringContaining(exercise.wrong.misconception));
      await wrong.page.close();
    }, TIMEOUT * 2);
  }
});

describe('chapter 7 in the page', () => {
  it('the Value MLP follows the engine’s loss curve, as its cell prints', async () => {
    const { page, problems, status, output } = await runInCell('07-build-it-yourself', 'build-mlp', undefined);
    expect(status).toMatch(/^Finished/);
    const gap = Number(/largest difference between the two loss curves: (\S+)/.exec(await output.innerText())?.[1]);
    expect(gap).toBeLessThan(1e-15);
    expect(problems).toEqual([]);
    await page.close();
  }, TIMEOUT);

  it('digits() loads the site’s digit file in the cell’s Worker', async () => {
    const code = 'const { train: t, test } = await digits({ train: 50, test: 10 });\nconsole.log(t.n, test.n, t.inputs[0].length, t.labels.slice(0, 5).join(","));';
    const { page, problems, status, output } = await runInCell('07-build-it-yourself', 'build-digits', code);
    expect(status).toMatch(/^Finished/);
    const file = readFileSync(new URL('../../src/cells/api/data/digits-1500.bin', import.meta.url));
    expect((await output.innerText()).trim()).toBe(`50 10 784 ${[...file.subarray(0, 5)].join(',')}`);
    expect(problems).toEqual([]);
    await page.close();
  }, TIMEOUT);
});
