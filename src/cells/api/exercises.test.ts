// Each exercise check accepts a right answer (written the way a reader would) and rejects the typical wrong
// ones with the misconception they suggest, without ever putting the right answer in its message.

import { describe, expect, it, vi } from 'vitest';
import { Value, zeroGrad } from '../../engine/value.ts';
import type { Verdict } from '../contract.ts';
import { createCellApi } from './index.ts';
import { recordingOutput } from './node-harness.ts';
import { cellApi } from '../../i18n/en/cell-api.ts';

const M = cellApi.misconceptions;

// Called the way a cell calls them (check.neuron, ...), so the names readers use are what is tested, and
// every verdict must also reach the page.
const { out, recorded } = recordingOutput();
type Check = (f: unknown) => Verdict;
const check = createCellApi(out).check as Record<'neuron' | 'parameterCount' | 'forwardPass' | 'sigmoid' | 'tanh' | 'descentStep' | 'dropout', Check>;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function expectWrong(verdict: Verdict, misconception: string | undefined) {
  expect(verdict.passed).toBe(false);
  expect(verdict.misconception).toBe(misconception);
  expect(recorded.verdicts.at(-1)).toEqual(verdict);
}

describe('check.neuron', () => {
  const weighted = (x: number[], w: number[]) => x.reduce((s, xi, i) => s + xi * w[i]!, 0);

  it('accepts the neuron written with a loop', () => {
    const neuron = (inputs: number[], weights: number[], bias: number) => {
      let z = bias;
      for (let i = 0; i < inputs.length; i++) z += inputs[i]! * weights[i]!;
      return 1 / (1 + Math.exp(-z));
    };
    const verdict = check.neuron(neuron);
    expect(verdict).toMatchObject({ exercise: 'neuron', passed: true });
  });

  it('names each typical mistake', () => {
    expectWrong(check.neuron((x: number[], w: number[]) => sigmoid(weighted(x, w))), M.forgotBias);
    expectWrong(check.neuron((x: number[], w: number[], b: number) => weighted(x, w) + b), M.noActivation);
    expectWrong(check.neuron((x: number[], w: number[], b: number) => sigmoid(sigmoid(weighted(x, w) + b))), M.activationTwice);
    expectWrong(check.neuron((x: number[], w: number[], b: number) => sigmoid(weighted(x, w)) + b), M.biasAfterActivation);
    expectWrong(check.neuron((x: number[], w: number[], b: number) => 1 / (1 + Math.exp(weighted(x, w) + b))), M.sigmoidSign);
    expectWrong(check.neuron((x: number[], w: number[], b: number) => sigmoid(x[0]! * w[0]! + b)), M.firstInputOnly);
    expectWrong(check.neuron((x: number[], w: number[], b: number) => { sigmoid(weighted(x, w) + b); }), M.noReturn);
  });

  it('shows the case and the reader’s own result, never the right output', () => {
    const verdict = check.neuron((x: number[], w: number[], b: number) => weighted(x, w) + b);
    expect(verdict.message).toBe('Not yet: for inputs [1, 0.5], weights [0.8, -0.4], bias 0.1 your function returned 0.7, which is not right.');
    expect(verdict.message).not.toContain(String(sigmoid(0.7)).slice(0, 5));
    expect(check.neuron((x: number[]) => x[0]! * 0.123).misconception).toBeUndefined();
    expect(check.neuron(undefined).message).toMatch(/needs your function itself/);
    expect(check.neuron(() => { throw new Error('oops'); }).message).toBe('Your function stopped with an error on inputs [1, 0.5], weights [0.8, -0.4], bias 0.1: oops');
  });
});

describe('check.parameterCount', () => {
  type Spec = { inputs: number; layers: { units: number }[] };
  const sizes = (s: Spec) => [s.inputs, ...s.layers.map((l) => l.units)];

  it('accepts weights plus biases, layer by layer', () => {
    const count = (spec: Spec) => {
      let total = 0;
      let previous = spec.inputs;
      for (const layer of spec.layers) {
        total += previous * layer.units + layer.units;
        previous = layer.units;
      }
      return total;
    };
    expect(check.parameterCount(count).passed).toBe(true);
  });

  it('names each typical mistake', () => {
    const over = (s: Spec, f: (a: number, b: number) => number) => sizes(s).slice(1).reduce((t, u, l) => t + f(sizes(s)[l]!, u), 0);
    expectWrong(check.parameterCount((s: Spec) => over(s, (a, b) => a * b)), M.forgotBiases);
    expectWrong(check.parameterCount((s: Spec) => sizes(s).reduce((t, u) => t + u, 0)), M.countedUnits);
    expectWrong(check.parameterCount((s: Spec) => over(s, (a, b) => a * b + b) + s.inputs), M.biasesOnInputs);
    expectWrong(check.parameterCount((s: Spec) => over(s, (a, b) => a * b + 1)), M.oneBiasPerLayer);
    expectWrong(check.parameterCount((s: Spec) => over(s, (a, b) => a + 2 * b)), M.addedInsteadOfMultiplied);
  });
});

