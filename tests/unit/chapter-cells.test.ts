// The code cells of the chapters (content/cells/), run in Node against the cell API as the cell Worker
// runs them: each exercise's starting code runs without an error and is not yet accepted; with a right
// answer filled in, its check passes; chapter 7's Value MLP follows the engine's loss curve.

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { moons } from '../../src/engine/data/points.ts';
import { createReferenceNetwork } from '../../src/engine/reference/network.ts';
import { setDigitBytesLoader } from '../../src/cells/api/digits.ts';
import { runCell } from '../../src/cells/api/node-harness.ts';
import { EXERCISES, misconceptionText, withFunction, withoutExperiment } from '../support/cell-answers.ts';

const cell = (name: string) => readFileSync(new URL(`../../content/cells/${name}`, import.meta.url), 'utf8');

describe('exercise cells', () => {
  for (const exercise of EXERCISES) {
    it(`${exercise.file}: the starting code runs and is not accepted yet`, async () => {
      const recorded = await runCell(cell(exercise.file));
      expect(recorded.errors).toEqual([]);
      expect(recorded.verdicts).toHaveLength(exercise.verdicts);
      expect(recorded.verdicts.some((v) => !v.passed)).toBe(true);
    });

    it(`${exercise.file}: a right answer passes every check`, async () => {
      let source = cell(exercise.file);
      for (const [name, solution] of Object.entries(exercise.right)) source = withFunction(source, name, solution);
      const recorded = await runCell(source);
      expect(recorded.verdicts).toHaveLength(exercise.verdicts);
      for (const verdict of recorded.verdicts) expect(verdict, verdict.message).toMatchObject({ passed: true });
      if (exercise.file === '04b-descent.js') {
        const losses = recorded.logs.filter((l) => l.startsWith('epoch')).map((l) => Number(l.split('loss ')[1]));
        expect(losses.at(-1)!).toBeLessThan(losses[0]! / 5);
      }
      if (exercise.file === '05-dropout.js') expect(recorded.logs.at(-1)).toBe('Dropout lowered the test loss.');
    });

    it(`${exercise.file}: a typical wrong answer is named by its misconception`, async () => {
      let source = cell(exercise.file);
      for (const [name, solution] of Object.entries(exercise.right)) source = withFunction(source, name, solution);
      source = withFunction(source, exercise.wrong.name, exercise.wrong.code);
      // The dropout experiment is not needed to judge the function (and takes seconds).
      source = withoutExperiment(source, 'en');
      const recorded = await runCell(source);
      const failed = recorded.verdicts.filter((v) => !v.passed);
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.map((v) => v.misconception)).toContain(misconceptionText(exercise, 'en'));
    });
  }
});

describe('chapter 7: build it yourself', () => {
  it('the MLP made of Values follows the engine’s loss curve on moons from the same seed', async () => {
    const recorded = await runCell(cell('07-mlp.js'));
    expect(recorded.errors).toEqual([]);
    const gap = Number(/largest difference between the two loss curves: (\S+)/.exec(recorded.logs.join('\n'))![1]);
    expect(gap).toBeLessThan(1e-15); // chapter 7 says: below 10^-15
    // Independently of the cell: the engine's own first loss on that data, from the same seed.
    const net = createReferenceNetwork({ inputs: 2, layers: [{ units: 8, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy', seed: 1 });
    const data = moons({ n: 100, noise: 0.1, seed: 1 });
    const first = Number(/loss at the start ([\d.]+)/.exec(recorded.logs[0]!)![1]);
    expect(first).toBeCloseTo(net.evaluate(data).loss, 4);
    const last = Number(/after 60 steps (\S+)/.exec(recorded.logs[0]!)![1]);
    expect(last).toBeLessThan(first * 0.8);
    expect(recorded.boundaries).toHaveLength(1);
  });

  it('the engine learns the digits: test accuracy after eight epochs', async () => {
    const file = new URL('../../src/cells/api/data/digits-1500.bin', import.meta.url);
    setDigitBytesLoader(async () => new Uint8Array(await readFile(file)));
    const recorded = await runCell(cell('07-digits.js'));
    expect(recorded.errors).toEqual([]);
    const accuracies = recorded.logs.filter((l) => l.startsWith('epoch')).map((l) => Number(/accuracy (\S+)%/.exec(l)![1]));
    expect(accuracies).toHaveLength(8);
    expect(accuracies[1]!).toBeGreaterThan(85); // chapter 7 says: two epochs take it past 85%
    expect(recorded.losses).toHaveLength(8);
  });
});

describe('chapter 4b quotes Value', () => {
  it('every function in its excerpt appears, line for line, in src/engine/value.ts', () => {
    const chapter = readFileSync(new URL('../../content/chapters/04b-backpropagation.mdx', import.meta.url), 'utf8');
    const source = readFileSync(new URL('../../src/engine/value.ts', import.meta.url), 'utf8');
    const excerpt = /## The same idea in code[\s\S]*?```ts\n([\s\S]*?)```/.exec(chapter)?.[1];
    expect(excerpt).toBeDefined();
    const pieces = excerpt!.trim().split('\n\n');
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    for (const piece of pieces) expect(source).toContain(piece.split('\n').map((line) => `  ${line}`).join('\n'));
  });
});

describe('the code cell reference (chapter 7b)', () => {
  it('runs every example on the page, in order, as one program', async () => {
    const page = readFileSync(new URL('../../content/chapters/07b-cell-reference.mdx', import.meta.url), 'utf8');
    const examples = [...page.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(examples.length).toBeGreaterThanOrEqual(8);
    const file = new URL('../../src/cells/api/data/digits-1500.bin', import.meta.url);
    setDigitBytesLoader(async () => new Uint8Array(await readFile(file)));
    const recorded = await runCell(examples.join('\n'));
    expect(recorded.errors).toEqual([]);
    // The first example's numbers, as its comment gives them.
    expect(recorded.logs[0]).toMatch(/^4\.964\d* 4\.0706\d*$/);
    expect(recorded.logs[1]).toBe('Network 2 → 8 tanh → 1 sigmoid, loss binaryCrossEntropy, 33 parameters, seed 1');
    expect(recorded.verdicts.map((v) => v.passed)).toEqual([true]);
    expect(recorded.plots).toHaveLength(1);
    expect(recorded.boundaries).toHaveLength(1);
  });
});
