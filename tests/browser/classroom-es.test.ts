// The classroom in Spanish: the builder on /es/teach/assign/ makes links that open /es/assignment/ and read
// a decimal comma; a hand-in made on the Spanish assignment page loads in the English class view, and one
// made in English loads in the Spanish class view, which names misconceptions as the Spanish chapter words
// them and replays runs in the Spanish playground. Hand-ins carry data, never the page's sentences.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { BIAS_QUESTION, classroomAssignment, classroomHandIn, learnerProgress } from './support/classroom';
import type { HandInV1 } from '../../src/classroom/contract.ts';
import { readAssignmentLink, writeAssignmentLink } from '../../src/classroom/assignment/assignment-link.ts';
import { catalogueOfChapter } from '../../src/classroom/assignment/catalogue.ts';
import { learnerSeed } from '../../src/classroom/assignment/learner-seed.ts';
import { handInFileText } from '../../src/classroom/handin/hand-in.ts';
import { catalogues } from '../../src/i18n/catalogues.ts';

const es = catalogues.es;
const en = catalogues.en;
const misconception = (lang: 'en' | 'es') => {
  const file = lang === 'es' ? 'content/es/chapters/01-what-is-a-neural-network.mdx' : 'content/chapters/01-what-is-a-neural-network.mdx';
  return catalogueOfChapter('01-what-is-a-neural-network', readFileSync(file, 'utf8'), lang).find((i) => i.id === BIAS_QUESTION)!.wrong['misconception-1']!;
};

let learnerBrowser: Session;
let teacherBrowser: Session;
beforeAll(async () => { learnerBrowser = await launchBrowser(); teacherBrowser = await launchBrowser(); });
afterAll(async () => { await learnerBrowser?.close(); await teacherBrowser?.close(); });

