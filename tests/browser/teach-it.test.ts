// Chapter 4's TeachIt, operated with the keyboard only: label examples with the plane's cursor, train,
// check with the probe that every labelled point is predicted right, then correct a prediction and check
// the network learns it. On the English and the Spanish page: every status line, report and message in the
// page's words (from its catalogue), points and losses read in its decimal mark, 360 px layout; the probe on
// every example (the network's arithmetic, no words) in English, on a few in Spanish. Training is the slow
// part and has no language: on the Spanish page the walk-through runs on a 360 px phone in the dark theme, so
// one training checks its words and its layout, and the phone test that trains again runs in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, openPage, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { forEachLanguage, languageCase, type LanguageCase } from './support/languages';
import { formatNumber } from '../../src/ui/format.ts';

const ENGLISH_PATH = '/chapters/04-how-networks-learn/';
let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

const STEP = 0.05;

/** Moves the plane's keyboard cursor from wherever it is to (x, y) with arrow keys (Home recentres it). */
async function cursorTo(page: Page, x: number, y: number) {
  await page.keyboard.press('Home');
  const press = async (key: string, n: number) => { for (let i = 0; i < n; i++) await page.keyboard.press(key); };
  // Shift moves four steps at a time; the remainder in single steps.
  for (const [v, plus, minus] of [[x, 'ArrowRight', 'ArrowLeft'], [y, 'ArrowUp', 'ArrowDown']] as const) {
    const steps = Math.round(Math.abs(v) / STEP);
    await press(`Shift+${v >= 0 ? plus : minus}`, Math.floor(steps / 4));
    await press(v >= 0 ? plus : minus, steps % 4);
  }
}

async function waitIdle(root: Locator) {
  await root.page().waitForFunction((el) => (el as HTMLElement).dataset.state === 'idle', await root.elementHandle(), { timeout: 60_000 });
}

/** A point of the plane as the page writes it: "(−0.15, −0.70)" in English, "(−0,15; −0,70)" in Spanish. */
const pointText = ({ lang, t }: LanguageCase, x: number, y: number) =>
  t.teachIt.point(formatNumber(x, 2, undefined, lang), formatNumber(y, 2, undefined, lang));

/** The probe's prediction, read from the page: moves the probe to (x, y) with the keyboard. */
async function probeAt(page: Page, root: Locator, x: number, y: number, language = languageCase('en')): Promise<number> {
  await root.locator('.ti-plane').focus();
  await page.keyboard.press('p');
  await cursorTo(page, x, y);
  await page.keyboard.press('Enter');
  const text = root.locator('.ti-probe-text');
  expect(await text.textContent()).toContain(pointText(language, x, y));
  return Number(await text.getAttribute('data-class'));
}

/** Stands for a message's argument; `before(…)` and `after(…)` are the fixed texts around it. */
const SLOT = '\u0001';
const before = (message: string) => message.split(SLOT)[0]!;
const after = (message: string) => message.split(SLOT).at(-1)!;

