// The classroom pages made to say what they say on input (for tests/browser/languages.test.ts and the
// classroom tests): a hand-in generated in Node as the course makes it, and each classroom page given
// something to read or refuse, then left showing what it says.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { AssignmentV1, HandInV1, ProgressV1 } from '../../../src/classroom/contract.ts';
import { writeAssignmentLink } from '../../../src/classroom/assignment/assignment-link.ts';
import { challengeItemId, challengeState, readyMadeChallenges } from '../../../src/classroom/assignment/challenges.ts';
import { learnerSeed } from '../../../src/classroom/assignment/learner-seed.ts';
import { createHandIn, handInFileText } from '../../../src/classroom/handin/hand-in.ts';
import { writePlaygroundState } from '../../../src/state/playground-state.ts';
import { catalogues } from '../../../src/i18n/catalogues.ts';
import { setRenderingLang, type Lang } from '../../../src/i18n/lang.ts';

export const CLASS_CODE = '7B';
const AT = '2026-12-03T09:00:00.000Z';
/** Chapter 1's prediction about the starting bias: '0.1' is its listed misconception 1. */
export const BIAS_QUESTION = '/chapters/01-what-is-a-neural-network/#predict-bias-q1';

/** An assignment as a teacher on a page of `lang` makes it: its title and the ready-made challenges' titles in that language. */
export function classroomAssignment(lang: Lang): AssignmentV1 {
  setRenderingLang(lang);
  try {
    const circle = readyMadeChallenges().find((c) => c.id === 'circle-4')!;
    return {
      format: 'nn101-assignment', version: 1, title: lang === 'es' ? 'Semana 3: el campo de pruebas' : 'Week 3: the playground', due: lang === 'es' ? 'viernes' : 'Friday',
      classCode: CLASS_CODE, chapters: ['01-what-is-a-neural-network', '06-playground'], items: [BIAS_QUESTION],
      challenges: [{ ...circle, start: 'data=circle&noise=10&points=100&layers=3' }], lang,
    };
  } finally {
    setRenderingLang('en');
  }
}

/** The progress of a learner who answered the bias question wrongly and ran the circle challenge. */
export function learnerProgress(assignment: AssignmentV1, name: string, testLoss = 0.15): ProgressV1 {
  const seed = learnerSeed(name, assignment.classCode);
  return {
    format: 'nn101-progress', version: 1, savedAt: AT,
    answers: { [BIAS_QUESTION]: { kind: 'prediction', answer: '0.1', status: 'wrong', explanation: 'misconception-1', attempts: 1, firstAt: AT, lastAt: AT } },
    widgets: { [challengeItemId('circle-4')]: { state: writePlaygroundState({ ...challengeState(assignment.challenges[0]!, seed), layers: [3] }), results: { testLoss, epochs: 40, replayable: 1 }, at: AT } },
    cells: {},
  };
}

export const classroomHandIn = (lang: Lang, name: string): Promise<HandInV1> => {
  const assignment = classroomAssignment(lang);
  return createHandIn(assignment, name, learnerProgress(assignment, name), new Date(AT));
};

/**
 * An assignment link cut or changed by hand: a chapter, a question and a challenge that are not the
 * course's, and a repeated key. The page keeps what it can read and lists the rest.
 */
export const MALFORMED_ASSIGNMENT_LINK = 'v=1&class=7B&title=Semana&chapters=01-what-is-a-neural-network,Chapter%20Two&items=/chapters/01-x/&c1=circle-4;testLoss;below;abc;;x;T&title=again';

/** Gives each classroom page something to say, `check` looking at what it says after each: a no-op on other pages. */
export async function classroomProvocations(page: Page, lang: Lang, check: () => Promise<void> = async () => {}): Promise<void> {
  const t = catalogues[lang];
  if (await page.locator('[data-progress-page]').count()) {
    await page.setInputFiles('[data-import-file]', { name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "nn101-pro') });
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe(t.progress.import.notJson);
  }
  if (await page.locator('[data-class-view]').count()) {
    await page.waitForSelector('[data-class-view][data-ready="true"]');
    await page.locator('#hand-in-files').setInputFiles([
      { name: 'ada.json', mimeType: 'application/json', buffer: Buffer.from(handInFileText(await classroomHandIn(lang, 'Ada'))) },
      { name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"nn101-hand-in","vers') },
    ]);
    await page.waitForSelector('[data-class-view][data-learners="1"][data-problems="1"][data-loading="false"]');
  }
  if (await page.locator('[data-assignment-builder]').count()) {
    await page.getByRole('button', { name: t.assignment.builder.make, exact: true }).click();
    await expect.poll(() => page.locator('[data-builder-errors]').textContent()).toBe(t.assignment.builder.errors.classCode);
  }
  if (await page.locator('[data-assignment-page]').count()) {
    await page.waitForSelector('[data-assignment-page][data-ready="error"]');
    expect(await page.getByRole('alert').textContent()).toBe(t.assignment.link.notAnAssignment);
    // A malformed link: what can be read is kept, each refused value listed in the page's words.
    await page.goto(`${page.url().split('#')[0]}#${MALFORMED_ASSIGNMENT_LINK}`);
    await page.reload();
    await page.waitForSelector('[data-assignment-page][data-ready="true"]');
    await page.getByText(t.assignment.link.partly).waitFor();
    const refused = page.locator('[data-assignment-page] .note li');
    expect(await refused.count()).toBe(4);
    const problems = (await refused.allTextContents()).join('\n');
    for (const kind of ['not-a-chapter', 'not-an-assignment-challenge'] as const) expect(problems).toContain(t.urlState.problem({ kind }));
    // The refused chapter is named in the page's own quotation marks (the catalogue quotes, not the link reader).
    expect(problems).toContain(t.urlState.problem({ kind: 'item', index: 2, text: 'Chapter Two', problem: { kind: 'not-a-chapter' } }));
    await check();
    // The same page with an assignment in its link, a name saved and a challenge run kept.
    const assignment = classroomAssignment(lang);
    await page.evaluate((progress) => localStorage.setItem('nn101.progress.v1', progress), JSON.stringify(learnerProgress(assignment, 'Ada', 0.5)));
    await page.goto(`${page.url().split('#')[0]}#${writeAssignmentLink(assignment)}`);
    await page.reload();
    await page.waitForSelector('[data-assignment-page][data-ready="true"]');
    await page.getByLabel(t.handIn.page.nameLabel).fill('Ada');
    await page.getByRole('button', { name: t.handIn.page.saveName }).click();
    await page.waitForSelector('[data-challenge="circle-4"][data-state="tried"]');
    // What this provocation kept goes, so pages opened later in the same browser start as they would.
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k === 'nn101.progress.v1' || k.startsWith('nn101-learner-name:')).forEach((k) => localStorage.removeItem(k)));
  }
}
