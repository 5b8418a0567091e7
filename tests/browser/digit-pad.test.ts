// Chapter 2's digit recogniser in a real browser: the model runs on our own engine (no ONNX Runtime file
// unless the reader asks for it), from the site itself, only once the widget is near; the keyboard path
// (test digits) works and the numbers shown match ONNX Runtime in Node on the exact 28×28 input the page
// shows; strokes drawn with a mouse are read correctly. What the reader reads (status lines, percentages in
// the page's decimal mark, verdicts, the exercise) is checked on the English and the Spanish page.
import { readFileSync } from 'node:fs';
import { ort } from '../support/onnx-runtime.ts';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percent } from '../../components/DigitPad/digit-model';
import { baseURL, launchBrowser, openPage, seriousAxeViolations, type Session } from './support/browser';
import { builtPages } from './support/pages';
import { forEachLanguage, languageCase, type LanguageCase } from './support/languages';

const CHAPTER = '/chapters/02-uses/';
const ORT_FILE = /ort[.-].*\.(m?js|wasm)$|\.onnx$/;
const RUNTIME_FILE = /ort[.-].*\.(m?js|wasm)$/;
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
async function openReadyPad(options: { width?: number; height?: number } = {}, language: LanguageCase = languageCase('en')) {
  const opened = await openPage(session, language.path(CHAPTER), options);
  await opened.page.locator('.digit-pad').scrollIntoViewIfNeeded();
  await opened.page.locator('.pad-status', { hasText: language.t.digitPad.page.ready }).waitFor({ timeout: 60_000 });
  return opened;
}

/** Opens a page recording every request from the very first one (optionally running a script first). */
async function openRecording(path: string, initScript?: () => void) {
  const context = (session as unknown as { context: BrowserContext }).context;
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // DOMContentLoaded comes after the page's module scripts ran, which is all these checks need ('load' also
  // waits for images and WebGL-heavy lab pages, and timed out on a loaded machine).
  // The lab's boundary check blocks its page for tens of seconds on a loaded machine (SwiftShader WebGL).
  await page.goto(new URL(path, baseURL()).href, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  return { page, requests };
}

/** The 28×28 input the page shows (the preview canvas), as the model's 784 numbers in [0, 1]. */
const shownInput = (page: Page) => page.evaluate(() => {
  const c = document.querySelector<HTMLCanvasElement>('.pad-input')!;
  const data = c.getContext('2d')!.getImageData(0, 0, 28, 28).data;
  return Array.from({ length: 784 }, (_, k) => data[k * 4] / 255);
});
const shownList = (page: Page) => page.locator('.pad-list li').allTextContents();
/** The chart's ten bars: the probability each stands for, its height in pixels and its fill. */
const shownBars = async (page: Page) => {
  await page.waitForFunction(() => document.querySelectorAll('.pad-chart rect[data-p]').length === 10);
  return page.$$eval('.pad-chart rect[data-p]', (rects) => rects.map((r) => ({ p: Number((r as SVGRectElement).dataset.p), height: Number(r.getAttribute('height')), fill: r.getAttribute('fill') })));
};

async function nodeProbabilities(input: number[]): Promise<Float32Array> {
  const out = await model.run({ pixels: new ort.Tensor('float32', Float32Array.from(input), [1, 784]) });
  return out.probabilities.data as Float32Array;
}

/** Draws polylines on the pad with the mouse; points in 0..1 of the canvas. */
async function drawStrokes(page: Page, strokes: [number, number][][]) {
  // The widget is taller than the window (ONNX Runtime panel, hidden units, exercise): bring the pad itself into view.
  await page.locator('.pad-canvas').scrollIntoViewIfNeeded();
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
    const without = builtPages().filter((p) => !readFileSync(`dist${p}index.html`, 'utf8').includes('class="digit-pad'));
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
  }, 600_000); // every page of the course, one after the other: minutes on a loaded machine

  it('loads the model from its own origin, only once the widget is near, and no ONNX Runtime', async () => {
    // A phone-sized window at the top of the page: the widget is far below, so nothing is loaded yet.
    const { page, problems } = await openPage(session, CHAPTER, { width: 360, height: 400 });
    // Loaded, and a few frames later still nothing from the pad ('networkidle' proved flaky on a loaded machine).
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect((await fetched(page)).filter((u) => ORT_FILE.test(new URL(u).pathname))).toEqual([]);
    await page.locator('.digit-pad').scrollIntoViewIfNeeded();
    await page.locator('.pad-status', { hasText: 'Model ready' }).waitFor({ timeout: 60_000 });
    const ortFiles = (await fetched(page)).filter((u) => ORT_FILE.test(new URL(u).pathname));
    expect(ortFiles.filter((u) => RUNTIME_FILE.test(new URL(u).pathname))).toEqual([]);
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

  it('reads digits without WebAssembly too (the engine that runs it is plain JavaScript)', async () => {
    const { page } = await openRecording(CHAPTER, () => { delete (globalThis as { WebAssembly?: unknown }).WebAssembly; });
    await page.locator('.digit-pad').scrollIntoViewIfNeeded();
    await page.locator('.pad-status', { hasText: 'Model ready' }).waitFor({ timeout: 60_000 });
    await page.locator('.pad-sample').click();
    await page.waitForFunction(() => (document.querySelector('.digit-pad') as HTMLElement).dataset.prediction !== undefined);
    const expected = await nodeProbabilities(await shownInput(page));
    expect(await page.locator('.digit-pad').getAttribute('data-prediction')).toBe(String(expected.indexOf(Math.max(...expected))));
    await page.close();
  });
});

