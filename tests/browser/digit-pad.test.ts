// Chapter 2's digit recogniser in a real browser: ONNX Runtime comes from the site itself and only on the
// page that uses it; the keyboard path (test digits) works and the numbers shown match ONNX Runtime in
// Node on the exact 28×28 input the page shows; strokes drawn with a mouse are read correctly.
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percent } from '../../components/DigitPad/digit-model';
import { baseURL, launchBrowser, openPage, seriousAxeViolations, type Session } from './support/browser';
import { builtPages } from './support/pages';

const CHAPTER = '/chapters/02-uses/';
const ORT_FILE = /ort[.-].*\.(m?js|wasm)$|\.onnx$/;
let session: Session;
let model: ort.InferenceSession;
beforeAll(async () => {
  session = await launchBrowser();
  model = await ort.InferenceSession.create(readFileSync('public/models/digits.onnx'));
});
afterAll(async () => { await session?.close(); await model?.release(); });

/** Every resource the page has fetched so far (from the start, as the browser recorded them). */
const fetched = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

/** Opens chapter 2, brings the widget into view and waits for the model. */
async function openReadyPad(options: { width?: number; height?: number } = {}) {
  const opened = await openPage(session, CHAPTER, options);
  await opened.page.locator('.digit-pad').scrollIntoViewIfNeeded();
  await opened.page.locator('.pad-status', { hasText: 'Model ready' }).waitFor({ timeout: 60_000 });
  return opened;
}

/** Opens a page recording every request from the very first one (optionally running a script first). */
async function openRecording(path: string, initScript?: () => void) {
  const context = (session as unknown as { context: BrowserContext }).context;
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(new URL(path, baseURL()).href, { waitUntil: 'load' });
  return { page, requests };
}

/** The 28×28 input the page shows (the preview canvas), as the model's 784 numbers in [0, 1]. */
const shownInput = (page: Page) => page.evaluate(() => {
  const c = document.querySelector<HTMLCanvasElement>('.pad-input')!;
  const data = c.getContext('2d')!.getImageData(0, 0, 28, 28).data;
  return Array.from({ length: 784 }, (_, k) => data[k * 4] / 255);
});
const shownList = (page: Page) => page.locator('.pad-list li').allTextContents();

async function nodeProbabilities(input: number[]): Promise<Float32Array> {
  const out = await model.run({ pixels: new ort.Tensor('float32', Float32Array.from(input), [1, 784]) });
  return out.probabilities.data as Float32Array;
}

/** Draws polylines on the pad with the mouse; points in 0..1 of the canvas. */
async function drawStrokes(page: Page, strokes: [number, number][][]) {
  const box = (await page.locator('.pad-canvas').boundingBox())!;
  for (const stroke of strokes) {
    await page.mouse.move(box.x + stroke[0][0] * box.width, box.y + stroke[0][1] * box.height);
    await page.mouse.down();
    for (let k = 1; k < stroke.length; k++) {
      // Intermediate mouse events along each segment, as a hand would produce.
      await page.mouse.move(box.x + stroke[k][0] * box.width, box.y + stroke[k][1] * box.height, { steps: 2 });
    }
    await page.mouse.up();
  }
}

const ellipse = (cx: number, cy: number, rx: number, ry: number): [number, number][] =>
  Array.from({ length: 17 }, (_, k) => [cx + rx * Math.sin((2 * Math.PI * k) / 16), cy - ry * Math.cos((2 * Math.PI * k) / 16)]);