forEachLanguage((language) => {
  const { lang, t, path, number } = language;
  const T = t.teachIt;

  describe('TeachIt', () => {
    it(`learns labelled examples and then a correction, all from the keyboard${lang === 'es' ? ', on a 360 px phone in the dark theme' : ''}`, async () => {
      const { page, problems } = await openPage(session, path(ENGLISH_PATH), lang === 'es' ? { width: 360, height: 740, colorScheme: 'dark' } : {});
      const root = page.locator('[data-teach-it]').first();
      const examples: [number, number, number][] = [
        [-0.6, 0.5, 0], [-0.45, 0.3, 0], [-0.7, 0.2, 0],
        [0.5, 0.5, 1], [0.65, 0.25, 1], [0.4, 0.3, 1],
        [0, -0.6, 2], [0.15, -0.45, 2], [-0.15, -0.7, 2],
      ];
      await root.locator('.ti-plane').focus();
      for (const [x, y, label] of examples) {
        await page.keyboard.press(String(label + 1));
        await cursorTo(page, x, y);
        await page.keyboard.press('Enter');
      }
      expect(await root.getAttribute('data-examples')).toBe(String(examples.length));
      expect(await root.locator('.ti-status').textContent()).toBe(T.placed(T.className('C'), pointText(language, -0.15, -0.7), examples.length));
      expect(await root.locator('.ti-status').textContent()).toContain(lang === 'es' ? 'clase C en (−0,15; −0,70)' : 'class C example at (−0.15, −0.70)');

      // Before training the loss chart says why it is empty, instead of showing bare axes.
      expect(await root.locator('.ti-loss').textContent()).toContain(T.lossAppears);
      // Train with the keyboard; it stops by itself once every example is right.
      await root.locator('[data-action="train"]').focus();
      await page.keyboard.press('Enter');
      expect(await root.getAttribute('data-state')).toBe('training');
      await waitIdle(root);
      expect(await root.locator('.ti-loss polyline').count()).toBe(1);
      expect(await root.locator('.ti-loss').textContent()).not.toContain(T.lossAppears);
      expect(Number(await root.getAttribute('data-epoch'))).toBeGreaterThan(0);
      expect(await root.getAttribute('data-wrong')).toBe('0');
      const stats = (await root.locator('.ti-stats').textContent())!;
      const trainedLoss = number(stats.match(/(\d+[.,]\d{3})/)![1]!);
      expect(stats).toBe(T.stats(Number(await root.getAttribute('data-epoch')), formatNumber(trainedLoss, 3, undefined, lang), examples.length, examples.length));
      expect(stats).toContain(lang === 'es' ? `acierta ${examples.length} de ${examples.length}` : `right on ${examples.length} of ${examples.length}`);

      // The probe, placed on each labelled example, reads the right class (every one once, in English).
      for (const [x, y, label] of lang === 'en' ? examples : examples.slice(0, 3)) expect(await probeAt(page, root, x, y, language)).toBe(label);

      // A point far from class C's examples is not predicted C: mark it wrong, as class C.
      const [px, py] = [-0.9, 0.9];
      const predictedBefore = await probeAt(page, root, px, py, language);
      expect(predictedBefore).not.toBe(2);
      await root.locator('[data-action="correct"][data-label="2"]').focus();
      expect(await root.locator('[data-action="correct"][data-label="2"]').textContent()).toBe(T.reallyIs(T.className('C')));
      await page.keyboard.press('Enter');
      expect(await root.getAttribute('data-examples')).toBe(String(examples.length + 1));
      await waitIdle(root);
      expect(await root.getAttribute('data-wrong')).toBe('0');
      expect(await root.locator('.ti-probe-text').getAttribute('data-class')).toBe('2');
      expect(await root.locator('.ti-correction').getAttribute('data-class')).toBe('2');
      // The correction report states, in the page's words and decimal mark, that the loss on that example fell.
      const report = (await root.locator('.ti-correction').textContent())!;
      expect(report.startsWith(before(T.correction(pointText(language, px, py), SLOT, SLOT, SLOT, SLOT, SLOT, SLOT, SLOT)))).toBe(true);
      const [lossBefore, lossNow] = [...report.matchAll(lang === 'es' ? /pérdida(?: en este ejemplo)? (\d+,\d\d)/g : /loss(?: on this example)? (\d+\.\d\d)/g)].map((m) => number(m[1]!));
      expect(lossNow).toBeLessThan(lossBefore!);
      // And the earlier examples are still right.
      if (lang === 'en') for (const [x, y, label] of examples.slice(0, 3)) expect(await probeAt(page, root, x, y)).toBe(label);
      if (lang === 'es') {
        expect(await scrollsHorizontally(page)).toBe(false);
        expect(await seriousAxeViolations(page)).toEqual([]);
      }
      expect(problems).toEqual([]);
      await page.close();
    });

    it('refuses to "correct" a prediction that is already right, trains nothing with no examples, and deletes from the keyboard', async () => {
      const { page, problems } = await openPage(session, path(ENGLISH_PATH));
      const root = page.locator('[data-teach-it]').first();
      await root.locator('[data-action="train"]').click();
      expect(await root.locator('.ti-status').textContent()).toBe(T.nothingToLearn);
      expect(T.nothingToLearn).toMatch(lang === 'es' ? /^Todavía no hay nada de lo que aprender/ : /^Nothing to learn from yet/);
      const predicted = Number(await root.locator('.ti-probe-text').getAttribute('data-class'));
      await root.locator(`[data-action="correct"][data-label="${predicted}"]`).click();
      expect(await root.locator('.ti-status').textContent()).toBe(T.notAMistake(T.className('ABCD'[predicted]!)));
      expect(await root.getAttribute('data-examples')).toBe('0');
      // Place an example with the keyboard, then remove it with Delete at the same spot.
      await root.locator('.ti-plane').focus();
      await page.keyboard.press('2');
      await cursorTo(page, 0.3, -0.4);
      await page.keyboard.press('Enter');
      expect(await root.getAttribute('data-examples')).toBe('1');
      await page.keyboard.press('ArrowRight'); // still within reach of the example
      await page.keyboard.press('Delete');
      expect(await root.getAttribute('data-examples')).toBe('0');
      expect(await root.locator('.ti-status').textContent()).toBe(T.removed(T.className('B'), pointText(language, 0.3, -0.4)));
      expect(await root.locator('.ti-status').textContent()).toContain(lang === 'es' ? 'clase B en (0,30; −0,40)' : 'class B example at (0.30, −0.40)');
      expect(problems).toEqual([]);
      await page.close();
    });

    it('at learning rate 10 the loss stays high (or training stops with a message), with no error', async () => {
      const { page, problems } = await openPage(session, path(ENGLISH_PATH));
      const root = page.locator('[data-teach-it]').first();
      await root.locator('.ti-rate').focus();
      await page.keyboard.press('End'); // the largest rate offered, 10
      expect(await root.locator('.ti-rate').inputValue()).toBe('10');
      await root.locator('[data-action="starter"]').click();
      await root.locator('[data-action="train"]').click();
      // Let it run for at least 30 epochs (or until it stops by itself), then pause.
      await page.waitForFunction((el) => Number((el as HTMLElement).dataset.epoch) >= 30 || (el as HTMLElement).dataset.state === 'idle', await root.elementHandle(), { timeout: 60_000 });
      if (await root.getAttribute('data-state') === 'training') await root.locator('[data-action="train"]').click();
      const alert = (await root.locator('.ti-message').textContent()) ?? '';
      if (alert) {
        expect(alert.startsWith(before(T.diverged(SLOT))) && alert.endsWith(after(T.diverged(SLOT)))).toBe(true);
        expect(alert).toContain(lang === 'es' ? 'tasa de aprendizaje' : 'learning rate');
        expect(await root.getAttribute('data-examples')).toBe('12');
      } else {
        const loss = number((await root.locator('.ti-stats').textContent())!.match(lang === 'es' ? /pérdida de entrenamiento (\d+,\d+)/ : /training loss (\d+\.\d+)/)![1]!);
        expect(loss).toBeGreaterThan(0.5);
      }
      expect(problems).toEqual([]);
      await page.close();
    });

    if (lang === 'es') return;

    it('is axe clean and fits a 360 px phone in the dark theme while training', async () => {
      const { page, problems } = await openPage(session, path(ENGLISH_PATH), { width: 360, height: 740, colorScheme: 'dark' });
      const root = page.locator('[data-teach-it]').first();
      await root.locator('[data-action="starter"]').click();
      await root.locator('[data-action="train"]').click();
      await waitIdle(root);
      expect(await scrollsHorizontally(page)).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});
