// The exercise cells of the chapters and chapter 7's cells, in the built site, from the keyboard: each
// exercise accepts a right answer and names the misconception of a typical wrong one; chapter 7's Value
// MLP follows the engine's loss curve; digits() loads the site's digit file inside the cell's Worker.
// (The cell itself, its safety and saving are tested in code-cell.test.ts.)
//
// The exercises on the English and the Spanish page (content/es/cells/: the same programs with Spanish
// comments and messages): the verdicts and the misconception are the page's catalogue words, and nothing
// of the other language shows in the cell. Chapter 7 once, on the English page: the Value MLP's loss
// curve and the digit file are the same computation and the same bytes on every page (the Spanish cells
// are checked to be the same programs, and to give the same curve, in tests/unit/es-cells.test.ts).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, type Session } from './support/browser';
import { finishedStatus, foreignInCell } from './support/code-cells';
import { forEachLanguage, languageCase, type LanguageCase } from './support/languages';
import { EXERCISES, cellSource, misconceptionText, withFunction, withoutExperiment } from '../support/cell-answers.ts';

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

/** A chapter's cell on the language's page, opened at the cell and run from the keyboard. */
async function openCell({ t, path }: LanguageCase, chapter: string, cell: string) {
  const { page, problems } = await openPage(session, `${path(`/chapters/${chapter}/`)}#cell-${cell}`);
  const root = `#cell-${cell}`;
  const busy = [t.codeCell.running, t.codeCell.starting, t.codeCell.loadingEditor];
  const output = page.locator(`${root} [data-output]`);
  /** Replaces the code from the keyboard (unless `code` is undefined), runs it with Ctrl+Enter and returns the status line at its end. */
  const run = async (code: string | undefined): Promise<string> => {
    if (!(await page.evaluate((r) => document.activeElement?.matches(`${r} .cm-content`) ?? false, root))) {
      await tabTo(page, `${root} [data-static], ${root} .cm-content`);
      await page.locator(`${root} .cm-content:focus`).waitFor({ timeout: 30_000 });
    }
    if (code !== undefined) {
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(code);
    }
    // The status shows "Starting…" as the key is handled, so the wait below sees this run's end.
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.waitForFunction(({ sel, busy }) => {
      const s = document.querySelector(`${sel} [data-status]`)?.textContent ?? '';
      return s !== '' && !busy.includes(s);
    }, { sel: root, busy }, { timeout: TIMEOUT });
    return (await page.locator(`${root} [data-status]`).textContent()) ?? '';
  };
  return { page, problems, root, output, run };
}

forEachLanguage((language) => {
  const { lang, t } = language;
  const finished = finishedStatus(t);

  describe('exercise cells in the page', () => {
    for (const exercise of EXERCISES) {
      it(`${exercise.chapter}: ${exercise.cell} accepts a right answer and names a typical mistake`, async () => {
        let right = cellSource(exercise.file, lang);
        for (const [name, code] of Object.entries(exercise.right)) right = withFunction(right, name, code);
        // The dropout experiment is left out: it is checked in Node, and takes seconds on this machine.
        const judged = (code: string) => withoutExperiment(code, lang);

        // Both answers in one page, one after the other, as a reader would try them.
        const { page, problems, root, output, run } = await openCell(language, exercise.chapter, exercise.cell);
        expect(await run(judged(right))).toMatch(finished);
        const passed = output.locator('.code-cell-verdict.pass');
        expect(await passed.count()).toBe(exercise.verdicts);
        for (const text of await passed.allInnerTexts()) expect(text).toContain(t.codeCell.verdictPass);

        await run(judged(withFunction(right, exercise.wrong.name, exercise.wrong.code)));
        const failed = output.locator('.code-cell-verdict.fail');
        expect(await failed.count()).toBeGreaterThan(0);
        const failures = await failed.allInnerTexts();
        for (const text of failures) expect(text).toContain(t.codeCell.verdictFail);
        expect(failures).toContainEqual(expect.stringContaining(misconceptionText(exercise, lang)));
        expect(await foreignInCell(page, root, lang)).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      }, TIMEOUT * 2);
    }
  });
});

describe('chapter 7 in the page (English page: the same computation in every language)', () => {
  const english = languageCase('en');
  const finished = finishedStatus(english.t);

  it('the Value MLP follows the engine’s loss curve, as its cell prints', async () => {
    const { page, problems, output, run } = await openCell(english, '07-build-it-yourself', 'build-mlp');
    expect(await run(undefined)).toMatch(finished);
    const gap = Number(/largest difference between the two loss curves: (\S+)/.exec(await output.innerText())?.[1]);
    expect(gap).toBeLessThan(1e-15);
    expect(problems).toEqual([]);
    await page.close();
  }, TIMEOUT);

  it('digits() loads the site’s digit file in the cell’s Worker', async () => {
    const code = 'const { train: t, test } = await digits({ train: 50, test: 10 });\nconsole.log(t.n, test.n, t.inputs[0].length, t.labels.slice(0, 5).join(","));';
    const { page, problems, output, run } = await openCell(english, '07-build-it-yourself', 'build-digits');
    expect(await run(code)).toMatch(finished);
    const file = readFileSync(new URL('../../src/cells/api/data/digits-1500.bin', import.meta.url));
    expect((await output.innerText()).trim()).toBe(`50 10 784 ${[...file.subarray(0, 5)].join(',')}`);
    expect(problems).toEqual([]);
    await page.close();
  }, TIMEOUT);
});
