// Issue 14's hostile inputs, in Chromium against the built site: a link with 127,000 unknown keys (on load
// and by hashchange), bidi controls in a link, a task text, a CSV cell and a file name, vertical tab and form
// feed in a teacher's task, an emptied data set (no NaN on screen), and "0x1F", NaN, 1e308 or a decimal
// comma in every kind of number field.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type Session } from './support/browser';
import { live, openPlayground, type PlaygroundRoot } from './support/playground';

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

const notice = (page: Page) => page.locator('.pg-notice:not(.pg-kept)');
const LONG_LINK = 'lr=0.1&layers=3,3&' + Array(127_000).fill('zz').join('&');

describe('a link with 127,000 unknown keys', () => {
  it('starts the playground with the link\'s valid settings and a short, counted list of what it ignored', async () => {
    expect(LONG_LINK.length).toBeGreaterThan(380_000);
    const { page, problems } = await openPlayground(session, LONG_LINK);
    const { state } = await live(page);
    expect(state.lr).toBe(0.1);
    expect(state.layers).toEqual([3, 3]);
    await expect.poll(() => notice(page).locator('li').count(), { timeout: 30_000 }).toBe(11);
    expect(await notice(page).locator('li').last().textContent()).toBe('… and 126,990 more unknown settings, also ignored.');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('arriving by hashchange on an open page: no exception, valid settings applied', async () => {
    const { page, problems } = await openPlayground(session);
    await page.evaluate((link) => { location.hash = link; }, LONG_LINK.replace('lr=0.1', 'lr=0.3'));
    await expect.poll(async () => (await live(page)).state.lr, { timeout: 30_000 }).toBe(0.3);
    expect((await live(page)).state.layers).toEqual([3, 3]);
    await expect.poll(() => notice(page).locator('li').last().textContent(), { timeout: 30_000 }).toBe('… and 126,990 more unknown settings, also ignored.');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('bidirectional control characters', () => {
  it('from a link and in a task text: shown as visible tags, the task isolated in its own direction', async () => {
    const { page, problems } = await openPlayground(session, 'data=%E2%80%AEcircle&task=%E2%80%AEsdrawkcab%20Read%20this');
    expect(await notice(page).textContent()).toContain('The data set “[RLO]circle” is not one of');
    const task = page.locator('.pg-task-text');
    expect(await task.textContent()).toBe('[RLO]sdrawkcab Read this');
    expect(await task.getAttribute('dir')).toBe('auto');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('in a file name and a CSV cell: the messages read as written, and "Imported 1 point"', async () => {
    const { page, problems } = await openPlayground(session);
    const input = page.getByLabel('Import CSV (x1, x2, label)');
    const message = page.locator('.pg-data-message');
    await input.setInputFiles({ name: 'x\u202Evsc.csv', mimeType: 'text/csv', buffer: Buffer.from('1,\u202E2,1\n') });
    await message.getByText('was not imported').waitFor();
    expect(await message.textContent()).toBe('x[RLO]vsc.csv was not imported. Line 1: x2 “[RLO]2” is not a number. The data was not changed.');
    await input.setInputFiles({ name: 'x\u202Evsc.csv', mimeType: 'text/csv', buffer: Buffer.from('1,2,1\n') });
    await message.getByText('Imported').waitFor();
    expect(await message.textContent()).toBe('Imported 1 point from x[RLO]vsc.csv.');
    // A right-to-left file name is isolated, so the English sentence around it keeps its order.
    await input.setInputFiles({ name: 'נתונים.csv', mimeType: 'text/csv', buffer: Buffer.from('1,2,1\n3,4,0\n') });
    await message.getByText('Imported 2 points').waitFor();
    expect(await message.textContent()).toBe('Imported 2 points from \u2068נתונים.csv\u2069.');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a teacher\'s exercise text with a vertical tab and a form feed', () => {
  it('is normalised as the teacher types it, and the students\' page shows it', async () => {
    const { page, problems } = await openPlayground(session);
    await page.getByText('For teachers: make an exercise link').click();
    const field = page.getByLabel('Exercise text (up to 280 characters)');
    await field.fill('Train first.\u000bThen test.\u000cThen explain.');
    await field.blur();
    await expect.poll(async () => (await live(page)).state.task, { timeout: 30_000 }).toBe('Train first.\nThen test.\nThen explain.');
    const link = await page.evaluate(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.state.task);
    expect(link).not.toMatch(/[\u000b\u000c]/);
    // The link is written into the address after the edit: wait for it rather than read a stale hash.
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('task=');
    const hash = await page.evaluate(() => location.hash);
    await page.close();

    // Even a link written by hand with them (or an older page) reads the same for students.
    for (const fragment of [hash, 'task=Train%20first.%0BThen%20test.%0CThen%20explain.']) {
      const student = await openPlayground(session, fragment);
      await expect.poll(() => student.page.locator('.pg-task-text').innerText()).toBe('Train first.\nThen test.\nThen explain.');
      expect(await notice(student.page).isVisible()).toBe(false);
      expect(student.problems).toEqual([]);
      await student.page.close();
    }
    expect(problems).toEqual([]);
  });
});

describe('no NaN or Infinity on screen', () => {
  it('after Clear data, and for a link that leaves no test points, the summary says what is missing in words', async () => {
    const { page, problems } = await openPlayground(session, 'data=xor');
    await page.getByRole('button', { name: 'Clear data' }).click();
    const summary = page.locator('.pg-summary');
    await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toContain('Training loss not measured (no training points), test loss not measured (no test points).');
    const shown = async () => `${await page.locator('main').innerText()}\n${await summary.textContent()}`;
    expect(await shown()).not.toMatch(/NaN|Infinity/);
    expect(await summary.textContent()).not.toContain('accuracy');
    await page.close();

    const noTest = await openPlayground(session, 'data=custom&pts=1_1_1~-1_-1_0~2_2_1&split=90');
    await expect.poll(() => noTest.page.locator('.pg-summary').textContent(), { timeout: 30_000 }).toMatch(/test loss (\d|not measured)/);
    expect(`${await noTest.page.locator('main').innerText()}\n${await noTest.page.locator('.pg-summary').textContent()}`).not.toMatch(/NaN|Infinity/);
    expect([...problems, ...noTest.problems]).toEqual([]);
    await noTest.page.close();
  });
});

describe('number fields: one parser, a message on refusal, the value in force shown', () => {
  it('a slider field refuses "0x1F", NaN and a decimal comma, and clamps 1e308, saying so each time', async () => {
    const { page, problems } = await openPage(session, '/chapters/01-what-is-a-neural-network/');
    const field = page.locator('#neuron-w1-number');
    const message = page.locator('#neuron-w1-message');
    const before = await field.inputValue();
    const cases: [string, RegExp][] = [
      ['0x1F', /^“0x1F” is not a decimal number \(type one like 0\.5 or −2\)\. Kept /],
      ['NaN', /^“NaN” is not a decimal number/],
      ['abc', /^“abc” is not a decimal number/],
      ['0,5', /^“0,5”: write decimals with a point/],
    ];
    for (const [typed, said] of cases) {
      await field.fill(typed);
      await field.press('Enter');
      expect(await message.textContent(), typed).toMatch(said);
      expect(await field.inputValue(), typed).toBe(before);
      expect(await field.getAttribute('aria-invalid')).toBeNull();
    }
    await field.fill('1e308');
    await field.press('Enter');
    expect(await message.textContent()).toMatch(/^Kept within the range from −\d+\.\d+ to \d+\.\d+\.$/);
    expect(await field.inputValue()).toBe(await page.locator('#neuron-w1-range').getAttribute('max').then((m) => Number(m).toFixed(2)));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a playground weight field refuses 1e308, NaN and letters with a message and shows the weight in force', async () => {
    const { page, problems } = await openPlayground(session, 'layers=3&seed=5');
    await page.getByRole('button', { name: 'Input x₁' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByText('Edit these weights').click();
    const field = page.getByLabel('w from x₁');
    const before = (await live(page)).parameters.weights[0]![0]!;
    for (const typed of ['1e308', 'NaN', 'abc', '0x1F']) {
      await field.fill(typed);
      await field.press('Enter');
      expect(await page.locator('.pg-edit-note').textContent(), typed).toMatch(new RegExp(`^w from x₁: “${typed}” is (outside the range|not a decimal number).* Kept `));
      expect(Number((await field.inputValue()).replace('−', '-'))).toBeCloseTo(before, 3);
      expect((await live(page)).parameters.weights[0]![0]).toBe(before);
    }
    await field.fill('−1.5');
    await field.press('Enter');
    expect((await live(page)).parameters.weights[0]![0]).toBe(-1.5);
    expect(await page.locator('.pg-edit-note').textContent()).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a SelfCheck answer of "0x1F" gets a sentence, not a grade', async () => {
    const { page, problems } = await openPage(session, '/chapters/01-what-is-a-neural-network/');
    // The first question that takes a number (chapter 1 has several since the predict-then-run question).
    const question = page.locator('[data-question]').filter({ has: page.locator('[data-number-answer]') }).first();
    const answer = question.locator('[data-number-answer]');
    await answer.fill('0x1F');
    await answer.press('Enter');
    expect(await question.locator('[data-verdict]').textContent()).toBe('“0x1F” is not a decimal number (type one like 0.5 or −2).');
    await answer.fill('-0.6'); // chapter 1's first number question: the predict-then-run bias question
    await answer.press('Enter');
    expect(await question.locator('[data-verdict]').textContent()).toBe('Correct.');
    expect(problems).toEqual([]);
    await page.close();
  });
});
