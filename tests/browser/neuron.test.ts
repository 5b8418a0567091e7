// The Neuron widget in chapter 1, driven from the keyboard only. Every number it shows (each product w·x,
// z, a, and the KaTeX slots) is checked against the formula recomputed here, for several settings and every
// activation; in both themes; at 360 px; and without JavaScript (the static description must show). On the
// English and the Spanish page: numbers typed and shown with each language's decimal mark, messages in its words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, openPageWithoutJavaScript, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { forEachLanguage } from './support/languages';
import { formatNumber } from '../../src/ui/format.ts';
import type { Lang } from '../../src/i18n/lang.ts';

const ENGLISH_CHAPTER = '/chapters/01-what-is-a-neural-network/';
const W = '#neuron';

// The formula, written out independently of the widget's own module.
const F: Record<string, (z: number) => number> = {
  step: (z) => (z >= 0 ? 1 : 0),
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  tanh: (z) => (Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z)),
  relu: (z) => Math.max(0, z),
  linear: (z) => z,
};
const ACTIVATIONS = ['step', 'sigmoid', 'tanh', 'relu', 'linear']; // the order of the <select>

interface Setting { x: number[]; w: number[]; b: number; f: string }
/** The page's language: numbers are shown and typed its way. Set by each language's describe block. */
let lang: Lang = 'en';
const fmt = (v: number) => formatNumber(v, 2, undefined, lang);
/** A number as a reader of the page's language types it: "0.75" on the English page, "0,75" on the Spanish one. */
const typed = (text: string) => (lang === 'es' ? text.replace('.', ',') : text);

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, backwards = false): Promise<void> {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Moves focus to a control by Tab, searching forwards and then backwards. */
async function focusByKeyboard(page: Page, selector: string): Promise<void> {
  if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  try { await tabTo(page, selector); } catch { await tabTo(page, selector, true); }
}

/** Focuses a number field by Tab, replaces its text by typing, and commits with Enter. */
async function typeNumber(page: Page, id: string, text: string): Promise<void> {
  await focusByKeyboard(page, `#${id}-number`);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(typed(text));
  await page.keyboard.press('Enter');
}

async function chooseActivation(page: Page, name: string): Promise<void> {
  await focusByKeyboard(page, `${W} select[data-activation]`);
  await page.keyboard.press('Home');
  for (let i = 0; i < ACTIVATIONS.indexOf(name); i++) await page.keyboard.press('ArrowDown');
  expect(await page.locator(`${W} select[data-activation]`).inputValue()).toBe(name);
}

/** What the widget shows: table cells and the KaTeX slots that are visible. */
async function shown(page: Page) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const cells = (attr: string) => [...root.querySelectorAll(`[${attr}]`)].map((el) => el.textContent!.trim());
    const visible = (el: Element) => el.getClientRects().length > 0;
    const slots: Record<string, string[]> = {};
    for (const el of root.querySelectorAll<HTMLElement>('[data-slot]')) {
      if (!visible(el)) continue;
      (slots[el.dataset.slot!] ??= []).push(el.textContent!.trim());
    }
    const out = (name: string) => root.querySelector(`[data-out="${name}"]`)!.textContent!.trim();
    const lines = [...root.querySelectorAll('[data-drawing] line[data-weight]')].map((l) => ({
      dashed: (l.getAttribute('stroke-dasharray') ?? '') !== '', width: Number(l.getAttribute('stroke-width')),
    }));
    return {
      x: cells('data-x'), w: cells('data-w'), products: cells('data-product'),
      b: out('b'), z: out('z'), a: out('a'), slots, lines,
      sumVariant: [...root.querySelectorAll<HTMLElement>('[data-sum-for]')].filter(visible).map((el) => el.dataset.sumFor),
      activationVariant: [...root.querySelectorAll<HTMLElement>('[data-activation-formula]')].filter(visible).map((el) => el.dataset.activationFormula),
    };
  }, W);
}

