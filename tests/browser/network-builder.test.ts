// Chapter 3's NetworkBuilder, operated with the keyboard only: the drawing and the parameter count follow
// every edit, and the numbers shown match the formula recomputed here. The keyboard walk, its announcements,
// the drawing's labels and the 360 px layout on the English and the Spanish page (words from each page's
// catalogue); the counts of the chapter's question and the recurrent figure (no words read) once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { forEachLanguage } from './support/languages';

const ENGLISH_PATH = '/chapters/03-structure/';
let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

// Independent of the widget's code: count by the formula Σ n_in·n_out + n_out.
const expected = (shape: number[]) => {
  let weights = 0, biases = 0;
  for (let l = 1; l < shape.length; l++) { weights += shape[l - 1] * shape[l]; biases += shape[l]; }
  return { weights, biases, total: weights + biases };
};

async function shown(page: Page) {
  const root = page.locator('[data-network-builder]').first();
  const slot = async (name: string) => Number(await root.locator(`[data-slot="${name}"]`).first().textContent());
  return {
    shape: (await root.getAttribute('data-shape'))!.split(',').map(Number),
    weights: await slot('weights'),
    biases: await slot('biases'),
    total: await slot('total'),
    sum: (await root.locator('.nb-sum').textContent())!,
    lines: await root.locator('svg.nb-drawing line').count(),
    circles: await root.locator('svg.nb-drawing circle').count(),
    columns: await root.locator('svg.nb-drawing .nb-labels text').allTextContents(),
  };
}

