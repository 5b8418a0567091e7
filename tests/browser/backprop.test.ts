// Chapter 4b's Backprop widget in Chromium, operated with the keyboard only: every gradient it shows equals
// a central finite difference computed here (with the reference engine in Node) and the finite difference
// it shows beside it; updates are w − η·g and the loss goes down; the predict-first question answers; no
// console error, no serious axe violation, no sideways scrolling on a 360 px phone. On the English and the
// Spanish page: every number read in the page's decimal mark, typed with it, and every verdict, feedback and
// list line in the page's words (from its catalogue); the animation (no words, no numbers) is checked once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  computeRound, createBackpropNetwork, EXAMPLE, finiteDifference, forwardValues, INITIAL_PARAMETERS, INTERMEDIATE_KEYS,
  paramValue, PARAM_KEYS, sgdStep, type ParamKey,
} from '../../components/Backprop/backprop-model';
import { PARAM_TEXT } from '../../components/Backprop/backprop-steps';
import { createReferenceNetwork } from '../../src/engine/index';
import { formatNumber } from '../../src/ui/format.ts';
import { launchBrowser, openPage, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { forEachLanguage } from './support/languages';

const ENGLISH_PATH = '/chapters/04b-backpropagation/';
const LEARNING_RATE = 2; // the chapter's starting value
const SHOWN = 0.5e-4 + 1e-9; // numbers are shown with 4 decimals

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

/** The test's own finite difference: perturb one number, recompute the loss with a fresh engine network. */
function independentFiniteDifference(parameters: typeof INITIAL_PARAMETERS, key: ParamKey | 'x1', h = 1e-6): number {
  const loss = (p: typeof INITIAL_PARAMETERS, x: number[]) => {
    const net = createReferenceNetwork({ inputs: 2, layers: [{ units: 2, activation: 'sigmoid' }, { units: 1, activation: 'sigmoid' }], loss: 'mse' });
    net.setParameters(p);
    const y = net.predict(x, 1)[0]!;
    return 0.5 * (y - EXAMPLE.target) ** 2;
  };
  if (key === 'x1') return (loss(parameters, [EXAMPLE.x[0] + h, EXAMPLE.x[1]]) - loss(parameters, [EXAMPLE.x[0] - h, EXAMPLE.x[1]])) / (2 * h);
  const shifted = (d: number) => {
    const p = structuredClone(parameters);
    // Engine layout, written out here rather than taken from the widget: w_ij at weights[0][i*2 + j].
    const kind = key.startsWith('b') ? 'biases' : 'weights';
    const layer = key.startsWith('v') || key === 'bo' ? 1 : 0;
    const index = { w11: 0, w12: 1, w21: 2, w22: 3, b1: 0, b2: 1, v1: 0, v2: 1, bo: 0 }[key];
    p[kind][layer]![index]! += d;
    return p;
  };
  return (loss(shifted(h), [...EXAMPLE.x]) - loss(shifted(-h), [...EXAMPLE.x])) / (2 * h);
}

async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

const currentStep = (page: Page) => page.evaluate(() => {
  const li = document.querySelector<HTMLElement>('[data-backprop] [data-step][aria-current="step"]')!;
  const key = li.dataset.gradient ?? '';
  const slot = (name: string) => li.querySelector(`[data-slot="${name}"]`)?.textContent ?? '';
  return {
    id: li.dataset.step!,
    gradient: key,
    shown: key ? slot(`g-${key}`) : '',
    finiteDifference: key ? li.querySelector(`[data-fd="${key}"]`)!.textContent! : '',
    verdict: key ? li.querySelector(`[data-fd-verdict="${key}"]`)!.textContent! : '',
    loss: slot('loss'),
    newLoss: slot('new-loss'),
    newW21: slot('new-w21'),
    visibleSteps: document.querySelectorAll('[data-backprop] [data-step]:not([hidden])').length,
    intermediates: [...li.querySelectorAll<HTMLElement>('[data-fd]')].filter((el) => el.dataset.fd !== key).map((el) => ({
      key: el.dataset.fd!,
      finiteDifference: el.textContent!,
      verdict: li.querySelector(`[data-fd-verdict="${el.dataset.fd}"]`)!.textContent!,
    })),
  };
});

forEachLanguage(({ lang, t, path, number: parseNumber, decimal }) => {
  const PATH = path(ENGLISH_PATH);
  const T = t.backprop;
  const fmt4 = (v: number) => formatNumber(v, 4, undefined, lang);
  /** The loss in one line of the list under "Run 10 updates" ("after 3: 0.0123"), read the page's way. */
  const listedLoss = (line: string) => parseNumber(line.split(': ')[1]!);
  // Each language in a browser of its own: the prediction saved on one page would show on the other's.
  beforeAll(async () => { await session?.close(); session = await launchBrowser(); });

  describe('Backprop widget (chapter 4b)', () => {
    it('steps through a whole round with the keyboard; every gradient equals a finite difference; the update lowers the loss', async () => {
      const { page, problems } = await openPage(session, PATH);
      await page.waitForSelector('[data-backprop] [data-next]:not([hidden])');

      // Predict first, by keyboard: the radio group, then the Check button.
      await tabTo(page, '[data-predict] input[value="up"]');
      await page.keyboard.press('ArrowDown'); // "down"
      await page.keyboard.press('ArrowDown'); // "stays": the article's picture
      await tabTo(page, '[data-check-prediction]');
      await page.keyboard.press('Enter');
      // The feedback names the misconception and says which way the weight goes, with its gradient in the
      // page's decimal mark (computed here from the finite difference, not read from the widget).
      const gPredicted = independentFiniteDifference(INITIAL_PARAMETERS, 'w21');
      const wrong = await page.locator('[data-prediction-feedback]').textContent();
      expect(gPredicted).toBeGreaterThan(0);
      expect(wrong).toBe(T.verdict.stays(T.verdict.why(PARAM_TEXT.w21, fmt4(gPredicted), true)));
      expect(wrong).toMatch(lang === 'es' ? /Los datos solo fluyen hacia delante.*así que w₂₁ baja\.$/ : /Data only ever flows forward.*so w₂₁ goes down\.$/);

      await tabTo(page, '[data-next]');
      const first = await currentStep(page);
      expect(first.id).toBe('forward');
      const f0 = forwardValues(createBackpropNetwork('sigmoid'));
      expect(Math.abs(parseNumber(first.loss) - f0.loss)).toBeLessThan(SHOWN);

      const checked = new Set<string>();
      const intermediates = new Set<string>();
      const firstRound = computeRound(createBackpropNetwork('sigmoid'), 'sigmoid');
      let update: Awaited<ReturnType<typeof currentStep>> | undefined;
      for (let i = 0; i < 20 && !update; i++) {
        await page.keyboard.press(i % 2 ? 'Enter' : 'Space');
        const step = await currentStep(page);
        expect(step.visibleSteps).toBe(i + 2);
        // The plain-text status names parameters in Unicode (bₒ), never in TeX source (b_o), in the page's words.
        const status = (await page.locator('[data-backprop] [data-status]').textContent())!;
        expect(status).not.toMatch(/[_\\{}]/);
        expect(status).toMatch(lang === 'es' ? /^Paso \d+ de \d+\./ : /^Step \d+ of \d+\./);
        if (step.gradient) {
          const key = step.gradient as ParamKey | 'x1';
          const mine = independentFiniteDifference(INITIAL_PARAMETERS, key);
          const engineFd = finiteDifference(createBackpropNetwork('sigmoid'), key);
          expect(Math.abs(parseNumber(step.shown) - mine), `${key} shown ${step.shown}, finite difference ${mine}`).toBeLessThan(SHOWN);
          expect(Math.abs(parseNumber(step.finiteDifference) - mine)).toBeLessThan(SHOWN);
          expect(Math.abs(engineFd - mine)).toBeLessThan(1e-8);
          expect(step.verdict.startsWith(T.agrees)).toBe(true);
          checked.add(key);
        }
        // δ_o, ∂L/∂h_j and δ_j: each shown with its own finite difference, which agrees with the chain rule.
        for (const c of step.intermediates) {
          const key = c.key as (typeof INTERMEDIATE_KEYS)[number];
          expect(Math.abs(parseNumber(c.finiteDifference) - firstRound.gradients[key]), key).toBeLessThan(SHOWN);
          expect(c.verdict.startsWith(T.agrees)).toBe(true);
          intermediates.add(key);
        }
        if (step.id === 'update') update = step;
      }
      expect(T.agrees).toMatch(lang === 'es' ? /^✓ coincide/ : /^✓ agrees/);
      expect([...checked].sort()).toEqual([...PARAM_KEYS, 'x1'].sort());
      expect([...intermediates].sort()).toEqual([...INTERMEDIATE_KEYS].sort());
      expect(update).toBeDefined();

      // The update: w21 − η·g, and a lower loss, as the engine computes them here.
      const net = createBackpropNetwork('sigmoid');
      const g21 = independentFiniteDifference(INITIAL_PARAMETERS, 'w21');
      sgdStep(net, LEARNING_RATE);
      expect(Math.abs(parseNumber(update!.newW21) - (paramValue(INITIAL_PARAMETERS, 'w21') - LEARNING_RATE * g21))).toBeLessThan(SHOWN);
      const lossAfter = forwardValues(net).loss;
      expect(Math.abs(parseNumber(update!.newLoss) - lossAfter)).toBeLessThan(SHOWN);
      expect(parseNumber(update!.newLoss)).toBeLessThan(parseNumber(update!.loss));

      // The next press starts round 2 from the updated weights.
      await page.keyboard.press('Enter');
      const round2 = await currentStep(page);
      expect(round2.id).toBe('forward');
      expect(Math.abs(parseNumber(round2.loss) - lossAfter)).toBeLessThan(SHOWN);

      // Ten more updates: the loss list keeps going down, matching the engine, each line in the page's words.
      await tabTo(page, '[data-train]');
      await page.keyboard.press('Enter');
      const lines = await page.locator('[data-losses] li').allTextContents();
      const losses = lines.map(listedLoss);
      const expected = [f0.loss, lossAfter];
      for (let i = 0; i < 10; i++) {
        sgdStep(net, LEARNING_RATE);
        expected.push(forwardValues(net).loss);
      }
      expect(losses).toHaveLength(expected.length);
      losses.forEach((l, i) => expect(Math.abs(l - expected[i]!)).toBeLessThan(SHOWN));
      for (let i = 1; i < losses.length; i++) expect(losses[i]).toBeLessThan(losses[i - 1]!);
      expect(lines).toEqual(losses.map((_, i) => {
        const shown = lines[i]!.split(': ')[1]!;
        return i === 0 ? T.historyStart(shown) : T.historyAfter(i, shown);
      }));
      expect(lines[3]).toMatch(lang === 'es' ? /^tras 3: 0,\d{4}$/ : /^after 3: 0\.\d{4}$/);

      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('reaches a learning rate where the loss overshoots: target 0.5, η = 50, and the loss rises and bounces', async () => {
      const { page, problems } = await openPage(session, PATH);
      await page.waitForSelector('[data-backprop] [data-next]:not([hidden])');
      const typeInto = async (id: string, text: string) => {
        await page.locator(`#${id}`).fill(text);
        await page.locator(`#${id}`).press('Enter');
      };
      // Typed as the page's readers type decimals: "0,5" on the Spanish page.
      await typeInto('backprop-target-number', `0${decimal}5`);
      await typeInto('backprop-eta-number', '50');
      await page.locator('[data-train]').press('Enter');
      const shown = (await page.locator('[data-losses] li').allTextContents()).map(listedLoss);
      const example = { ...EXAMPLE, target: 0.5 };
      const net = createBackpropNetwork('sigmoid');
      const expected = [forwardValues(net, example).loss];
      for (let i = 0; i < 10; i++) { sgdStep(net, 50, example); expected.push(forwardValues(net, example).loss); }
      expect(shown).toHaveLength(11);
      shown.forEach((l, i) => expect(Math.abs(l - expected[i]!)).toBeLessThan(SHOWN));
      expect(shown[1]).toBeGreaterThan(shown[0]!); // the first step overshoots
      expect(shown.slice(1).filter((l, i) => l > shown[i]!).length).toBeGreaterThanOrEqual(2);
      // Epoch, step and batch are counted: one example, so ten full-batch steps are ten epochs.
      const P = t.trainingProgress;
      expect(await page.locator('[data-backprop] [data-training-progress]').textContent())
        .toMatch(new RegExp(`^${[P.epoch(10), P.step(10), P.fullBatch(1)].join(' · ').replace(/[()]/g, '\\$&')}`));
      expect(await page.locator('[data-backprop] [data-training-progress]').textContent())
        .toMatch(lang === 'es' ? /^Época 10 · 10 pasos · cada paso usa el único ejemplo/ : /^Epoch 10 · 10 steps · each step uses the one training example/);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('fits a 360 px phone in the dark theme, with every formula inside its box, and stays accessible', async () => {
      const { page, problems } = await openPage(session, PATH, { width: 360, height: 740, colorScheme: 'dark' });
      await page.waitForSelector('[data-backprop] [data-next]:not([hidden])');
      for (let i = 0; i < 15; i++) await page.locator('[data-next]').press('Enter');
      expect(await scrollsHorizontally(page)).toBe(false);
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-backprop] .katex-display')]
          .filter((e) => e.scrollWidth > e.clientWidth + 1)
          .map((e) => e.closest<HTMLElement>('[data-step]')?.dataset.step));
      expect(overflowing).toEqual([]);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});

// No words and no numbers: once, on the English page.
describe('Backprop widget (chapter 4b), motion', () => {
  it('animates the backward arrow, but not for a reader who prefers reduced motion', async () => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const { page, problems } = await openPage(session, ENGLISH_PATH, { reducedMotion });
      await page.waitForSelector('[data-backprop] [data-next]:not([hidden])');
      for (let i = 0; i < 3; i++) await page.locator('[data-next]').press('Enter'); // on edge h1 → ŷ
      const animation = await page.evaluate(() =>
        getComputedStyle(document.querySelector('[data-part="edge-v1"] .backprop-flow')!).animationName);
      const outlined = await page.evaluate(() => document.querySelector<HTMLElement>('[data-part="edge-v1"]')!.dataset.state);
      expect(outlined).toContain('current');
      expect(animation).toBe(reducedMotion === 'reduce' ? 'none' : 'backprop-sweep');
      expect(problems).toEqual([]);
      await page.close();
    }
  });
});
