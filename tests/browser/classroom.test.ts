// The classroom without a server: a teacher builds an assignment link (keyboard only, on a phone), learners
// get their own seeds from name + class code, a learner's challenge run goes into a hand-in file made in one
// browser, and the class view of another browser reads it, flags hand edits, and replays the run to the same
// loss; thirty generated hand-ins, some broken, load with one message per broken file.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { tabTo } from './support/keyboard';
import { live, type PlaygroundRoot } from './support/playground';
import type { AssignmentV1, HandInV1, ProgressV1 } from '../../src/classroom/contract.ts';
import { writeAssignmentLink } from '../../src/classroom/assignment/assignment-link.ts';
import { challengeItemId, challengeState, readyMadeChallenges } from '../../src/classroom/assignment/challenges.ts';
import { challengeSeeds, learnerSeed } from '../../src/classroom/assignment/learner-seed.ts';
import { createHandIn, handInCode, handInFileText } from '../../src/classroom/handin/hand-in.ts';
import { readPlaygroundState, writePlaygroundState } from '../../src/state/playground-state.ts';

let learnerBrowser: Session;
let teacherBrowser: Session;
beforeAll(async () => { learnerBrowser = await launchBrowser(); teacherBrowser = await launchBrowser(); });
afterAll(async () => { await learnerBrowser?.close(); await teacherBrowser?.close(); });

const CLASS_CODE = '7B physics';
const circle = readyMadeChallenges().find((c) => c.id === 'circle-4')!;
const assignment: AssignmentV1 = {
  format: 'nn101-assignment', version: 1, title: 'Week 3: the playground', due: 'Friday', classCode: CLASS_CODE,
  chapters: ['01-what-is-a-neural-network', '06-playground'],
  items: ['/chapters/01-what-is-a-neural-network/#predict-bias-q1', '/chapters/01-what-is-a-neural-network/#cell:exercise-neuron'],
  // Fewer points and a small network: a few epochs train quickly on a loaded machine.
  challenges: [{ ...circle, start: 'data=circle&noise=10&points=100&layers=3' }], lang: 'en',
};
const ASSIGNMENT_PATH = `/assignment/#${writeAssignmentLink(assignment)}`;

async function saveName(page: Page, name: string): Promise<number> {
  const field = page.getByLabel('Your name, as your teacher knows it');
  if (!(await field.isVisible())) await page.getByRole('button', { name: 'Change my name' }).click();
  await field.fill(name);
  await page.getByRole('button', { name: 'Save my name' }).click();
  await expect.poll(() => page.locator('[data-learner-seed]').getAttribute('data-learner-seed')).not.toBe('');
  return Number(await page.locator('[data-learner-seed]').getAttribute('data-learner-seed'));
}

