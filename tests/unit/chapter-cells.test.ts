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

const cell = (name: string) => readFileSync(new URL(`../../content/cells/${name}`, import.meta.url), 'utf8');

/** The source with `function name(...) { ... }` (up to the next "}" at the start of a line) replaced. */
function withFunction(source: string, name: string, replacement: string): string {
  const start = source.indexOf(`function ${name}(`);
  const end = source.indexOf('\n}', start);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return source.slice(0, start) + replacement.trim() + source.slice(end + 2);
}

const exercises = [
  {
    file: '01-neuron.js',
    solutions: {
      neuron: `function neuron(inputs, weights, bias) {
        let z = bias;
        for (let i = 0; i < inputs.length; i++) z += inputs[i] * weights[i];
        return 1 / (1 + Math.exp(-z));
      }`,
    },
    verdicts: 1,
  },
  {
    file: '03-count-parameters.js',
    solutions: {
      countParameters: `function countParameters(spec) {
        let count = 0;
        let previous = spec.inputs;
        for (const layer of spec.layers) {
          count += previous * layer.units + layer.units;
          previous = layer.units;
        }
        return count;
      }`,
    },
    verdicts: 1,
  },
  {
    file: '04-forward-pass.js',
    solutions: {
      forward: `function forward(x, W1, b1, W2, b2) {
        const layer = (a, W, b, f) => b.map((bj, j) => f(a.reduce((z, ai, i) => z + ai * W[i][j], bj)));
        const h = layer(x, W1, b1, Math.tanh);
        return layer(h, W2, b2, (z) => 1 / (1 + Math.exp(-z)));
      }`,
    },
    verdicts: 1,
  },
  {
    file: '04b-derivatives.js',
    solutions: {
      sigmoid: `function sigmoid(x) {
        const s = 1 / (1 + Math.exp(-x.data));
        return new Value(s, [x], [s * (1 - s)]);
      }`,
      tanh: `function tanh(x) {
        const t = Math.tanh(x.data);
        return new Value(t, [x], [1 - t * t]);
      }`,
    },
    verdicts: 5,
  },
  {
    file: '04b-descent.js',
    solutions: {
      step: `function step(params, loss, learningRate) {
        for (const p of params) p.grad = 0;
        loss.backward();
        for (const p of params) p.data -= learningRate * p.grad;
      }`,
    },
    verdicts: 1,
  },
  {
    file: '05-dropout.js',
    solutions: {
      dropout: `function dropout(activations, p, training, random) {
        if (!training) return activations;
        return activations.map((a) => (random() < p ? 0 : a / (1 - p)));
      }`,
    },
    verdicts: 1,
  },
];

describe('exercise cells', () => {
  for (const exercise of exercises) {
    it(`${exercise.file}: the starting code runs and is not accepted yet`, async () => {
      const recorded = await runCell(cell(exercise.file));
      expect(recorded.errors).toEqual([]);
      expect(recorded.verdicts).toHaveLength(exercise.verdicts);
      expect(recorded.verdicts.some((v) => !v.passed)).toBe(true);
    });

    it(`${exercise.file}: a right answer passes every check`, async () => {
      let source = cell(exercise.file);
      for (const [name, solution] of Object.entries(exercise.solutions)) source = withFunction(source, name, solution);
      const recorded = await runCell(source);
      expect(recorded.verdicts).toHaveLength(exercise.verdicts);
      for (const verdict of recorded.verdicts) expect(verdict, verdict.message).toMatchObject({ passed: true });
      if (exercise.file === '04b-descent.js') {
        const losses = recorded.logs.filter((l) => l.startsWith('epoch')).map((l) => Number(l.split('loss ')[1]));
        expect(losses.at(-1)!).toBeLessThan(losses[0]! / 5);
      }
      if (exercise.file === '05-dropout.js') expect(recorded.logs.at(-1)).toBe('Dropout lowered the test loss.');
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