describe('the classroom in Spanish', () => {
  it('the Spanish builder reads a decimal comma and makes a link to the Spanish assignment page, whose links stay Spanish', async () => {
    const { page, problems } = await openPage(teacherBrowser, '/es/teach/assign/', { width: 360, height: 740 });
    const B = es.assignment.builder;
    await page.getByLabel(B.title, { exact: true }).fill('Neuronas');
    await page.getByLabel(B.classCode, { exact: true }).fill('8A');
    await page.locator('input[name="challenge"][value="spiral-12"]').check();
    await page.getByText(B.custom).click();
    await page.getByLabel(B.customLink).fill('http://localhost/es/chapters/06-playground/#data=xor&noise=5');
    await page.getByLabel(B.customTitle).fill('Supera el 90 % en el o exclusivo');
    await page.locator('#custom-metric').selectOption('testAccuracy');
    await page.locator('#custom-direction').selectOption('above');
    // An English decimal point on a Spanish page is refused with a sentence, at the field.
    await page.getByLabel(B.threshold).fill('0.9');
    await page.getByRole('button', { name: B.add }).click();
    await expect.poll(() => page.locator('[data-builder-errors]').textContent()).toContain(B.errors.threshold);
    expect(await page.locator('[data-builder-errors]').textContent()).toContain(es.numbers.refusal('wrong-separator', '0.9'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('custom-threshold');
    await page.getByLabel(B.threshold).fill('0,9');
    await page.getByRole('button', { name: B.add }).click();
    await expect.poll(() => page.locator('[data-builder-status]').textContent()).toBe(B.added('Supera el 90 % en el o exclusivo'));
    await page.getByRole('button', { name: B.make }).click();
    await expect.poll(() => page.locator('#assignment-link').inputValue()).toMatch(/\/es\/assignment\/#v=1&/);
    const link = await page.locator('#assignment-link').inputValue();
    const read = readAssignmentLink(link.slice(link.indexOf('#')));
    expect(read.ok && read.assignment).toMatchObject({ lang: 'es', title: 'Neuronas', classCode: '8A' });
    expect(read.ok && read.assignment.challenges.map((c) => [c.id, c.title, c.goal])).toEqual([
      ['spiral-12', es.challenges.readyMade.spiral, { metric: 'testLoss', below: 0.15, maxHiddenNeurons: 12 }],
      ['custom-1', 'Supera el 90 % en el o exclusivo', { metric: 'testAccuracy', above: 0.9 }],
    ]);
    expect(await page.getByRole('link', { name: B.classView }).getAttribute('href')).toBe('/es/teach/class/');
    expect(await scrollsHorizontally(page)).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const learner = await openPage(learnerBrowser, new URL(link).pathname + new URL(link).hash, { width: 360, height: 740 });
    await learner.page.waitForSelector('[data-assignment-page][data-ready="true"]');
    expect(await learner.page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await learner.page.locator('h1').textContent()).toBe('Neuronas');
    await learner.page.getByLabel(es.handIn.page.nameLabel).fill('Ada');
    await learner.page.getByRole('button', { name: es.handIn.page.saveName }).click();
    const open = learner.page.getByRole('link', { name: es.handIn.page.openChallenge });
    await expect.poll(() => open.count()).toBe(2);
    for (const href of await open.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) expect(href).toMatch(/^\/es\/chapters\/06-playground\/#/);
    // The goal in Spanish words, with a decimal comma.
    expect(await learner.page.locator('[data-challenge="spiral-12"]').textContent()).toContain('Objetivo: pérdida de prueba menor que 0,150, 12 neuronas ocultas como mucho.');
    expect(await scrollsHorizontally(learner.page)).toBe(false);
    expect(await seriousAxeViolations(learner.page)).toEqual([]);
    expect([...problems, ...learner.problems]).toEqual([]);
    await page.close();
    await learner.page.close();
  });

  it('a hand-in made on the Spanish page loads in the English class view, and an English one in the Spanish class view', async () => {
    // The learner, on the Spanish assignment page, with a wrong answer and a challenge run kept in this browser.
    const assignment = classroomAssignment('es');
    const path = `/es/assignment/#${writeAssignmentLink(assignment)}`;
    const { page, problems } = await openPage(learnerBrowser, path);
    await page.evaluate((progress) => localStorage.setItem('nn101.progress.v1', progress), JSON.stringify(learnerProgress(assignment, 'Ada Lovelace')));
    await page.reload();
    await page.waitForSelector('[data-assignment-page][data-ready="true"]');
    await page.getByLabel(es.handIn.page.nameLabel).fill('Ada Lovelace');
    await page.getByRole('button', { name: es.handIn.page.saveName }).click();
    await expect.poll(() => page.locator('[data-challenge="circle-4"]').getAttribute('data-state')).toBe('passed');
    expect(await page.locator('[data-challenge="circle-4"]').textContent()).toContain(es.handIn.page.run(40, '0,150'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: es.handIn.page.download }).click()]);
    expect(download.suggestedFilename()).toBe('nn101-entrega-Ada-Lovelace.json');
    const spanishFile = readFileSync((await download.path())!, 'utf8');
    const handIn = JSON.parse(spanishFile) as HandInV1;
    expect(handIn.learner).toEqual({ name: 'Ada Lovelace', seed: learnerSeed('Ada Lovelace', assignment.classCode) });
    expect(handIn.assignment).toEqual(assignment);
    expect(handIn.answers[BIAS_QUESTION]).toMatchObject({ answer: '0.1', status: 'wrong', explanation: 'misconception-1' });
    await page.getByRole('button', { name: es.handIn.page.makeCode }).click();
    const spanishCode = await page.locator('#hand-in-code').inputValue();
    expect(spanishCode).toMatch(/^NN101-HANDIN-1:[A-Za-z0-9_-]+$/);
    expect(problems).toEqual([]);
    await page.close();

    // The English class view reads the Spanish hand-in: no flag, the misconception in English words.
    const english = await openPage(teacherBrowser, '/teach/class/');
    await english.page.waitForSelector('[data-class-view][data-ready="true"]');
    await english.page.locator('#hand-in-files').setInputFiles({ name: 'ada.json', mimeType: 'application/json', buffer: Buffer.from(spanishFile) });
    await english.page.waitForSelector('[data-class-view][data-learners="1"][data-loading="false"]');
    expect(await english.page.locator('[data-class-summary]').textContent()).toBe(en.classView.page.loaded(1, 0));
    const adaRow = english.page.locator('tr[data-learner="Ada Lovelace"]');
    expect(await adaRow.getAttribute('data-flags')).toBe('0');
    expect(await adaRow.textContent()).toContain(en.classView.page.passed);
    expect(await english.page.locator('[data-misconceptions] ol li').first().textContent()).toContain(misconception('en').slice(0, 40));
    expect(await adaRow.locator('a[data-replay="circle-4"]').getAttribute('href')).toMatch(/^\/chapters\/06-playground\/#/);
    expect(english.problems).toEqual([]);
    await english.page.close();

    // The Spanish class view reads an English hand-in (file) and the Spanish one (text code).
    const spanish = await openPage(teacherBrowser, '/es/teach/class/', { width: 360, height: 740 });
    await spanish.page.waitForSelector('[data-class-view][data-ready="true"]');
    const [chooser] = await Promise.all([spanish.page.waitForEvent('filechooser'), spanish.page.getByRole('button', { name: es.classView.page.pick }).click()]);
    await chooser.setFiles({ name: 'grace.json', mimeType: 'application/json', buffer: Buffer.from(handInFileText(await classroomHandIn('en', 'Grace Hopper'))) });
    await spanish.page.waitForSelector('[data-class-view][data-learners="1"][data-loading="false"]');
    await spanish.page.getByLabel(es.classView.page.codesLabel).fill(spanishCode);
    await spanish.page.getByRole('button', { name: es.classView.page.readCodes }).click();
    await spanish.page.waitForSelector('[data-class-view][data-learners="2"][data-loading="false"]');
    expect(await spanish.page.locator('[data-class-summary]').textContent()).toBe(es.classView.page.loaded(2, 0));
    // Two assignments (one written in English, one in Spanish): the one not the class's is flagged, in Spanish.
    const flagged = await spanish.page.locator('tr[data-flags="1"]').textContent();
    expect(flagged).toContain(es.classView.data.otherAssignment('').replace(/«.*»\.$/, '').trim());
    const items = await spanish.page.locator('[data-misconceptions] ol li').allTextContents();
    expect(items[0]).toContain(misconception('es').slice(0, 40));
    expect(items[0]).toContain('2 alumnos');
    for (const href of await spanish.page.locator('a[data-replay]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href).toMatch(/^\/es\/chapters\/06-playground\/#/);
    }
    expect(await spanish.page.locator('.classroom-charts svg[role="img"]').count()).toBeGreaterThanOrEqual(2);
    const [csv] = await Promise.all([spanish.page.waitForEvent('download'), spanish.page.getByRole('button', { name: es.classView.page.csv }).click()]);
    const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
    expect(lines[0]!.startsWith(es.classView.csv.columns.join(','))).toBe(true);
    // Numbers in the gradebook keep a decimal point in every language (a spreadsheet reads them as numbers).
    expect(lines.find((l) => l.startsWith('Ada Lovelace'))).toMatch(/,sí,0\.15,,40,/);
    expect(await scrollsHorizontally(spanish.page)).toBe(false);
    expect(await seriousAxeViolations(spanish.page)).toEqual([]);
    expect(spanish.problems).toEqual([]);
    await spanish.page.close();
  });
});

describe('the classroom pages in both languages', () => {
  const PAGES = ['/progress/', '/glossary/', '/assignment/', '/teach/assign/', '/teach/class/'];
  for (const path of PAGES) {
    it(`${path} and /es${path} name each other (hreflang), switch to each other and keep the header's links in their language`, async () => {
      for (const [here, there, lang] of [[path, `/es${path}`, 'en'], [`/es${path}`, path, 'es']] as const) {
        const { page, problems } = await openPage(learnerBrowser, here);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`));
        expect(alternates.sort()).toEqual([`en ${path}`, `es /es${path}`, `x-default ${path}`]);
        expect(await page.locator('a[data-language-switch="same-page"]').getAttribute('href')).toBe(there);
        const header = catalogues[lang].site;
        expect(await page.getByRole('link', { name: header.yourProgress, exact: true }).getAttribute('href')).toBe(lang === 'es' ? '/es/progress/' : '/progress/');
        expect(await page.locator('title').textContent()).toMatch(/· nn101$/);
        expect(problems).toEqual([]);
        await page.close();
      }
    });
  }
});
