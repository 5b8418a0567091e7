// Chapter 2's digit pad, the parts beyond reading digits: "Check with ONNX Runtime" (loaded on demand, and
// agreeing with our engine within 1e-5), "Open your own model" with a valid model made by our exporter and
// with bad files made here (not ONNX, the wrong input shape, an operator ONNX Runtime does not have, 50 MB
// of noise), and "what the network learned" (the hidden units behind a predict-first question).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDigitClassifier } from '../../components/DigitPad/digit-model';
import { createReferenceNetwork } from '../../src/engine/reference/index.ts';
import { createRng } from '../../src/engine/rng.ts';
import type { NetworkSpec } from '../../src/engine/types.ts';
import { exportNetwork } from '../../src/onnx/export.ts';
import { openSession, ort } from '../support/onnx-runtime.ts';
import { launchBrowser, openPage, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';

const CHAPTER = '/chapters/02-uses/';
const RUNTIME_FILE = /ort[.-].*\.(m?js|wasm)$/;
const digitModel = createDigitClassifier(readFileSync('public/models/digits.onnx'));

let session: Session;
let dir: string;
beforeAll(async () => {
  session = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'nn101-own-model-'));
});
afterAll(async () => {
  await session?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A reader's model: 784 → 16 relu → 10 softmax with seeded random weights, written by our exporter. */
function ownModel(inputs = 784): Uint8Array {
  const spec: NetworkSpec = { inputs, layers: [{ units: 16, activation: 'relu' }, { units: 10, activation: 'softmax' }], loss: 'softmaxCrossEntropy', seed: 99 };
  return exportNetwork(createReferenceNetwork(spec), { inputName: 'image', outputName: 'class_probabilities' });
}

/** Replaces every occurrence of one ASCII string by another of the same length (the protobuf stays valid). */
function patch(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = bytes.slice();
  const [a, b] = [new TextEncoder().encode(from), new TextEncoder().encode(to)];
  for (let k = 0; k + a.length <= out.length; k++) if (a.every((v, i) => out[k + i] === v)) out.set(b, k);
  return out;
}

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const fetchedRuntime = (page: Page) => page.evaluate((re) => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => new RegExp(re).test(new URL(u).pathname)), RUNTIME_FILE.source);
const shownInput = (page: Page) => page.evaluate(() => {
  const data = document.querySelector<HTMLCanvasElement>('.pad-input')!.getContext('2d')!.getImageData(0, 0, 28, 28).data;
  return Array.from({ length: 784 }, (_, k) => data[k * 4] / 255);
});
const pad = (page: Page) => page.locator('.digit-pad');

async function openReadyPad(options: { width?: number; height?: number } = {}) {
  const opened = await openPage(session, CHAPTER, options);
  await pad(opened.page).scrollIntoViewIfNeeded();
  await opened.page.locator('.pad-status', { hasText: 'Model ready' }).waitFor({ timeout: 60_000 });
  return opened;
}

async function loadTestDigit(page: Page, k: number) {
  await page.locator('.pad-sample').click();
  await page.locator('.pad-status', { hasText: `Test digit ${k} of 20` }).waitFor();
  await page.waitForFunction(() => document.querySelector<HTMLElement>('.digit-pad')!.dataset.prediction !== undefined);
}

async function chooseFile(page: Page, path: string, expected: RegExp | string) {
  await page.locator('.pad-own-file').setInputFiles(path);
  await page.locator('.pad-own-status', { hasText: expected }).waitFor({ timeout: 60_000 });
}

describe('DigitPad: ONNX Runtime on demand', () => {
  it('checks the drawing in ONNX Runtime only when asked, and both agree within 1e-5', async () => {
    const { page, problems } = await openReadyPad();
    await loadTestDigit(page, 1);
    expect(await fetchedRuntime(page)).toEqual([]);
    await page.locator('.pad-ort summary').click();
    await page.locator('.pad-ort-check').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.digit-pad')!.dataset.ortAgrees !== undefined, undefined, { timeout: 90_000 });
    expect(await pad(page).getAttribute('data-ort-agrees')).toBe('true');
    expect(Number(await pad(page).getAttribute('data-ort-difference'))).toBeLessThan(1e-5);
    expect(await page.locator('.pad-ort-result').textContent()).toContain(`ONNX Runtime reads ${await pad(page).getAttribute('data-prediction')}`);
    expect((await fetchedRuntime(page)).some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a reader\'s own model, refuses bad files with a reason, and keeps working', async () => {
    const { page, problems } = await openReadyPad();
    await page.locator('.pad-ort summary').click();
    // Refused before the runtime is downloaded: 50 MB of noise, a file that is not ONNX, the wrong input shape.
    const rng = createRng(3);
    const noise = new Uint8Array(50 * 1024 * 1024);
    for (let k = 0; k < noise.length; k += 4096) noise[k] = rng.int(256);
    await chooseFile(page, file('noise.onnx', noise), 'This file is 50.0 MB');
    expect(await page.locator('.pad-own-status').textContent()).toContain('Nothing was loaded');
    await chooseFile(page, file('notes.onnx', new TextEncoder().encode('these are my notes, not a model\n')), 'could not be used');
    expect(await page.locator('.pad-own-status').textContent()).toContain('not an ONNX model');
    await chooseFile(page, file('points.onnx', ownModel(3)), 'could not be used');
    expect(await page.locator('.pad-own-status').textContent()).toContain('has shape [batch, 3] (3 numbers per example); the pad gives one 28 × 28 picture');
    expect(await fetchedRuntime(page)).toEqual([]);

    // A valid model: ONNX Runtime loads, and its answer on the pad's input is what ONNX Runtime in Node says.
    const good = ownModel();
    await chooseFile(page, file('my-model.onnx', good), 'is loaded');
    expect(await page.locator('.pad-own-status').textContent()).toContain('input [1, 784], 10 outputs');
    await loadTestDigit(page, 1);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.digit-pad')!.dataset.ownPrediction !== undefined);
    const nodeSession = await openSession(good);
    const expectOwnAnswer = async () => {
      await page.waitForFunction(() => /reads|score/.test(document.querySelector('.pad-own-answer')!.textContent ?? ''));
      const out = (await nodeSession.run({ image: new ort.Tensor('float32', Float32Array.from(await shownInput(page)), [1, 784]) })).class_probabilities.data as Float32Array;
      const top = out.indexOf(Math.max(...out));
      expect(await pad(page).getAttribute('data-own-prediction')).toBe(String(top));
      expect(await page.locator('.pad-own-answer').textContent()).toContain(`Your model reads ${top}`);
    };
    await expectOwnAnswer();

    // An operator ONNX Runtime does not have: refused by the runtime, and the previous model stays.
    await chooseFile(page, file('custom-op.onnx', patch(good, 'Relu', 'Relx')), 'could not be used');
    expect(await page.locator('.pad-own-status').textContent()).toContain('ONNX Runtime cannot run it');
    expect(await pad(page).getAttribute('data-own-model')).toBe('my-model.onnx');
    // The pad and the reader's model still work.
    await page.locator('.pad-ort summary').scrollIntoViewIfNeeded();
    await loadTestDigit(page, 2);
    await page.waitForFunction(() => document.querySelector('.pad-status')!.textContent!.startsWith('Test digit 2'));
    await expectOwnAnswer();
    await nodeSession.release();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('DigitPad: what the network learned', () => {
  it('asks for a prediction, then draws the 96 units and says which fire for the drawing', async () => {
    const { page, problems } = await openReadyPad({ width: 360, height: 800 });
    const units = page.locator('.pad-units');
    await units.scrollIntoViewIfNeeded();
    expect(await page.locator('.units-view').isHidden()).toBe(true);
    await page.locator('.units-reveal').click();
    await page.locator('.units-feedback', { hasText: 'Choose an answer first' }).waitFor();
    expect(await page.locator('.units-view').isHidden()).toBe(true);
    // From the keyboard: focus the first choice, move to the second with the arrow key, press the button.
    await page.locator('.units-predict input').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.locator('.units-reveal').focus();
    await page.keyboard.press('Enter');
    await page.locator('.units-feedback', { hasText: 'Yes: most units' }).waitFor();
    expect(await page.locator('.units-view').isVisible()).toBe(true);
    await page.locator('.units-firing', { hasText: 'Draw a digit' }).waitFor();
    // A test digit: the units the page says fire are those our engine's hidden layer computes on that input.
    await loadTestDigit(page, 1);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.pad-units')!.dataset.active !== undefined);
    const hidden = digitModel.hidden(await shownInput(page));
    const active = hidden.filter((h) => h > 0).length;
    expect(Math.abs(Number(await units.getAttribute('data-active')) - active)).toBeLessThanOrEqual(1); // 8-bit preview rounding
    const strongest = hidden.map((h, k) => [h, k + 1]).sort((a, b) => b[0] - a[0])[0][1];
    expect((await units.getAttribute('data-strongest'))!.split(',')[0]).toBe(String(strongest));
    expect(await page.locator('.units-firing').textContent()).toContain(`of 96 hidden units fire`);
    // One 28×28 tile per unit, 12 per row, 2-pixel gaps.
    const tile = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('.units-grid')!;
      return { width: c.width, height: c.height };
    });
    expect(tile).toEqual({ width: 12 * 30 + 2, height: 8 * 30 + 2 });
    expect(await scrollsHorizontally(page)).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