describe('check.forwardPass', () => {
  type M2 = number[][];
  const layer = (a: number[], W: M2, b: number[], f: (z: number) => number) =>
    b.map((bj, j) => f(a.reduce((s, ai, i) => s + ai * W[i]![j]!, bj)));

  it('accepts tanh then sigmoid with W[i][j] from input i to unit j', () => {
    const forward = (x: number[], W1: M2, b1: number[], W2: M2, b2: number[]) => layer(layer(x, W1, b1, Math.tanh), W2, b2, sigmoid);
    expect(check.forwardPass(forward).passed).toBe(true);
  });

  it('names each typical mistake', () => {
    const id = (z: number) => z;
    expectWrong(check.forwardPass((x: number[], W1: M2, b1: number[], W2: M2, b2: number[]) => layer(layer(x, W1, b1, id), W2, b2, sigmoid)), M.noHiddenActivation);
    expectWrong(check.forwardPass((x: number[], W1: M2, b1: number[], W2: M2, b2: number[]) => layer(layer(x, W1, b1, Math.tanh), W2, b2, id)), M.noOutputActivation);
    expectWrong(
      check.forwardPass((x: number[], W1: M2, b1: number[], W2: M2, b2: number[]) => layer(layer(x, W1, b1.map(() => 0), Math.tanh), W2, b2.map(() => 0), sigmoid)),
      M.forgotBias,
    );
    expectWrong(check.forwardPass((x: number[], W1: M2, b1: number[], W2: M2, b2: number[]) => layer(layer(x, W1, b1, Math.tanh), W2, b2, Math.tanh)), M.sameActivationEverywhere);
    // Reading W[j][i] gives numbers on the square cases and throws on the first one that is not square.
    const transposed = (a: number[], W: M2, b: number[], f: (z: number) => number) => b.map((bj, j) => f(a.reduce((s, ai, i) => s + ai * W[j]![i]!, bj)));
    const verdict = check.forwardPass((x: number[], W1: M2, b1: number[], W2: M2, b2: number[]) => transposed(transposed(x, W1, b1, Math.tanh), W2, b2, sigmoid));
    expectWrong(verdict, M.transposedWeights);
    expect(verdict.message).toMatch(/^Your function stopped with an error on 2 inputs, 4 hidden units, 1 output/);
  });
});

describe('check.sigmoid and check.tanh (Value operations with their own derivative)', () => {
  const sigmoidOp = (rule: (s: number, x: number) => number) => (x: Value) => {
    const s = sigmoid(x.data);
    return new Value(s, [x], [rule(s, x.data)]);
  };
  const tanhOp = (rule: (t: number, x: number) => number) => (x: Value) => {
    const t = Math.tanh(x.data);
    return new Value(t, [x], [rule(t, x.data)]);
  };

  it('accepts the right local derivatives', () => {
    expect(check.sigmoid(sigmoidOp((s) => s * (1 - s))).passed).toBe(true);
    expect(check.tanh(tanhOp((t) => 1 - t * t)).passed).toBe(true);
    // Built from existing operations is right too: backward does the chain rule.
    expect(check.tanh((x: Value) => x.mul(2).exp().sub(1).div(x.mul(2).exp().add(1))).passed).toBe(true);
  });

  it('names each typical mistake', () => {
    expectWrong(check.sigmoid(sigmoidOp((_s, x) => x * (1 - x))), M.derivativeOnInput);
    expectWrong(check.sigmoid(sigmoidOp((s) => s)), M.outputAsDerivative);
    expectWrong(check.sigmoid(sigmoidOp((s) => 1 - s * s)), M.tanhRuleForSigmoid);
    expectWrong(check.sigmoid((x: Value) => new Value(sigmoid(x.data))), M.disconnected);
    expectWrong(check.sigmoid(sigmoidOp((s) => -s * (1 - s))), M.signFlipped);
    expectWrong(check.tanh(tanhOp((_t, x) => 1 - x * x)), M.derivativeOnInput);
    expectWrong(check.tanh(tanhOp((t) => 1 - t)), M.forgotSquare);
    expectWrong(check.tanh(tanhOp((t) => t * (1 - t))), M.sigmoidRuleForTanh);
    expectWrong(check.tanh(tanhOp(() => 1)), M.passedStraightThrough);
    expectWrong(check.tanh(tanhOp(() => 0)), M.zeroDerivative); // the starting code's placeholder
    expectWrong(check.tanh((x: Value) => new Value(Math.tanh(x.data) + 0.1, [x], [0])), M.forwardWrong);
    expect(check.tanh((x: Value) => Math.tanh(x.data)).message).toBe('Your operation returned -0.964028; it must return a Value (new Value(result, [x], [derivative])).');
  });
});