/** Tabs forward until the focused element matches `selector` (at most 60 presses). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

forEachLanguage(({ lang, t, path }) => {
  const T = t.networkBuilder;

  describe('NetworkBuilder', () => {
    it('adds and removes neurons and layers from the keyboard, with the count matching the formula', async () => {
      const { page, problems } = await openPage(session, path(ENGLISH_PATH));
      const check = async (shape: number[]) => {
        const s = await shown(page);
        const e = expected(shape);
        expect(s.shape).toEqual(shape);
        expect([s.weights, s.biases, s.total]).toEqual([e.weights, e.biases, e.total]);
        expect(s.sum.endsWith(`= ${e.weights} + ${e.biases} = ${e.total}`)).toBe(true);
        // One line per weight, one circle per neuron, inputs included.
        expect(s.lines).toBe(e.weights);
        expect(s.circles).toBe(shape.reduce((a, b) => a + b, 0));
        // Each column is named in the page's words under the drawing: "in: 2", "h1: 3", "out: 1".
        expect(s.columns).toEqual(shape.map((n, l) => `${l === 0 ? T.columnInput : l === shape.length - 1 ? T.columnOutput : T.columnHidden(l)}: ${n}`));
      };
      await check([2, 3, 1]);

      // Add a neuron to hidden layer 1 twice: focus stays on the button, so Enter presses it again.
      await tabTo(page, '[data-network-builder] [data-action="add-neuron"][data-layer="1"]');
      // The button says what it does in the page's words, to a screen reader too.
      const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      expect(await focusedLabel()).toBe(T.addNeuronTo(T.inSentence(T.hidden(1))));
      expect(await focusedLabel()).toBe(lang === 'es' ? 'Añadir una neurona a la capa oculta 1' : 'Add a neuron to hidden layer 1');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await check([2, 5, 1]);

      // Add a hidden layer (Space on the button), then grow the output layer.
      await tabTo(page, '[data-network-builder] [data-action="add-layer"]');
      await page.keyboard.press('Space');
      await check([2, 5, 3, 1]);
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.action)).toBe('add-neuron');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.layer)).toBe('3');
      await page.keyboard.press('Enter');
      await check([2, 5, 3, 2]);

      // Remove hidden layer 1: a 2-3-2 network is left, and focus stays inside the widget.
      await page.locator('[data-network-builder] [data-action="remove-layer"][data-layer="1"]').focus();
      await page.keyboard.press('Enter');
      await check([2, 3, 2]);
      expect(await page.evaluate(() => document.activeElement?.closest('[data-network-builder]') !== null)).toBe(true);

      // The status line announces the edit and the new count, in the page's words.
      const status = await page.locator('[data-network-builder] .nb-status').textContent();
      const e = expected([2, 3, 2]);
      expect(status).toBe(`${T.removedLayer(T.inSentence(T.hidden(1)))} ${T.count('2-3-2', e.weights, e.biases, e.total)}`);
      expect(status).toContain(lang === 'es' ? `= ${e.total} parámetros.` : `= ${e.total} parameters.`);

      // Limits: the input layer cannot go below one neuron; the button is disabled, not silently ignored.
      const removeInput = page.locator('[data-network-builder] [data-action="remove-neuron"][data-layer="0"]');
      await removeInput.focus();
      await page.keyboard.press('Enter');
      await check([1, 3, 2]);
      expect(await removeInput.isDisabled()).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('is axe clean and fits a 360 px phone in the dark theme', async () => {
      const { page, problems } = await openPage(session, path(ENGLISH_PATH), { width: 360, height: 740, colorScheme: 'dark' });
      // Grow the widest things the reader can make: the most hidden layers.
      const add = page.locator('[data-network-builder] [data-action="add-layer"]');
      while (await add.isEnabled()) await add.click();
      expect((await page.locator('[data-network-builder]').getAttribute('data-shape'))!.split(',').length).toBeGreaterThan(5);
      // The longest column labels fit under their columns: no label overlaps its neighbour.
      const boxes = await page.locator('[data-network-builder] svg.nb-drawing .nb-labels text').evaluateAll((els) =>
        els.map((el) => { const r = el.getBoundingClientRect(); return [r.left, r.right]; }));
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]).toBeGreaterThanOrEqual(boxes[i - 1]![1]);
      expect(await scrollsHorizontally(page)).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});

// Counts and a figure with no words to read: once, on the English page.
describe('NetworkBuilder, language-free', () => {
  it('builds the networks the chapter\'s predict-then-run question compares: 10-5-10, 10-6-10 and 10-5-3-10', async () => {
    const { page, problems } = await openPage(session, ENGLISH_PATH);
    const root = page.locator('[data-network-builder]').first();
    const press = async (action: string, layer: number, times = 1) => {
      for (let k = 0; k < times; k++) await root.locator(`[data-action="${action}"][data-layer="${layer}"]`).click();
    };
    const count = async () => ({ shape: (await root.getAttribute('data-shape'))!, total: Number(await root.locator('[data-slot="total"]').first().textContent()) });
    await press('add-neuron', 0, 8);
    await press('add-neuron', 1, 2);
    await press('add-neuron', 2, 9);
    expect(await count()).toEqual({ shape: '10,5,10', total: expected([10, 5, 10]).total });
    expect(expected([10, 5, 10]).total).toBe(115); // the number the chapter's answer quotes
    await press('add-neuron', 1);
    expect(await count()).toEqual({ shape: '10,6,10', total: 136 });
    await press('remove-neuron', 1);
    await root.locator('[data-action="add-layer"]').click();
    expect(await count()).toEqual({ shape: '10,5,3,10', total: 113 });
    expect(expected([10, 5, 3, 10]).total).toBe(113);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('unrolls the recurrent figure step by step from the keyboard', async () => {
    const { page, problems } = await openPage(session, ENGLISH_PATH);
    const fig = page.locator('[data-recurrent-figure]');
    expect(await fig.getAttribute('data-shown')).toBe('1');
    await fig.locator('[data-action="more"]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await fig.getAttribute('data-shown')).toBe('3');
    expect(await fig.locator('.rf-step[data-step="3"]').evaluate((g) => getComputedStyle(g).visibility)).toBe('visible');
    expect(await fig.locator('.rf-step[data-step="4"]').evaluate((g) => getComputedStyle(g).visibility)).toBe('hidden');
    expect(problems).toEqual([]);
    await page.close();
  });
});