async function expectShows(page: Page, s: Setting): Promise<void> {
  const products = s.x.map((x, i) => s.w[i] * x);
  const z = products.reduce((sum, p) => sum + p, s.b);
  const a = F[s.f](z);
  const got = await shown(page);
  expect(got.x).toEqual(s.x.map(fmt));
  expect(got.w).toEqual(s.w.map(fmt));
  expect(got.products).toEqual(products.map(fmt));
  expect([got.b, got.z, got.a]).toEqual([fmt(s.b), fmt(z), fmt(a)]);
  // The KaTeX formula: one visible variant of each part, every slot filled with the current number.
  expect(got.sumVariant).toEqual([String(s.x.length)]);
  expect(got.activationVariant).toEqual([s.f]);
  const expectedSlots: Record<string, string[]> = { b: [fmt(s.b)], z: s.f === 'linear' ? [fmt(z)] : [fmt(z), fmt(z)], a: [fmt(a)] };
  s.x.forEach((x, i) => { expectedSlots[`x${i + 1}`] = [fmt(x)]; expectedSlots[`w${i + 1}`] = [fmt(s.w[i])]; });
  expect(got.slots).toEqual(expectedSlots);
  // The drawing: one line per weight, dashed exactly when the weight is negative, thicker when larger.
  expect(got.lines.map((l) => l.dashed)).toEqual(s.w.map((w) => w < 0));
  const byWeight = s.w.map((w, i) => [Math.abs(w), got.lines[i].width] as const).sort((p, q) => p[0] - q[0]);
  for (let i = 1; i < byWeight.length; i++) if (byWeight[i][0] > byWeight[i - 1][0]) expect(byWeight[i][1]).toBeGreaterThan(byWeight[i - 1][1]);
}

