// Chapter 2's digit pad, the parts beyond reading digits, on the English and the Spanish page: "Check
// with ONNX Runtime" (loaded on demand, and agreeing with our engine within 1e-5), "Open your own model"
// with a valid model made by our exporter and with bad files made here (not ONNX, the wrong input shape,
// an operator ONNX Runtime does not have, 50 MB of noise), each refused in the page's words, and "what the
// network learned" (the hidden units behind a predict-first question).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDigitClassifier } from '../../components/DigitPad/digit-model';
import { planOwnModel } from '../../components/DigitPad/own-model.ts';
import { createRng } from '../../src/engine/rng.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { openSession, ort } from '../support/onnx-runtime.ts';
import { problemOf } from '../support/onnx-problem.ts';
import { launchBrowser, openPage, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { forEachLanguage, type LanguageCase } from './support/languages';
import { ownModel, patch } from './support/onnx-files';

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

/** Stands for a message's argument; `before(…)` is the fixed text a message starts with. */
const SLOT = '\u0001';
const before = (message: string) => message.split(SLOT)[0]!;
/** A message as the end of a sentence, as the pad writes it (components/DigitPad/ort-panel.ts). */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** Literal words each language's page must show (written here, not taken from the catalogue under test). */
const WORDS = {
  en: { notOnnx: 'not an ONNX model', shape: 'has shape [batch, 3] (3 numbers per example); the pad gives one 28 × 28 picture', runtime: 'ONNX Runtime cannot run it', fire: 'of 96 hidden units fire' },
  es: { notOnnx: 'no es un modelo ONNX', shape: 'tiene la forma [batch, 3] (3 números por ejemplo); el panel da una imagen de 28 × 28', runtime: 'ONNX Runtime no puede ejecutarlo', fire: 'de 96 unidades ocultas (una unidad ReLU se activa' },
};

forEachLanguage(({ lang, t, path }: LanguageCase) => {
  const T = t.digitPad;
  const words = WORDS[lang];

  async function openReadyPad(options: { width?: number; height?: number } = {}) {
    const opened = await openPage(session, path(CHAPTER), options);
    await pad(opened.page).scrollIntoViewIfNeeded();
    await opened.page.locator('.pad-status', { hasText: T.page.ready }).waitFor({ timeout: 60_000 });
    return opened;
  }

  async function loadTestDigit(page: Page, k: number) {
    await page.locator('.pad-sample').click();
    await page.locator('.pad-status', { hasText: before(T.page.sampleShown(k, 20, SLOT as unknown as number)) }).waitFor();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.digit-pad')!.dataset.prediction !== undefined);
  }

  async function chooseFile(page: Page, path: string, expected: RegExp | string) {
    // As a reader does it: the page's own button opens the file chooser.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: T.page.ownFile }).click()]);
    await chooser.setFiles(path);
    await page.locator('.pad-own-status', { hasText: expected }).waitFor({ timeout: 60_000 });
  }

  /** The page's refusal of `name`: the catalogue's sentence around the problem our checks find in Node. */
  const refusal = (name: string, bytes: Uint8Array) => T.own.notOpened(name, sentence(T.onnx(problemOf(() => planOwnModel(bytes)))));

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
    // The button was busy while the runtime loaded, but kept the keyboard (a disabled one drops it to the body).
    expect(await page.evaluate(() => document.activeElement?.matches('.pad-ort-check'))).toBe(true);
    expect(await page.locator('.pad-ort-check').getAttribute('aria-disabled')).toBeNull();
    const result = (await page.locator('.pad-ort-result').textContent())!;
    expect(result).toContain(before(T.ort.agree(Number(await pad(page).getAttribute('data-prediction')), SLOT, SLOT)));
    expect(result).toContain(lang === 'es' ? 'igual que nuestro motor' : 'as our engine does');
    if (lang === 'es') expect(result).not.toMatch(/\d\.\d/); // decimal comma in the percentage and the difference
    expect((await fetchedRuntime(page)).some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a reader\'s own model, refuses bad files with a reason in the page\'s words, and keeps working', async () => {
    const { page, problems } = await openReadyPad();
    await page.locator('.pad-ort summary').click();
    // Refused before the runtime is downloaded: 50 MB of noise, a file that is not ONNX, the wrong input shape.
    const rng = createRng(3);
    const noise = new Uint8Array(50 * 1024 * 1024);
    for (let k = 0; k < noise.length; k += 4096) noise[k] = rng.int(256);
    await chooseFile(page, file('noise.onnx', noise), T.own.tooLarge(formatNumber(50, 1, undefined, lang), 20));
    expect(await page.locator('.pad-own-status').textContent()).toContain(lang === 'es' ? '50,0 MB' : '50.0 MB');
    const notes = new TextEncoder().encode('these are my notes, not a model\n');
    await chooseFile(page, file('notes.onnx', notes), refusal('notes.onnx', notes));
    expect(await page.locator('.pad-own-status').textContent()).toContain(words.notOnnx);
    const points = ownModel(3);
    await chooseFile(page, file('points.onnx', points), refusal('points.onnx', points));
    expect(await page.locator('.pad-own-status').textContent()).toContain(words.shape);
    expect(await fetchedRuntime(page)).toEqual([]);

    // A valid model: ONNX Runtime loads, and its answer on the pad's input is what ONNX Runtime in Node says.
    const good = ownModel();
    await chooseFile(page, file('my-model.onnx', good), T.own.ready('my-model.onnx', '1, 784', 10));
    await loadTestDigit(page, 1);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.digit-pad')!.dataset.ownPrediction !== undefined);
    const nodeSession = await openSession(good);
    const expectOwnAnswer = async () => {
      await page.waitForFunction(() => (document.querySelector('.pad-own-answer')!.textContent ?? '').trim() !== '');
      const out = (await nodeSession.run({ image: new ort.Tensor('float32', Float32Array.from(await shownInput(page)), [1, 784]) })).class_probabilities.data as Float32Array;
      const top = out.indexOf(Math.max(...out));
      expect(await pad(page).getAttribute('data-own-prediction')).toBe(String(top));
      expect(await page.locator('.pad-own-answer').textContent()).toContain(before(T.own.answer(String(top), SLOT, 'probabilities')));
    };
    await expectOwnAnswer();

    // An operator ONNX Runtime does not have: refused by the runtime (its own English words marked as
    // English inside the page's sentence), and the previous model stays.
    await chooseFile(page, file('custom-op.onnx', patch(good, 'Relu', 'Relx')), before(T.own.notOpened('custom-op.onnx', T.own.runtimeRefused(SLOT))));
    expect(await page.locator('.pad-own-status').textContent()).toContain(words.runtime);
    expect(await page.locator('.pad-own-status span[lang="en"]').count()).toBe(1);
    expect(await pad(page).getAttribute('data-own-model')).toBe('my-model.onnx');
    // The pad and the reader's model still work.
    await page.locator('.pad-ort summary').scrollIntoViewIfNeeded();
    await loadTestDigit(page, 2);
    await expectOwnAnswer();
    await nodeSession.release();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('asks for a prediction, then draws the 96 units and says which fire for the drawing (360 px)', async () => {
    const { page, problems } = await openReadyPad({ width: 360, height: 800 });
    const units = page.locator('.pad-units');
    await units.scrollIntoViewIfNeeded();
    expect(await page.locator('.units-view').isHidden()).toBe(true);
    await page.locator('.units-reveal').click();
    await page.locator('.units-feedback', { hasText: T.page.unitsChooseFirst }).waitFor();
    expect(await page.locator('.units-view').isHidden()).toBe(true);
    // From the keyboard: focus the first choice, move to the second with the arrow key, press the button.
    await page.locator('.units-predict input').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.locator('.units-reveal').focus();
    await page.keyboard.press('Enter');
    await page.locator('.units-feedback', { hasText: T.page.unitsExplain.parts.slice(0, 40) }).waitFor();
    expect(await page.locator('.units-view').isVisible()).toBe(true);
    await page.locator('.units-firing', { hasText: T.units.notYet }).waitFor();
    // A test digit: the units the page says fire are those our engine's hidden layer computes on that input.
    await loadTestDigit(page, 1);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.pad-units')!.dataset.active !== undefined);
    const hidden = digitModel.hidden(await shownInput(page));
    const active = hidden.filter((h) => h > 0).length;
    expect(Math.abs(Number(await units.getAttribute('data-active')) - active)).toBeLessThanOrEqual(1); // 8-bit preview rounding
    const strongest = hidden.map((h, k) => [h, k + 1]).sort((a, b) => b[0] - a[0])[0][1];
    expect((await units.getAttribute('data-strongest'))!.split(',')[0]).toBe(String(strongest));
    expect(await page.locator('.units-firing').textContent()).toContain(words.fire);
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
