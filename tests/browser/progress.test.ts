// Progress kept in the browser (src/classroom/progress/): answers survive a reload with their verdict,
// another tab's answer shows here, and export → erase → import on the "Your progress" page puts them back,
// while a damaged, foreign or future-version file changes nothing and says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';

const CHAPTER = '/chapters/01-what-is-a-neural-network/';
const q = (n: number) => `#check-1 li:nth-child(${n}) [data-question]`;

/** Reloads once the page is idle (a reload while the favicon is still loading aborts it, which counts as a problem). */
async function reload(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.reload();
}

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
    await reload(page);
    await answerChapterOne(page);
    await reload(page);
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

describe('the "Your progress" page', () => {
  const PROGRESS = '/progress/';

  it('lists what was done per chapter, exports it, erases it after asking, and imports it back', async () => {
    const { page: chapter } = await openPage(session, CHAPTER);
    await chapter.evaluate(() => localStorage.clear());
    await reload(chapter);
    await answerChapterOne(chapter);
    await chapter.close();

    const { page, problems } = await openPage(session, PROGRESS);
    const one = page.locator(`[data-chapter="${CHAPTER}"]`);
    await expect.poll(() => one.locator('[data-counts]').textContent()).toMatch(/Questions: 2 of 4 answered, 1 correct/);
    expect(await one.locator('[data-items] a').count()).toBe(2);
    // Each item links back to its place on the chapter page.
    expect(await one.locator('[data-items] a').first().getAttribute('href')).toMatch(/\/chapters\/01-what-is-a-neural-network\/#check-1-q1$/);
    expect(await one.locator('[data-items] li').first().textContent()).toMatch(/✗ not yet right/);
    expect(await page.locator('[data-chapter="/chapters/03-structure/"] [data-counts]').textContent()).toBe('Nothing yet.');

    // Export: a download holding the answers.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export]')]);
    expect(download.suggestedFilename()).toMatch(/^nn101-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
    expect(JSON.parse(file)).toMatchObject({ format: 'nn101-progress', version: 1 });
    expect(Object.keys(JSON.parse(file).answers)).toEqual(expect.arrayContaining([`${CHAPTER}#check-1-q1`, `${CHAPTER}#check-1-q2`]));

    // Erase asks first; Cancel keeps everything.
    await page.click('[data-erase]');
    expect(await page.locator('[data-confirm]').isVisible()).toBe(true);
    await page.click('[data-confirm-no]');
    expect(await one.locator('[data-items] li').count()).toBe(2);
    await page.click('[data-erase]');
    await page.click('[data-confirm-yes]');
    await expect.poll(() => one.locator('[data-counts]').textContent()).toBe('Nothing yet.');
    expect(await page.locator('[data-status]').textContent()).toMatch(/erased/);

    // Import the exported file: the chapter shows the answers again, with their verdicts.
    await page.setInputFiles('[data-import-file]', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/Imported 2 answers/);
    expect(await one.locator('[data-counts]').textContent()).toMatch(/2 of 4 answered/);
    const { page: again } = await openPage(session, CHAPTER);
    await expectChapterOneRestored(again);
    await again.close();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a damaged, foreign or future-version file changes nothing and says why', async () => {
    const { page, problems } = await openPage(session, PROGRESS);
    const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    const good = { format: 'nn101-progress', version: 1, savedAt: '2026-12-03T15:00:00.000Z', answers: {}, widgets: {}, cells: {} };
    const cases: Array<[string, string, RegExp]> = [
      ['cut.json', JSON.stringify(good).slice(0, 40), /not readable JSON/],
      ['other.json', JSON.stringify({ format: 'nn101-hand-in', version: 1 }), /not an nn101 progress file/],
      ['future.json', JSON.stringify({ ...good, version: 2 }), /newer version of the course/],
      ['edited.json', JSON.stringify({ ...good, answers: { [`${CHAPTER}#check-1-q1`]: { kind: 'self-check', answer: '0', status: 'maybe' } } }), /damaged/],
    ];
    for (const [name, text, message] of cases) {
      await page.setInputFiles('[data-import-file]', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(message);
      expect(await page.locator('[data-status]').textContent()).toMatch(/Nothing was changed/);
      expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
      // The same file dropped on the drop zone gets the same answer.
      await page.evaluate(async ({ text, name }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name, { type: 'application/json' }));
        document.querySelector('[data-drop]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, { text, name });
      await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(message);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works from the keyboard, at 360 px, axe clean, and is linked from every page’s header', async () => {
    const { page, problems } = await openPage(session, CHAPTER, { width: 360, height: 800 });
    await page.click('.site-header a[href$="/progress/"]');
    await page.waitForURL(/\/progress\/$/);
    await page.waitForSelector('[data-progress-page][data-mounted]');
    expect(await scrollsHorizontally(page)).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Tab reaches Export, Import and Erase; Enter on Erase asks, and focus goes to Cancel.
    const reached = new Set<string>();
    for (let i = 0; i < 40 && reached.size < 3; i++) {
      await page.keyboard.press('Tab');
      const which = await page.evaluate(() => ['data-export', 'data-import', 'data-erase'].find((a) => document.activeElement?.hasAttribute(a)));
      if (which) reached.add(which);
      if (which === 'data-erase') break;
    }
    expect([...reached].sort()).toEqual(['data-erase', 'data-export', 'data-import']);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-confirm-no'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-erase'))).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('worked solutions', () => {
  const CH3 = '/chapters/03-structure/';
  const CELL = '#cell-exercise-count-parameters';

  it('open only after a real attempt: an exercise cell’s check runs, then its solution loads and passes', async () => {
    const { page, problems } = await openPage(session, CH3);
    await page.evaluate(() => localStorage.clear());
    await reload(page);
    const solution = page.locator('[data-solution][data-after="cell:exercise-count-parameters"]');
    await expect.poll(() => solution.getAttribute('data-state')).toBe('locked');
    // The reader scrolls to the exercise: chapter parts far below the fold are not rendered (content-visibility),
    // and code cells start only near view.
    await solution.scrollIntoViewIfNeeded();
    expect(await solution.locator('[data-solution-body]').isVisible()).toBe(false);
    expect(await solution.locator('[data-solution-locked]').isVisible()).toBe(true);
    expect(await page.locator(`${CELL} [data-cell-solution]`).isVisible()).toBe(false);

    // Running the starting code is an attempt: the check fails, and both the written and the code solution open.
    await page.click(`${CELL} [data-run]`);
    await page.locator(`${CELL} .code-cell-verdict.fail`).waitFor({ timeout: 120_000 });
    await expect.poll(() => solution.getAttribute('data-state')).toBe('open');
    await solution.locator('summary').click();
    expect(await solution.locator('[data-solution-body]').textContent()).toMatch(/25,450/);
    await page.click(`${CELL} [data-load-solution]`);
    await expect.poll(() => page.locator(`${CELL} [data-solution-status]`).textContent()).toMatch(/solution is in the cell/);
    expect(await page.locator(`${CELL} [data-undo]`).isVisible()).toBe(true); // the reader's code one click away
    await page.click(`${CELL} [data-run]`);
    await page.locator(`${CELL} .code-cell-verdict.pass`).waitFor({ timeout: 120_000 });

    // After a reload the result is remembered, the solution stays open, and the progress page counts the pass.
    await reload(page);
    await expect.poll(() => solution.getAttribute('data-state')).toBe('open');
    await page.locator(CELL).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(`${CELL} [data-messages]`).textContent()).toMatch(/check passed/);
    expect(await page.locator(`${CELL} [data-cell-solution]`).isVisible()).toBe(true);
    const { page: progress } = await openPage(session, '/progress/');
    await expect.poll(() => progress.locator(`[data-chapter="${CH3}"] [data-counts]`).textContent()).toMatch(/Exercise cells: 1 of 1 passed/);
    await progress.close();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a prediction opens chapter 5’s lab solution, and is shown again with its verdict after a reload', async () => {
    const CH5 = '/chapters/05-regularization/';
    const { page, problems } = await openPage(session, CH5, { reducedMotion: 'reduce' });
    await page.evaluate(() => localStorage.clear());
    await reload(page);
    const solution = page.locator('[data-solution][data-after="lab-underfit-predict"]');
    await expect.poll(() => solution.getAttribute('data-state')).toBe('locked');
    await page.locator('#lab-underfit .rl-train').waitFor();
    await page.check('#lab-underfit input[name="lab-underfit-predict"] >> nth=0');
    const chosen = await page.locator('#lab-underfit input[name="lab-underfit-predict"] >> nth=0').getAttribute('value');
    await page.click('#lab-underfit .rl-train');
    await page.locator('#lab-underfit .rl-feedback p').waitFor({ timeout: 120_000 });
    await expect.poll(() => solution.getAttribute('data-state')).toBe('open');
    const right = await page.locator('#lab-underfit .rl-feedback .prediction-wrong').count() === 0;
    await reload(page);
    const note = page.locator('#lab-underfit [data-kept-prediction]');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(right ? /It was right/ : /It was not right/);
    // Not ticked again: the widget asks for a fresh prediction before the next run.
    expect(await page.locator('#lab-underfit input[name="lab-underfit-predict"]:checked').count()).toBe(0);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('nn101.progress.v1')!).answers)).toMatchObject({
      [`${CH5}#lab-underfit-predict`]: { kind: 'prediction', answer: chosen, attempts: 1 },
    });
    expect(await solution.getAttribute('data-state')).toBe('open');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('chapter 2’s "Try to fool it" solution opens once the reader’s own drawing has been read', async () => {
    const { page, problems } = await openPage(session, '/chapters/02-uses/');
    await page.evaluate(() => localStorage.clear());
    await reload(page);
    const solution = page.locator('[data-solution][data-after="widget:digit-pad"]');
    await expect.poll(() => solution.getAttribute('data-state')).toBe('locked');
    await page.locator('.digit-pad').scrollIntoViewIfNeeded();
    await page.locator('.pad-status', { hasText: 'Model ready' }).waitFor({ timeout: 60_000 });
    await page.locator('.pad-canvas').scrollIntoViewIfNeeded();
    const box = (await page.locator('.pad-canvas').boundingBox())!;
    await page.mouse.move(box.x + 0.5 * box.width, box.y + 0.2 * box.height);
    await page.mouse.down();
    await page.mouse.move(box.x + 0.5 * box.width, box.y + 0.8 * box.height, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => solution.getAttribute('data-state'), { timeout: 30_000 }).toBe('open');
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('nn101.progress.v1')!).widgets);
    expect(kept['/chapters/02-uses/#widget:digit-pad'].results.probability).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the teacher link (?teacher=1) shows every solution at once, axe clean, at 360 px, by keyboard', async () => {
    const { page, problems } = await openPage(session, '/chapters/04c-size-matters/?teacher=1', { width: 360, height: 800 });
    await page.evaluate(() => localStorage.clear());
    await reload(page);
    const solution = page.locator('[data-solution]');
    await expect.poll(() => solution.getAttribute('data-state')).toBe('open');
    // Keyboard: Tab to the summary, Enter opens it.
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('[data-solution]') !== null && document.activeElement?.tagName === 'SUMMARY')) break;
    }
    await page.keyboard.press('Enter');
    expect(await solution.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await solution.textContent()).toMatch(/Trust the test losses/);
    expect(await scrollsHorizontally(page)).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    const { page: cells } = await openPage(session, '/chapters/03-structure/?teacher=1');
    await expect.poll(() => cells.locator('#cell-exercise-count-parameters [data-cell-solution]').isVisible()).toBe(true);
    await expect.poll(() => cells.locator('[data-solution]').getAttribute('data-state')).toBe('open');
    await cells.close();
    expect(problems).toEqual([]);
    await page.close();
  });
});