describe('check.descentStep', () => {
  it('accepts zero, backward, step against the gradient', () => {
    const step = (params: Value[], loss: Value, lr: number) => {
      for (const p of params) p.grad = 0;
      loss.backward();
      for (const p of params) p.data -= lr * p.grad;
    };
    expect(check.descentStep(step).passed).toBe(true);
  });

  it('names each typical mistake', () => {
    expectWrong(check.descentStep((params: Value[], loss: Value, lr: number) => {
      loss.backward();
      for (const p of params) p.data -= lr * p.grad;
    }), M.gradientsNotZeroed);
    expectWrong(check.descentStep((params: Value[], loss: Value, lr: number) => {
      zeroGrad(params);
      loss.backward();
      for (const p of params) p.data += lr * p.grad;
    }), M.gradientAscent);
    expectWrong(check.descentStep((params: Value[], loss: Value, lr: number) => {
      loss.backward();
      zeroGrad(params);
      for (const p of params) p.data -= lr * p.grad;
    }), M.paramsNeverMoved);
    expectWrong(check.descentStep((params: Value[], loss: Value, lr: number) => {
      zeroGrad(params);
      loss.backward();
      for (const p of params) p.grad -= lr * p.grad;
    }), M.paramsNeverMoved);
    expectWrong(check.descentStep((params: Value[], loss: Value) => {
      zeroGrad(params);
      loss.backward();
      for (const p of params) p.data -= p.grad;
    }), M.ignoredLearningRate);
  });
});

describe('check.dropout', () => {
  const inverted = (a: number[], p: number, training: boolean, rand: () => number) =>
    training ? a.map((v) => (rand() < p ? 0 : v / (1 - p))) : a;

  it('accepts inverted dropout', () => {
    expect(check.dropout(inverted).passed).toBe(true);
    // Drawing "keep" the other way round is just as right.
    expect(check.dropout((a: number[], p: number, training: boolean, rand: () => number) => (training ? a.map((v) => (rand() >= p ? v / (1 - p) : 0)) : a)).passed).toBe(true);
  });

  it('names each typical mistake', () => {
    expectWrong(check.dropout((a: number[], p: number, training: boolean, rand: () => number) => (training ? a.map((v) => (rand() < p ? 0 : v)) : a)), M.noRescaling);
    expectWrong(check.dropout((a: number[], p: number, _t: boolean, rand: () => number) => a.map((v) => (rand() < p ? 0 : v / (1 - p)))), M.dropoutAtTest);
    expectWrong(check.dropout((a: number[], p: number, training: boolean, rand: () => number) => (training ? a.map((v) => (rand() < p ? 0 : v * (1 - p))) : a)), M.multipliedByKeep);
    expectWrong(check.dropout((a: number[], p: number, training: boolean, rand: () => number) => (training ? a.map((v) => (rand() < 1 - p ? 0 : v / (1 - p))) : a)), M.keepProbability);
    expectWrong(check.dropout((a: number[], p: number, training: boolean, rand: () => number) => (training ? a.map((v) => (rand() < p ? 0 : v / p)) : a)), M.scaledByP);
    expectWrong(check.dropout((a: number[]) => a), M.droppedNothing);
  });
});

describe('a reader\'s function that throws', () => {
  const broken = () => (undefined as unknown as { size: number }).size;

  it('is reported with JavaScript\'s message, exactly as the browser wrote it on an English page', () => {
    const verdict = check.descentStep(broken);
    expect(verdict.passed).toBe(false);
    expect(verdict.message).toBe(cellApi.threw(cellApi.descentTestFit, "Cannot read properties of undefined (reading 'size')"));
  });

  it('is reported in the page\'s words on a Spanish page (the message too, the value and property kept)', async () => {
    // A fresh copy of the modules, loaded as on a Spanish page (the language is read when they load).
    vi.resetModules();
    const lang = await import('../../i18n/lang.ts');
    lang.setRenderingLang('es');
    try {
      const { createCellApi: spanishApi } = await import('./index.ts');
      const { catalogues } = await import('../../i18n/catalogues.ts');
      const es = catalogues.es;
      const verdict = (spanishApi(recordingOutput().out).check as Record<'descentStep', Check>).descentStep(broken);
      expect(verdict.message).toBe(es.cellApi.threw(es.cellApi.descentTestFit, es.jsErrors.readProperty('undefined', 'size')));
      expect(verdict.message).not.toMatch(/Cannot read|the test fit/);
    } finally {
      lang.setRenderingLang('en');
      vi.resetModules();
    }
  });
});