describe('DigitPad on chapter 2', () => {
  it('pages without the widget load no ONNX Runtime file', async () => {
    const without = builtPages().filter((p) => !readFileSync(`dist${p}index.html`, 'utf8').includes('digit-pad'));
    expect(without).toContain('/chapters/01-what-is-a-neural-network/');
    for (const path of without) {
      const { page, requests } = await openRecording(path);
      // Scroll to the end: a widget that loads ORT lazily would start within a frame or two.
      await page.mouse.wheel(0, 20_000);
      await page.waitForTimeout(400); // a check that nothing happens: no ORT request after the scroll
      expect(requests.length, path).toBeGreaterThan(0);
      expect(requests.filter((u) => ORT_FILE.test(new URL(u).pathname)), path).toEqual([]);
      await page.close();
    }
  });

  it('loads ONNX Runtime and the model from its own origin, only once the widget is near', async () => {
    // A phone-sized window at the top of the page: the widget is far below, so nothing is loaded yet.
    const { page, problems } = await openPage(session, CHAPTER, { width: 360, height: 400 });
    await page.waitForLoadState('networkidle');
    expect((await fetched(page)).filter((u) => ORT_FILE.test(new URL(u).pathname))).toEqual([]);
    await page.locator('.digit-pad').scrollIntoViewIfNeeded();
    await page.locator('.pad-status', { hasText: 'Model ready' }).waitFor({ timeout: 60_000 });
    const ortFiles = (await fetched(page)).filter((u) => ORT_FILE.test(new URL(u).pathname));
    expect(ortFiles.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(ortFiles.some((u) => u.endsWith('.onnx'))).toBe(true);
    for (const url of ortFiles) expect(new URL(url).origin).toBe(new URL(baseURL()).origin);
    // The page quotes the model card's held-out score.
    const card = JSON.parse(readFileSync('public/models/digits.json', 'utf8'));
    await page.locator('.pad-card', { hasText: 'never trained on' }).waitFor();
    expect(await page.locator('.pad-card').textContent())
      .toContain(`right ${Math.round(card.heldOutAccuracy * 2000).toLocaleString('en')} times (${(100 * card.heldOutAccuracy).toFixed(2)}%)`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads held-out test digits loaded with the keyboard, showing what ONNX Runtime computes', async () => {
    const { page, problems } = await openReadyPad();
    await page.locator('.pad-canvas').focus();
    let correct = 0;
    for (let k = 0; k < 20; k++) {
      await page.keyboard.press('Enter');
      await page.locator('.pad-status', { hasText: `Test digit ${k + 1} of 20` }).waitFor();
      const label = Number(await page.locator('.digit-pad').getAttribute('data-sample-label'));
      await page.waitForFunction(() => document.querySelectorAll('.pad-list li').length === 10);
      // The page's ten numbers are ONNX Runtime's on the exact input the page shows (up to the preview's
      // 8-bit rounding, which can move a percentage by a hair: compare as numbers, not strings).
      const expected = await nodeProbabilities(await shownInput(page));
      const shown = await shownList(page);
      const top = expected.indexOf(Math.max(...expected));
      expect(await page.locator('.digit-pad').getAttribute('data-prediction')).toBe(String(top));
      shown.forEach((text, d) => {
        expect(text.startsWith(`${d}: `)).toBe(true);
        const p = expected[d];
        if (p > 0.002 && p < 0.998) expect(Math.abs(Number.parseFloat(text.slice(3).replace(/[<>]/g, '')) - 100 * p)).toBeLessThan(1);
        else expect(text).toBe(`${d}: ${percent(p)}`);
      });
      if (top === label) correct++;
    }
    expect(correct).toBeGreaterThanOrEqual(18);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('still says which test digit is shown when the model finishes loading after it was asked for', async () => {
    // A short window keeps the widget out of view, so nothing loads before the click; the model file is held
    // back until the test digit has been drawn, so the model is ready only after it.
    const { page, problems } = await openPage(session, CHAPTER, { height: 500 });
    await page.route('**/digits.onnx', async (route) => {
      await page.locator('.pad-status', { hasText: 'Test digit 1 of 20' }).waitFor({ timeout: 30_000 }).catch(() => {});
      await route.continue();
    });
    await page.locator('.pad-sample').click(); // before the model is ready: this starts loading it
    await page.waitForFunction(() => (document.querySelector('.digit-pad') as HTMLElement).dataset.prediction !== undefined, undefined, { timeout: 60_000 });
    expect(await page.locator('.pad-status').textContent()).toMatch(/^Test digit 1 of 20: MNIST labels it \d\.$/);
    expect(await page.locator('.digit-pad').getAttribute('aria-busy')).toBe('false');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads digits drawn with the mouse, ticks them off in the exercise, and clears from the keyboard', async () => {
    const { page, problems } = await openReadyPad();
    const cases: [string, [number, number][][]][] = [
      ['1', [[[0.5, 0.15], [0.5, 0.85]]]],
      ['0', [ellipse(0.5, 0.5, 0.22, 0.33)]],
      ['7', [[[0.25, 0.2], [0.72, 0.2], [0.45, 0.85]]]],
    ];
    for (const [digit, strokes] of cases) {
      await page.locator('.pad-clear').click();
      await page.waitForFunction(() => !document.querySelector('.digit-pad')!.hasAttribute('data-prediction'));
      await drawStrokes(page, strokes);
      // The preview shows the last stroke's input at once; the model's answer to it follows (polled: an
      // earlier stroke's answer may be on screen until then).
      const expected = await nodeProbabilities(await shownInput(page));
      expect(String(expected.indexOf(Math.max(...expected))), `drawn ${digit}`).toBe(digit);
      await expect.poll(() => page.locator('.digit-pad').getAttribute('data-prediction')).toBe(digit);
      await expect.poll(() => page.locator('.pad-answer').textContent()).toContain(`reads ${digit}`);
      if (Math.max(...expected) >= 0.8) {
        await expect.poll(() => page.locator(`.pad-goals li[data-digit="${digit}"] .goal-state`).textContent()).toBe('read');
      }
    }
    // Half-drawn strokes never count: only digits that were drawn (and read) are ticked off.
    const ticked = await page.locator('.pad-goals li[data-done]').evaluateAll((els) => els.map((e) => e.getAttribute('data-digit')));
    for (const d of ticked) expect(['1', '0', '7']).toContain(d);
    // The 28×28 input is centred by mass and fits a 20-pixel box, as MNIST digits are.
    const input = await shownInput(page);
    const mass = input.reduce((s, v) => s + v, 0);
    const cx = input.reduce((s, v, k) => s + v * (k % 28), 0) / mass;
    expect(Math.abs(cx - 14)).toBeLessThanOrEqual(0.6);
    // Keyboard: Tab from the canvas to "Clear", press Enter.
    await page.locator('.pad-canvas').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Clear');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('.digit-pad')!.hasAttribute('data-prediction'));
    expect(await shownList(page)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so, and loads nothing, when WebAssembly is unavailable', async () => {
    const { page, requests } = await openRecording(CHAPTER, () => { delete (globalThis as { WebAssembly?: unknown }).WebAssembly; });
    await page.locator('.digit-pad').scrollIntoViewIfNeeded();
    await page.locator('.pad-status').getByText(/cannot run WebAssembly/).waitFor();
    expect(requests.filter((u) => ORT_FILE.test(new URL(u).pathname))).toEqual([]);
    await page.close();
  });
});