/** Stands for a message's argument; `before(…)` is the fixed text a message starts with. */
const SLOT = '\u0001';
const before = (message: string) => message.split(SLOT)[0]!;

// What the reader reads and types differs by language: these run on both pages (support/languages.ts).
forEachLanguage((language) => {
  const { lang, t, number } = language;
  const T = t.digitPad;
  // Each language in a browser of its own: the exercise's ticks saved on one page would show on the other's.
  beforeAll(async () => { await session?.close(); session = await launchBrowser(); });

  it('reads held-out test digits loaded with the keyboard, showing what ONNX Runtime computes', async () => {
    const { page, problems } = await openReadyPad({}, language);
    // Every digit's accuracy once; the page's numbers (percentages in the page's decimal mark) in both.
    const count = lang === 'en' ? 20 : 5;
    await page.locator('.pad-canvas').focus();
    let correct = 0;
    for (let k = 0; k < count; k++) {
      await page.keyboard.press('Enter');
      await page.locator('.pad-status', { hasText: before(T.page.sampleShown(k + 1, 20, SLOT as unknown as number)) }).waitFor();
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
        if (p > 0.002 && p < 0.998) expect(Math.abs(number(text.slice(3).replace(/[<>%\s\u00a0]/g, '')) - 100 * p)).toBeLessThan(1);
        else expect(text).toBe(`${d}: ${percent(p, lang)}`);
        if (lang === 'es') expect(text).not.toMatch(/\d\.\d/);
      });
      // The chart's bars stand for the same numbers, each as tall as its probability, the top one in colour.
      const bars = await shownBars(page);
      const pixelsPerUnit = bars[top]!.height / bars[top]!.p;
      bars.forEach((bar, d) => {
        expect(Math.abs(bar.p - expected[d]!)).toBeLessThan(0.01); // the preview's 8-bit rounding, as for the list
        expect(bar.height).toBeCloseTo(bar.p * pixelsPerUnit, 6);
        expect(bar.fill).toBe(d === top ? '#0072b2' : 'currentColor');
      });
      // The chart is drawn once and its bars moved in place on later readings (no new chart per frame).
      if (k === 0) await page.evaluate(() => { (window as unknown as { firstChart: Element | null }).firstChart = document.querySelector('.pad-chart svg'); });
      else expect(await page.evaluate(() => document.querySelector('.pad-chart svg') === (window as unknown as { firstChart: Element | null }).firstChart)).toBe(true);
      if (top === label) correct++;
    }
    expect(correct).toBeGreaterThanOrEqual(count - 2);
    expect(problems).toEqual([]);
    await page.close();
  });


  it('reads digits drawn with the mouse, ticks them off in the exercise, and clears from the keyboard', async () => {
    const { page, problems } = await openReadyPad({}, language);
    const cases: [string, [number, number][][]][] = [
      ['1', [[[0.5, 0.15], [0.5, 0.85]]]],
      ['0', [ellipse(0.5, 0.5, 0.22, 0.33)]],
      ['7', [[[0.25, 0.2], [0.72, 0.2], [0.45, 0.85]]]],
    ];
    for (const [digit, strokes] of cases) {
      await page.locator('.pad-clear').click();
      await page.waitForFunction(() => !document.querySelector('.digit-pad')!.hasAttribute('data-prediction'));
      await drawStrokes(page, strokes);
      await page.waitForFunction(() => document.querySelector('.digit-pad')!.hasAttribute('data-prediction'));
      await page.waitForFunction(() => !document.querySelector('.digit-pad')!.hasAttribute('data-pending')); // the last stroke's update
      // The answer to the last stroke is on screen now; polled below all the same (an earlier stroke's
      // answer must not be what is checked).
      const expected = await nodeProbabilities(await shownInput(page));
      expect(String(expected.indexOf(Math.max(...expected))), `drawn ${digit}`).toBe(digit);
      await expect.poll(() => page.locator('.digit-pad').getAttribute('data-prediction')).toBe(digit);
      await expect.poll(() => page.locator('.pad-answer').textContent()).toContain(before(T.page.reads(Number(digit), SLOT)));
      if (Math.max(...expected) >= 0.8) {
        await expect.poll(() => page.locator(`.pad-goals li[data-digit="${digit}"] .goal-state`).textContent()).toBe(T.page.read);
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
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(T.page.clear);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('.digit-pad')!.hasAttribute('data-prediction'));
    expect(await shownList(page)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });


  it('says when a drawing does not look like a digit, and does not tick the exercise for it', async () => {
    const { page, problems } = await openReadyPad({}, language);
    // The three drawings issue 14 found read as confident digits: a dot, a filled pad, a scribble.
    const filled: [number, number][] = [];
    for (let k = 0; k <= 12; k++) filled.push([k % 2 ? 0.92 : 0.08, 0.08 + k * 0.07], [k % 2 ? 0.08 : 0.92, 0.08 + k * 0.07]);
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const scribble: [number, number][] = Array.from({ length: 40 }, () => [0.25 + random() * 0.5, 0.25 + random() * 0.5]);
    const cases: [string, [number, number][][]][] = [['dot', [[[0.5, 0.5]]]], ['filled pad', [filled]], ['scribble', [scribble]]];
    for (const [name, strokes] of cases) {
      await page.locator('.pad-clear').click();
      await page.waitForFunction(() => !document.querySelector('.digit-pad')!.hasAttribute('data-prediction'));
      if (strokes[0].length === 1) {
        await page.locator('.pad-canvas').scrollIntoViewIfNeeded();
        const box = (await page.locator('.pad-canvas').boundingBox())!;
        await page.mouse.click(box.x + strokes[0][0][0] * box.width, box.y + strokes[0][0][1] * box.height);
      } else {
        await drawStrokes(page, strokes);
      }
      await page.waitForFunction(() => { const v = document.querySelector<HTMLElement>('.digit-pad')!.dataset.verdict; return v !== undefined && v !== 'digit'; }, undefined, { timeout: 10_000 })
        .catch(() => { throw new Error(`${name}: the pad did not say it is not a digit`); });
      const verdict = (await page.locator('.digit-pad').getAttribute('data-verdict')) as keyof typeof T.notADigit;
      expect(await page.locator('.pad-verdict').textContent(), name).toContain(T.notADigit[verdict]);
      expect(await page.locator('.pad-verdict').textContent(), name).toContain(lang === 'es' ? 'no parece un dígito' : 'does not look like a digit');
      // The network still answers, and the page says why it must.
      const prediction = await page.locator('.digit-pad').getAttribute('data-prediction');
      expect(await page.locator('.pad-answer').textContent(), name).toContain(before(T.stillAnswers(Number(prediction), SLOT)));
      expect(await page.locator('.pad-goals li[data-done]').count(), name).toBe(0);
    }
    // A real digit afterwards is a digit again.
    await page.locator('.pad-clear').click();
    await drawStrokes(page, [[[0.5, 0.15], [0.5, 0.85]]]);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.digit-pad')!.dataset.verdict === 'digit');
    expect(await page.locator('.pad-verdict').textContent()).toBe('');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
