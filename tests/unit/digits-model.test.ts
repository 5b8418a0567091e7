// The committed digit model (public/models/digits.onnx) must do what its card says: run it in ONNX
// Runtime on the course's 2,000 held-out MNIST digits and count. The page runs the same file on our own
// engine through our own decoder: its probabilities must equal ONNX Runtime's on every held-out digit.
// Also checks the card describes this very file and that the page's sample digits are held-out digits the
// model was tested on.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDigitClassifier, decodeSamples, INPUT_NAME, OUTPUT_NAME } from '../../components/DigitPad/digit-model.ts';
import { toMnistInput } from '../../components/DigitPad/preprocess.ts';
import { loadMnist } from '../../src/engine/data/mnist.ts';
import { openSession, ort } from '../support/onnx-runtime.ts';

const dir = new URL('../../public/models/', import.meta.url);
const bytes = readFileSync(new URL('digits.onnx', dir));
const card = JSON.parse(readFileSync(new URL('digits.json', dir), 'utf8'));
const samplesFile = JSON.parse(readFileSync(new URL('digits-samples.json', dir), 'utf8'));

const argmax = (row: ArrayLike<number>) => Array.prototype.indexOf.call(row, Math.max(...Array.from(row))) as number;

describe('the committed digit model', () => {
  it('is small and is the file its card describes', () => {
    expect(bytes.length).toBeLessThan(400 * 1024);
    expect(card.bytes).toBe(bytes.length);
    expect(card.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(card.data).toMatch(/Yann LeCun, Corinna Cortes and Christopher J\. C\. Burges/);
    for (const key of ['architecture', 'seed', 'date']) expect(card[key]).toBeTruthy();
    expect(card.training.epochs).toBeGreaterThan(0);
  });

  it(`reaches the accuracy its card claims, and at least 96%, on the 2,000 held-out digits`, async () => {
    const { test } = loadMnist(card.splitSeed);
    expect(test.n).toBe(2000);
    const session = await openSession(bytes);
    expect(session.inputNames).toEqual([INPUT_NAME]);
    expect(session.outputNames).toEqual([OUTPUT_NAME]);
    const out = (await session.run({ [INPUT_NAME]: new ort.Tensor('float32', test.inputs, [test.n, 784]) }))[OUTPUT_NAME];
    expect(out.dims).toEqual([2000, 10]);
    const p = out.data as Float32Array;
    let correct = 0;
    for (let i = 0; i < test.n; i++) {
      const row = p.subarray(i * 10, i * 10 + 10);
      expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 5);
      if (argmax(row) === test.labels[i]) correct++;
    }
    expect(correct / test.n).toBe(card.heldOutAccuracy);
    expect(correct / test.n).toBeGreaterThanOrEqual(0.96);

    // The page's path: our decoder + the reference engine, one digit at a time as the pad runs it.
    const ours = createDigitClassifier(bytes);
    let worst = 0, oursCorrect = 0;
    for (let i = 0; i < test.n; i++) {
      const mine = ours.classify(test.inputs.subarray(i * 784, (i + 1) * 784));
      for (let d = 0; d < 10; d++) worst = Math.max(worst, Math.abs(mine[d] - p[i * 10 + d]));
      if (argmax(mine) === test.labels[i]) oursCorrect++;
    }
    expect(worst).toBeLessThan(1e-5);
    expect(oursCorrect / test.n).toBe(card.heldOutAccuracy);
    await session.release();
  });

  it('offers held-out digits as samples, and still reads most of them after the page pre-processing', async () => {
    const { test } = loadMnist(card.splitSeed);
    const samples = decodeSamples(samplesFile);
    expect(samples.length).toBe(20);
    const session = await openSession(bytes);
    let correct = 0;
    for (const [k, sample] of samples.entries()) {
      const index = samplesFile.samples[k].index;
      expect(test.labels[index]).toBe(sample.label);
      for (let j = 0; j < 784; j++) expect(Math.abs(sample.pixels[j] - test.inputs[index * 784 + j])).toBeLessThanOrEqual(0.5 / 255 + 1e-6);
      // The page pastes a sample onto the drawing canvas and pre-processes it like a drawing.
      const input = toMnistInput({ width: 28, height: 28, data: sample.pixels })!;
      const out = (await session.run({ [INPUT_NAME]: new ort.Tensor('float32', input, [1, 784]) }))[OUTPUT_NAME];
      if (argmax(out.data as Float32Array) === sample.label) correct++;
    }
    expect(correct).toBeGreaterThanOrEqual(18);
    await session.release();
  });
});
