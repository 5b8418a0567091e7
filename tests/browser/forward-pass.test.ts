// Chapter 4's ForwardPass, operated with the keyboard: set an input, fire layer by layer, and check every
// number shown against a forward pass computed here from the widget's own weights; on the English and the
// Spanish page (numbers typed and shown with each language's decimal mark, the answer in its words).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { forEachLanguage } from './support/languages';
import { formatNumber } from '../../src/ui/format.ts';

const ENGLISH_PATH = '/chapters/04-how-networks-learn/';
let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

interface Params { weights: number[][]; biases: number[][] }

/** An independent forward pass: sigmoid hidden layer, softmax output, weights row-major [nIn x nOut]. */
function forward(p: Params, x: number[]) {
  const layer = (a: number[], l: number) => {
    const nOut = p.biases[l].length;
    return p.biases[l].map((b, j) => a.reduce((s, ai, i) => s + ai * p.weights[l][i * nOut + j], b));
  };
  const z1 = layer(x, 0);
  const h = z1.map((z) => 1 / (1 + Math.exp(-z)));
  const z2 = layer(h, 1);
  const e = z2.map((z) => Math.exp(z - Math.max(...z2)));
  const y = e.map((v) => v / e.reduce((s, u) => s + u, 0));
  return { z: [z1, z2], a: [h, y] };
}


async function shownValues(page: Page) {
  const root = page.locator('[data-forward-pass]').first();
  return root.locator('svg.fp-drawing .fp-value').allTextContents();
}

forEachLanguage(({ lang, t, path, number, decimal }) => {
  const PATH = path(ENGLISH_PATH);
  /** A value the drawing shows; '?' (not fired yet) is not a number. */
  const parse = (text: string) => (text === '?' ? Number.NaN : number(text));
  const fmt = (v: number) => formatNumber(v, 2, undefined, lang);

  describe('ForwardPass', () => {
    it('fires layer by layer from the keyboard, showing the numbers of a forward pass computed independently', async () => {
      const { page, problems } = await openPage(session, PATH);
      const root = page.locator('[data-forward-pass]').first();
      const params = JSON.parse((await root.getAttribute('data-parameters'))!) as Params;

      // Type x1 = 1.3 in its number field, and move x2 down two slider steps from −1.00 with the keyboard.
      const x1Field = root.locator('input[type="text"]').nth(0);
      await x1Field.fill(`1${decimal}3`);
      await x1Field.press('Enter');
      const x2Slider = root.locator('input[type="range"]').nth(1);
      await x2Slider.focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      const x = [1.3, -1.2];
      const expected = forward(params, x);

      // Nothing beyond the inputs is lit yet.
      expect(await shownValues(page)).toEqual([fmt(1.3), fmt(-1.2), '?', '?', '?', '?', '?']);
      expect((await shownValues(page)).slice(0, 2)).toEqual(lang === 'es' ? ['1,30', '−1,20'] : ['1.30', '−1.20']);
      // Brightness follows the size of a value whatever its sign (chapter 4 says so): inputs use |x| / 2, and
      // the colour, not the brightness, says the sign.
      const fills = await root.locator('svg.fp-drawing .fp-fill').evaluateAll((els) =>
        els.map((e) => ({ colour: e.getAttribute('fill'), opacity: Number(e.getAttribute('fill-opacity')) })));
      expect(fills[0]!.opacity).toBeCloseTo(0.08 + 0.92 * (1.3 / 2), 6);
      expect(fills[1]!.opacity).toBeCloseTo(0.08 + 0.92 * (1.2 / 2), 6);
      expect(fills[1]!.opacity).toBeGreaterThan(0.5); // −1.2 is bright, not dim
      expect(fills[0]!.colour).not.toBe(fills[1]!.colour);
      const fire = root.locator('[data-action="fire"]');
      await fire.focus();
      await page.keyboard.press('Enter');
      let values = (await shownValues(page)).map(parse);
      expected.a[0].forEach((a, j) => expect(values[2 + j]).toBeCloseTo(a, 2));
      expect((await shownValues(page)).slice(5)).toEqual(['?', '?']);
      expect(await root.getAttribute('data-fired')).toBe('1');

      await page.keyboard.press('Enter');
      values = (await shownValues(page)).map(parse);
      expected.a[1].forEach((a, j) => expect(values[5 + j]).toBeCloseTo(a, 2));

      // The written-out sums: each line's z and activation match the independent pass.
      const items = root.locator('.fp-details li');
      expect(await items.count()).toBe(5);
      for (let k = 0; k < 5; k++) {
        const li = items.nth(k);
        const l = Number(await li.getAttribute('data-layer'));
        const j = Number(await li.getAttribute('data-index'));
        const text = (await li.textContent())!;
        const zText = text.match(/= (−?\d+[.,]\d\d);/)![1];
        expect(parse(zText)).toBeCloseTo(expected.z[l][j], 2);
        expect(text.trim().endsWith(fmt(expected.a[l][j]))).toBe(true);
      }
      const best = expected.a[1][0] >= expected.a[1][1] ? 1 : 2;
      const [p1, p2] = expected.a[1].map(fmt);
      expect(await root.locator('.fp-verdict').textContent()).toBe(t.forwardPass.answer(best, fmt(Math.max(...expected.a[1])), p1!, p2!));
      expect(await root.locator('.fp-verdict').textContent()).toContain(lang === 'es' ? `clase ${best}` : `class ${best}`);

      // Fully fired: the fire button is disabled and focus moved to "Start again", which resets.
      expect(await fire.isDisabled()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await root.getAttribute('data-fired')).toBe('0');
      expect(problems).toEqual([]);
      await page.close();
    });

    it('is axe clean and fits a 360 px phone in the dark theme with every layer fired', async () => {
      const { page, problems } = await openPage(session, PATH, { width: 360, height: 740, colorScheme: 'dark' });
      const fire = page.locator('[data-forward-pass] [data-action="fire"]');
      await fire.click();
      await fire.click();
      expect(await scrollsHorizontally(page)).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});
