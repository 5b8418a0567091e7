// The playground's "Download model (.onnx)": the file the page hands over, run in ONNX Runtime (Node),
// must predict what the page itself shows, including the feature transform (the file takes raw x1, x2).
import { readFileSync } from 'node:fs';
import { ort } from '../support/onnx-runtime.ts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASS_NAMES } from '../../components/Playground/data-editor';
import { shownNumber as parseNumber } from './support/numbers';
import { launchBrowser, openPage, type Session } from './support/browser';
import { settled } from './support/playground';

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

/** What the page says at its cursor: "Cursor at x₁ = a, x₂ = b: the network predicts c." */
async function cursorReading(page: Page) {
  const text = (await page.locator('.pg-cursor-info').textContent())!;
  const m = text.match(/x₁ = ([−\d.]+), x₂ = ([−\d.]+): the network predicts (.+)\.$/);
  expect(m, text).not.toBeNull();
  return { x1: parseNumber(m![1]), x2: parseNumber(m![2]), predicts: m![3] };
}

async function download(page: Page): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download model (.onnx)' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('nn101-playground.onnx');
  return readFileSync((await file.path())!);
}

async function runOnnx(bytes: Buffer, x1: number, x2: number): Promise<Float32Array> {
  const model = await ort.InferenceSession.create(bytes);
  const out = await model.run({ input: new ort.Tensor('float32', Float32Array.from([x1, x2]), [1, 2]) });
  await model.release();
  return out.output.data as Float32Array;
}

/** Moves the playground's keyboard cursor on the data plane and returns what the page says there. */
async function moveCursor(page: Page, keys: string[]) {
  await page.locator('[aria-label^="Data plane"]').focus();
  for (const key of keys) await page.keyboard.press(key);
  return cursorReading(page);
}

describe('Download model (.onnx) in the playground', () => {
  const cases: [string, string, (reading: string, out: Float32Array) => void][] = [
    [
      'regression with five features and relu layers',
      'problem=regression&features=x1,x2,x1Squared,sinX1,x1x2&layers=5,3&act=relu&seed=7',
      (reading, out) => expect(Math.abs(parseNumber(reading) - out[0])).toBeLessThanOrEqual(0.005 + 1e-5),
    ],
    [
      'three classes with softmax, sine and product features',
      'problem=multiclass&classes=3&data=gaussians&features=x2Squared,sinX2,x1x2,x1&layers=4&act=tanh&seed=3',
      (reading, out) => {
        expect(out.length).toBe(3);
        const best = Array.from(out).indexOf(Math.max(...out));
        expect(reading).toBe(CLASS_NAMES[best]);
      },
    ],
  ];
  for (const [name, state, check] of cases) {
    it(`gives a file that predicts what the page shows: ${name}`, async () => {
      const { page, problems } = await openPage(session, `/chapters/06-playground/#${state}`);
      await page.getByRole('button', { name: 'Step one epoch' }).click();
      await page.getByRole('button', { name: 'Step one epoch' }).click();
      await settled(page); // training runs in the engine Worker: wait for both epochs to arrive
      const bytes = await download(page);
      expect(await page.locator('.onnx-download-status').textContent()).toContain(`${bytes.length.toLocaleString('en')} bytes`);
      let checked = 0;
      for (const keys of [['ArrowRight'], ['ArrowUp', 'ArrowUp', 'ArrowRight'], ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowDown'], ['ArrowDown', 'ArrowDown', 'ArrowDown']]) {
        const { x1, x2, predicts } = await moveCursor(page, keys);
        check(predicts, await runOnnx(bytes, x1, x2));
        checked++;
      }
      expect(checked).toBe(4);
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