describe('assignments and hand-ins', () => {
  it('the builder makes a working assignment link from the keyboard alone, on a 360 px phone, axe clean', async () => {
    const { page, problems } = await openPage(teacherBrowser, '/teach/assign/', { width: 360, height: 740 });
    await tabTo(page, '#assign-title');
    await page.keyboard.type('Neurons');
    await tabTo(page, '#assign-class');
    await page.keyboard.type('8A');
    // Open chapter 1 and pick its first question.
    await tabTo(page, '.classroom-chapter summary');
    await page.keyboard.press('Enter');
    await tabTo(page, 'input[name="item"]');
    await page.keyboard.press('Space');
    await tabTo(page, 'input[name="challenge"][value="spiral-12"]');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#assignment-link').inputValue()).toMatch(/\/assignment\/#v=1&/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('assignment-link');
    const link = await page.locator('#assignment-link').inputValue();
    const fragment = link.slice(link.indexOf('#'));
    // The learner's page reads what the teacher picked (and the picked question's chapter came along).
    const learner = await openPage(learnerBrowser, `/assignment/${fragment}`, { width: 360, height: 740 });
    await learner.page.waitForSelector('[data-assignment-page][data-ready="true"]');
    expect(await learner.page.locator('h1').textContent()).toBe('Neurons');
    expect(await learner.page.getByRole('link', { name: /^1\. / }).count()).toBe(1);
    expect(await learner.page.locator('[data-challenge="spiral-12"]').count()).toBe(1);
    expect(await scrollsHorizontally(page)).toBe(false);
    expect(await scrollsHorizontally(learner.page)).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await seriousAxeViolations(learner.page)).toEqual([]);
    // No class code: a clear message at the field, no link.
    await page.locator('#assign-class').fill('');
    await page.getByRole('button', { name: 'Make the assignment link' }).click();
    expect(await page.locator('[data-builder-errors]').textContent()).toMatch(/Give the class a code/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('assign-class');
    expect([...problems, ...learner.problems]).toEqual([]);
    await page.close();
    await learner.page.close();
  });

  it('a malformed assignment link says so in the page', async () => {
    const { page, problems } = await openPage(learnerBrowser, '/assignment/#v=7&class=x');
    await page.waitForSelector('[data-assignment-page][data-ready="error"]');
    expect(await page.getByRole('alert').textContent()).toMatch(/newer version of the course \(format 7/);
    const cut = await openPage(learnerBrowser, '/assignment/#title=Hello');
    await cut.page.waitForSelector('[data-assignment-page][data-ready="error"]');
    expect(await cut.page.getByRole('alert').textContent()).toMatch(/needs an assignment link/);
    expect([...problems, ...cut.problems]).toEqual([]);
    await page.close();
    await cut.page.close();
  });

  it('two names get two seeds, the same name the same seed (also after a reload), and the challenge opens with it', async () => {
    const { page, problems } = await openPage(learnerBrowser, ASSIGNMENT_PATH);
    await page.waitForSelector('[data-assignment-page][data-ready="true"]');
    const grace = await saveName(page, 'Grace Hopper');
    const alan = await saveName(page, 'Alan Turing');
    expect(grace).toBe(learnerSeed('Grace Hopper', CLASS_CODE));
    expect(alan).toBe(learnerSeed('Alan Turing', CLASS_CODE));
    expect(alan).not.toBe(grace);
    expect(await saveName(page, '  grace   HOPPER ')).toBe(grace);
    await page.reload();
    await page.waitForSelector('[data-assignment-page][data-ready="true"]');
    expect(Number(await page.locator('[data-learner-seed]').getAttribute('data-learner-seed'))).toBe(grace);
    const href = await page.getByRole('link', { name: 'Open this challenge in the playground' }).getAttribute('href');
    const { state } = readPlaygroundState(href!.slice(href!.indexOf('#')));
    expect({ dataSeed: state.dataSeed, seed: state.seed, challenge: state.challenge }).toEqual({ ...challengeSeeds(grace), challenge: 'circle-4' });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a hand-in made in one browser loads in another’s class view, which replays the run to the same loss and flags an edited copy', async () => {
    const { page, problems } = await openPage(learnerBrowser, ASSIGNMENT_PATH);
    await page.waitForSelector('[data-assignment-page][data-ready="true"]');
    const seed = await saveName(page, 'Ada Lovelace');
    // A wrong answer in chapter 1 (the starting bias: a listed misconception), kept by the progress store.
    await page.goto(new URL('/chapters/01-what-is-a-neural-network/', page.url()).href);
    await page.locator('#predict-bias-q1-answer').fill('0.1');
    await page.locator('#predict-bias [data-check]').click();
    await expect.poll(() => page.locator('#predict-bias [data-explanation="misconception-1"]').isVisible()).toBe(true);
    await page.goto(new URL(ASSIGNMENT_PATH, page.url()).href);
    await page.waitForSelector('[data-assignment-page][data-ready="true"]');
    expect(await page.locator('li[data-state="wrong"]').count()).toBe(1);
    await page.getByRole('link', { name: 'Open this challenge in the playground' }).click();
    await page.waitForSelector('[data-playground][data-ready="true"]');
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Step one epoch' }).click();
    await expect.poll(async () => (await live(page)).epoch).toBe(6);
    const trained = await live(page);
    expect(trained.state).toMatchObject({ challenge: 'circle-4', ...challengeSeeds(seed) });
    const testLoss = trained.curve.at(-1)!.testLoss;

    await page.goto(new URL(ASSIGNMENT_PATH, page.url()).href);
    await page.waitForSelector('[data-assignment-page][data-ready="true"]');
    await expect.poll(() => page.locator('[data-challenge="circle-4"]').textContent()).toMatch(/Your last run: 6 epochs/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my hand-in file' }).click()]);
    expect(download.suggestedFilename()).toBe('nn101-hand-in-Ada-Lovelace.json');
    const fileText = readFileSync((await download.path())!, 'utf8');
    const handIn = JSON.parse(fileText) as HandInV1;
    expect(handIn.learner).toEqual({ name: 'Ada Lovelace', seed });
    expect(handIn.challenges['circle-4']!.results).toMatchObject({ epochs: 6, testLoss, replayable: 1 });
    expect(handIn.answers[assignment.items[0]!]).toMatchObject({ answer: '0.1', status: 'wrong', explanation: 'misconception-1' });
    expect(await page.getByText(/no security|not security/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Make a text code' }).click();
    const code = await page.locator('#hand-in-code').inputValue();
    expect(code).toMatch(/^NN101-HANDIN-1:[A-Za-z0-9_-]+$/);
    expect(problems).toEqual([]);
    await page.close();

    // The teacher's browser: another profile, nothing shared but the file and the code.
    const teacher = await openPage(teacherBrowser, '/teach/class/');
    const view = teacher.page;
    await view.waitForSelector('[data-class-view][data-ready="true"]');
    const edited = JSON.parse(fileText) as HandInV1;
    edited.learner.name = 'Ada Byron';
    edited.challenges['circle-4']!.results.testLoss = 0.01;
    await view.locator('#hand-in-files').setInputFiles([
      { name: 'ada.json', mimeType: 'application/json', buffer: Buffer.from(fileText) },
      { name: 'ada-edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) },
    ]);
    await view.waitForSelector('[data-class-view][data-learners="2"]');
    const adaRow = view.locator('tr[data-learner="Ada Lovelace"]');
    expect(await adaRow.getAttribute('data-flags')).toBe('0');
    expect(await view.locator('tr[data-learner="Ada Byron"]').textContent()).toMatch(/Edited after it was made/);
    // The same hand-in pasted as a text code is the same learner: kept once, flagged as handed in twice.
    await view.getByLabel(/Paste one or more codes/).fill(code);
    await view.getByRole('button', { name: 'Read the codes' }).click();
    await expect.poll(() => adaRow.textContent()).toMatch(/Handed in more than once/);
    // The wrong answer is named by the misconception it reveals, in words.
    expect(await view.locator('[data-misconceptions] ol li').first().textContent()).toMatch(/2 learners.*That is the starting bias/);

    const replayHref = await adaRow.locator('a[data-replay="circle-4"]').getAttribute('href');
    const replay = await openPage(teacherBrowser, replayHref!);
    // Ready too: the replay starts while the playground is still being built and can finish first, and the
    // hook that live() reads is there once it is ready.
    await replay.page.waitForSelector('[data-playground][data-replay="done"][data-ready="true"]');
    const replayed = await live(replay.page);
    expect(replayed.epoch).toBe(6);
    expect(replayed.curve.at(-1)!.testLoss).toBe(testLoss);
    expect(await replay.page.getByRole('status').filter({ hasText: 'Replayed' }).textContent()).toMatch(/6 epochs trained/);
    // A replay is the teacher's, not a run of the learner's: nothing is recorded in this browser.
    expect(await replay.page.evaluate(() => localStorage.getItem('nn101.progress.v1') ?? '')).not.toContain('challenge:');
    expect((await replay.page.evaluate(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.state.seed))).toBe(challengeSeeds(seed).seed);
    expect([...teacher.problems, ...replay.problems]).toEqual([]);
    await replay.page.close();
    await view.close();
  });

  it('thirty generated hand-ins, four broken, load with one message per broken file; charts, CSV, axe and 360 px', async () => {
    const at = new Date('2026-12-03T09:00:00Z');
    const handIns = await Promise.all(Array.from({ length: 30 }, (_, i) => {
      const name = `Learner ${String(i + 1).padStart(2, '0')}`;
      const seed = learnerSeed(name, CLASS_CODE);
      const progress: ProgressV1 = {
        format: 'nn101-progress', version: 1, savedAt: at.toISOString(),
        answers: { [assignment.items[0]!]: { kind: 'prediction', answer: i % 3 ? '-0.6' : '0.1', status: i % 3 ? 'correct' : 'wrong', explanation: i % 3 ? 'answer' : 'misconception-1', attempts: 1, firstAt: at.toISOString(), lastAt: at.toISOString() } },
        widgets: { [challengeItemId('circle-4')]: { state: writePlaygroundState({ ...challengeState(assignment.challenges[0]!, seed), layers: [3] }), results: { testLoss: 0.05 + (i % 10) / 40, epochs: 40 + i }, at: at.toISOString() } },
        cells: {},
      };
      return createHandIn(assignment, name, progress, at);
    }));
    const files = await Promise.all(handIns.map(async (h, i) => ({ name: `learner-${i + 1}.${i % 4 === 1 ? 'txt' : 'json'}`, mimeType: 'text/plain', buffer: Buffer.from(i % 4 === 1 ? await handInCode(h) : handInFileText(h)) })));
    files[4] = { ...files[4]!, buffer: files[4]!.buffer.subarray(0, 300) };
    files[9] = { ...files[9]!, buffer: Buffer.from('{"format":"nn101-progress","version":1}') };
    files[17] = { ...files[17]!, buffer: Buffer.from(handInFileText(handIns[17]!).replace('"nn101-hand-in",\n  "version": 1', '"nn101-hand-in",\n  "version": 3')) };
    files[25] = { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) };

    const { page, problems } = await openPage(teacherBrowser, '/teach/class/', { width: 360, height: 740 });
    await page.waitForSelector('[data-class-view][data-ready="true"]');
    await page.locator('#hand-in-files').setInputFiles(files);
    await page.waitForSelector('[data-class-view][data-learners="26"][data-loading="false"]');
    expect(await page.locator('[data-class-summary]').textContent()).toBe('26 hand-ins loaded; 4 could not be read (listed below).');
    const messages = await page.locator('[data-problem-list] li').allTextContents();
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatch(/^learner-5\.json: This is not a hand-in/);
    expect(messages[1]).toMatch(/^learner-10\.txt: This is not an nn101 hand-in/);
    expect(messages[2]).toMatch(/^learner-18\.txt: This hand-in was made by a newer version/);
    expect(messages[3]).toMatch(/^photo\.png: /);
    expect(await page.locator('tbody tr').count()).toBe(26);
    // One chart per challenge and the misconceptions chart, each an image with a name; the misconception in words.
    expect(await page.locator('.classroom-charts svg[role="img"]').count()).toBe(2);
    expect(await page.locator('[data-misconceptions] ol li').first().textContent()).toMatch(/That is the starting bias/);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the gradebook (CSV)' }).click()]);
    const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(27);
    expect(lines[1]).toMatch(new RegExp(`^Learner 01,${learnerSeed('Learner 01', CLASS_CODE)},2,1,0,1,1,yes,0.05,,40,$`));
    expect(await scrollsHorizontally(page)).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