forEachLanguage(({ lang: pageLang, t, path }) => {
  const CHAPTER = path(ENGLISH_CHAPTER);
  // Each language in a browser of its own: answers saved on one page's self-check would show on the other's.
  beforeAll(async () => { lang = pageLang; await session?.close(); session = await launchBrowser(); });

  describe('the Neuron widget, from the keyboard', () => {
    it('shows products, z, a and the formula that match the maths, for several settings and every activation (light theme)', async () => {
      const { page, problems } = await openPage(session, CHAPTER, { width: 1280, colorScheme: 'light' });
      const initial = JSON.parse((await page.locator(W).getAttribute('data-config'))!);
      const s: Setting = { x: initial.inputs, w: initial.weights, b: initial.bias, f: initial.activation };
      await expectShows(page, s);

      // Sliders: arrow keys move by the step (0.1), End jumps to the maximum.
      await focusByKeyboard(page, '#neuron-x1-range');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      s.x[0] = 1.3;
      await expectShows(page, s);
      await focusByKeyboard(page, '#neuron-w2-range');
      await page.keyboard.press('End');
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
      s.w[1] = 2.6;
      await expectShows(page, s);

      // Number fields accept exact decimal values and the minus sign (a decimal comma is refused in English:
      // hostile-input.test.ts).
      await typeNumber(page, 'neuron-x2', '0.75');
      s.x[1] = 0.75;
      await typeNumber(page, 'neuron-w1', '1.234');
      s.w[0] = 1.234;
      await typeNumber(page, 'neuron-bias', '−0.35');
      s.b = -0.35;
      await expectShows(page, s);

      // Every activation with z > 0 …
      expect(s.x[0] * s.w[0] + s.x[1] * s.w[1] + s.b).toBeGreaterThan(0);
      for (const f of ACTIVATIONS) { await chooseActivation(page, f); s.f = f; await expectShows(page, s); }
      // … and with z < 0.
      await typeNumber(page, 'neuron-x2', '-1.5');
      s.x[1] = -1.5;
      expect(s.x[0] * s.w[0] + s.x[1] * s.w[1] + s.b).toBeLessThan(0);
      for (const f of ACTIVATIONS) { await chooseActivation(page, f); s.f = f; await expectShows(page, s); }

      // Add inputs with the keyboard (Enter and Space on the button), up to four; then remove one.
      await focusByKeyboard(page, `${W} [data-add-input]`);
      await page.keyboard.press('Enter');
      s.x.push(1); s.w.push(0.5);
      await expectShows(page, s);
      await typeNumber(page, 'neuron-x3', '2');
      s.x[2] = 2;
      await typeNumber(page, 'neuron-w3', '-0.8');
      s.w[2] = -0.8;
      await expectShows(page, s);
      await focusByKeyboard(page, `${W} [data-add-input]`);
      await page.keyboard.press('Space');
      s.x.push(1); s.w.push(0.5);
      await expectShows(page, s);
      expect(await page.locator(`${W} [data-add-input]`).isDisabled()).toBe(true);
      // With "add" disabled at four inputs, focus has moved to "remove" rather than being lost.
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-remove-input'))).toBe(true);
      await page.keyboard.press('Enter');
      s.x.pop(); s.w.pop();
      await expectShows(page, s);

      // The chart marks the current point, and the polite live region sums up z and a once input settles.
      const z = s.x.reduce((sum, x, i) => sum + s.w[i] * x, s.b);
      const a = F[s.f](z);
      await expect.poll(() => page.locator(`${W} [data-plot] svg[role="img"]`).getAttribute('aria-description'))
        .toBe(t.neuron.chartPoint(fmt(z), fmt(a)));
      await expect.poll(() => page.locator(`${W} [aria-live="polite"]`).textContent())
        .toContain(t.neuron.summary(fmt(z), fmt(a), t.neuron.activationNames[s.f as keyof typeof t.neuron.activationNames]));
      expect(await page.locator(`${W} [aria-live="polite"]`).textContent()).toContain(lang === 'es' ? 'salida a =' : 'output a =');
      expect(problems).toEqual([]);
      await page.close();
    });

    it('labels every control, and a value out of range is kept in range with a message', async () => {
      const { page, problems } = await openPage(session, CHAPTER);
      const unlabelled = await page.evaluate((sel) => [...document.querySelectorAll(`${sel} input, ${sel} select, ${sel} button`)]
        .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label') && !el.textContent?.trim())
        .map((el) => el.outerHTML), W);
      expect(unlabelled).toEqual([]);
      await typeNumber(page, 'neuron-w1', '99');
      expect(await page.locator('#neuron-w1-number').inputValue()).toBe(fmt(3));
      expect(await page.locator('#neuron-w1-message').textContent()).toMatch(lang === 'es' ? /intervalo de −3,00 a 3,00/ : /within the range from −3\.00 to 3\.00/);
      await typeNumber(page, 'neuron-w1', 'abc');
      expect(await page.locator('#neuron-w1-message').textContent()).toMatch(lang === 'es'
        ? /«abc» no es un número decimal.* Se mantiene 3,00\./
        : /“abc” is not a decimal number.* Kept 3\.00\./);
      expect(await page.locator('#neuron-w1-message').textContent()).toBe(`${t.numbers.refusal('not-decimal', 'abc')} ${t.numbers.kept(fmt(3))}`);
      expect(await page.locator('#neuron-w1-number').inputValue()).toBe(fmt(3)); // the field shows the value in force
      expect(await page.locator(`${W} [data-w="1"]`).textContent()).toBe(fmt(3)); // nothing lost
      expect(problems).toEqual([]);
      await page.close();
    });

    it('fits a 360 px phone in the dark theme with four inputs, axe clean', async () => {
      const { page, problems } = await openPage(session, CHAPTER, { width: 360, height: 740, colorScheme: 'dark' });
      await focusByKeyboard(page, `${W} [data-add-input]`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(`${W} [data-rows] tr`).count()).toBe(4);
      expect(await scrollsHorizontally(page)).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);
      // Dark theme really applies: the panel is dark, the text light.
      const [bg, fg] = await page.locator(W).evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
      const lum = (c: string) => c.match(/\d+/g)!.slice(0, 3).map(Number).reduce((s, v) => s + v, 0);
      expect(lum(bg)).toBeLessThan(lum(fg));
      expect(problems).toEqual([]);
      await page.close();
    });

    it('without JavaScript, shows a static description with the worked numbers instead of dead controls', async () => {
      const { page, close } = await openPageWithoutJavaScript(CHAPTER);
      try {
        const fallback = page.locator(`${W} [data-fallback]`);
        expect(await fallback.isVisible()).toBe(true);
        expect(await page.locator(`${W} [data-live]`).isVisible()).toBe(false);
        // Chapter 1's starting example: x = (1, 0.5), w = (0.8, −0.4), b = 0.1, sigmoid.
        const z = 0.8 * 1 - 0.4 * 0.5 + 0.1;
        const text = (await fallback.textContent())!.replace(/\s+/g, ' ');
        expect(text).toContain(`z = ${fmt(z)}`);
        expect(text).toContain(`a = ${fmt(F.sigmoid(z))}`);
        // The chapter still reads: prose and build-time maths are there.
        expect(await page.locator('article .katex').count()).toBeGreaterThan(5);
        expect(await page.locator('[data-projector-toggle]').isVisible()).toBe(false);
        // The self-check cannot grade without scripts: no dead Check buttons, but every answer can be shown.
        expect(await page.locator('#check-1 [data-check]').first().isVisible()).toBe(false);
        const answers = page.locator('#check-1 details.self-check-answer');
        expect(await answers.count()).toBe(3);
        await answers.first().locator('summary').click();
        expect(await answers.first().textContent()).toMatch(/ReLU|max/);
      } finally {
        await close();
      }
    });
  });

  describe('the predict-then-run question of chapter 1', () => {
    it('is decided by the widget: with the step, the output is 1 at b = −0.6 and 0 just below', async () => {
      const { page, problems } = await openPage(session, CHAPTER);
      await chooseActivation(page, 'step');
      await typeNumber(page, 'neuron-bias', '-0.6');
      expect((await shown(page)).a).toBe(fmt(1));
      await typeNumber(page, 'neuron-bias', '-0.61');
      expect((await shown(page)).a).toBe(fmt(0));
      await typeNumber(page, 'neuron-bias', '0.6'); // a misconception the question names: still 1, but not the edge
      expect((await shown(page)).a).toBe(fmt(1));
      expect(problems).toEqual([]);
      await page.close();
    });
  });

  describe('the self-check in chapter 1', () => {
    it('grades answers given from the keyboard and explains them', async () => {
      const { page, problems } = await openPage(session, CHAPTER);
      const q = (n: number) => `#check-1 li:nth-child(${n}) [data-question]`;

      // Question 1 (number): z = 0.5·2 + 1.5·(−1) + 0.25 = −0.25, ReLU gives 0. "Show the answer" waits for
      // an attempt; a wrong answer with no known misconception gets a nudge, not the answer.
      const showAnswer = page.locator(`${q(1)} details.self-check-answer`);
      expect(await showAnswer.isVisible()).toBe(false);
      await focusByKeyboard(page, `${q(1)} [data-number-answer]`);
      await page.keyboard.type(typed('0.5'));
      await page.keyboard.press('Enter');
      expect(await page.locator(`${q(1)} [data-verdict]`).textContent()).toBe(t.selfCheck.wrong);
      expect(await page.locator(`${q(1)} [data-explanation="try-again"]`).isVisible()).toBe(true);
      expect(await page.locator(`${q(1)} [data-explanation="answer"]`).isVisible()).toBe(false);
      expect(await showAnswer.isVisible()).toBe(true);
      // −0.25 is z itself: the feedback names that mistake (ReLU not applied).
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(typed('−0.25'));
      await page.keyboard.press('Enter');
      expect(await page.locator(`${q(1)} [data-explanation="misconception-0"]`).textContent()).toMatch(/ReLU/);
      await expect.poll(() => page.locator(`${q(1)} [data-explanation="misconception-0"]`).isVisible()).toBe(true);
      await expect.poll(() => page.locator(`${q(1)} [data-explanation="try-again"]`).isVisible()).toBe(false);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(String(Math.max(0, 0.5 * 2 + 1.5 * -1 + 0.25)));
      await page.keyboard.press('Enter');
      expect(await page.locator(`${q(1)} [data-verdict]`).textContent()).toBe(t.selfCheck.correct);

      // Question 2 (choice): arrow keys move within the radio group; the first choice is the loose "rate" myth.
      await focusByKeyboard(page, `${q(2)} input[type="radio"]`);
      await page.keyboard.press('Space');
      await focusByKeyboard(page, `${q(2)} [data-check]`);
      await page.keyboard.press('Enter');
      expect(await page.locator(`${q(2)} [data-verdict]`).textContent()).toBe(t.selfCheck.wrong);
      expect(await page.locator(`${q(2)} [data-explanation="0"]`).isVisible()).toBe(true);
      await focusByKeyboard(page, `${q(2)} input[type="radio"]:checked`);
      await page.keyboard.press('ArrowDown');
      await focusByKeyboard(page, `${q(2)} [data-check]`);
      await page.keyboard.press('Enter');
      expect(await page.locator(`${q(2)} [data-verdict]`).textContent()).toBe(t.selfCheck.correct);
      expect(await page.locator(`${q(2)} [data-explanation="1"]`).isVisible()).toBe(true);
      expect(await page.locator(`${q(2)} [data-explanation="0"]`).isVisible()).toBe(false);

      // Checking with nothing chosen asks for an answer instead of grading.
      await focusByKeyboard(page, `${q(3)} [data-check]`);
      await page.keyboard.press('Enter');
      expect(await page.locator(`${q(3)} [data-verdict]`).textContent()).toBe(t.selfCheck.pickFirst);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});
