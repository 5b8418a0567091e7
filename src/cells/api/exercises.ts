// The exercise checks. Each runs the reader's function on a few fixed cases and compares it with the right
// computation; when it is wrong, it also compares it with the typical wrong computations (forgot the bias,
// activation applied twice, ...) and names the one it matches. A verdict never prints the right answer:
// it may show the reader's own result and the case's inputs, never what the result should have been.

import { Value, topologicalOrder, zeroGrad } from '../../engine/value.ts';
import type { Verdict } from '../contract.ts';
import { cellApiStrings, jsErrorStrings } from '../../i18n/index.ts';
import { readJsMessage } from '../runtime/js-messages.ts';
import { isBrowserError } from '../runtime/native-error.ts';
import { pageLang } from '../../i18n/lang.ts';

const STRINGS = cellApiStrings();
const M = STRINGS.misconceptions;
const JS_WORDS = jsErrorStrings();
/**
 * A verdict's words for the reader's function stopping with an error on `where`: JavaScript's own message
 * in the page's words (js-messages.ts); one the catalogue does not list stays the browser's English and is
 * named in `english`, for the page to mark it (on a page in another language), as the status line does.
 */
const threw = (where: string, error: unknown): { message: string; english?: string } => {
  const raw = (error as Error)?.message ?? String(error);
  if (typeof raw !== 'string') return { message: STRINGS.threw(where, String(raw)) };
  const { text, english } = readJsMessage(raw, JS_WORDS);
  return { message: STRINGS.threw(where, text), ...(english && isBrowserError(error) && pageLang() !== 'en' ? { english } : {}) };
};

type Output = number | number[];
interface Case {
  args: unknown[];
  /** For messages: the case's inputs in words. */
  describe: string;
}
interface Way {
  misconception: string;
  compute: (...args: never[]) => Output;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function same(a: unknown, b: Output, tolerance: number): boolean {
  if (typeof b === 'number') {
    if (typeof a !== 'number') return false;
    if (Number.isNaN(b)) return Number.isNaN(a);
    return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b));
  }
  return Array.isArray(a) && a.length === b.length && b.every((v, i) => same(a[i], v, tolerance));
}

function show(value: unknown): string {
  if (typeof value === 'number') return String(Number(value.toPrecision(6)));
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  return value === undefined ? 'undefined' : typeof value === 'object' ? 'an object' : String(value);
}

/** Runs the reader's function on every case and gives the verdict. */
function judge(
  exercise: string,
  readerFunction: unknown,
  cases: Case[],
  right: (...args: never[]) => Output,
  wrongs: Way[],
  tolerance = 1e-9,
): Verdict {
  if (typeof readerFunction !== 'function') return { exercise, passed: false, message: STRINGS.notAFunction(typeof readerFunction) };
  const answers: unknown[] = [];
  for (const c of cases) {
    try {
      // Copies, so a function that changes its arguments cannot change the next comparison.
      answers.push(readerFunction(...structuredClone(c.args)));
    } catch (error) {
      // The cases before this one may already show which mistake it is (e.g. weights read the wrong way
      // round work on square matrices and fail on the first one that is not).
      const way = answers.length >= 2 ? matchingWay(answers, cases, wrongs, tolerance) : undefined;
      return { exercise, passed: false, ...threw(c.describe, error), misconception: way?.misconception };
    }
  }
  const expected = cases.map((c) => right(...(c.args as never[])));
  const firstWrong = expected.findIndex((e, k) => !same(answers[k], e, tolerance));
  if (firstWrong < 0) return { exercise, passed: true, message: STRINGS.passed(cases.length) };

  const answer = answers[firstWrong];
  if (answer === undefined) return { exercise, passed: false, message: STRINGS.returnedNothing, misconception: M.noReturn };
  const message = STRINGS.wrongOn(cases[firstWrong]!.describe, show(answer));
  return { exercise, passed: false, message, misconception: matchingWay(answers, cases, wrongs, tolerance)?.misconception };
}

/** The wrong computation that gives every one of the answers (one per case, from the first case on). */
function matchingWay(answers: unknown[], cases: Case[], wrongs: Way[], tolerance: number): Way | undefined {
  return wrongs.find((way) => answers.every((answer, k) => same(answer, way.compute(...(cases[k]!.args as never[])), tolerance)));
}

// ── Chapter 1: one neuron, sigmoid(b + Σ w_i x_i) ────────────────────────────────────────────────────────

// A case's arguments are written as code ("[1, 0.5]", "-0.4") in every language: they are values handed to
// the reader's function; the words around them come from the catalogue.
const code = (value: number | number[]) => (Array.isArray(value) ? `[${value.join(', ')}]` : String(value));
const neuronCase = (inputs: number[], weights: number[], bias: number): Case =>
  ({ args: [inputs, weights, bias], describe: STRINGS.caseNeuron(code(inputs), code(weights), code(bias)) });
const neuronCases: Case[] = [
  neuronCase([1, 0.5], [0.8, -0.4], 0.1),
  neuronCase([2, -1, 0.5], [0.3, 0.9, -1.2], -0.4),
  neuronCase([-1.5, 3], [1.1, 0.6], 0.7),
];
const dot = (x: number[], w: number[]) => x.reduce((s, xi, i) => s + xi * w[i]!, 0);

export function checkNeuron(neuron: unknown): Verdict {
  return judge('neuron', neuron, neuronCases, (x: number[], w: number[], b: number) => sigmoid(dot(x, w) + b), [
    { misconception: M.forgotBias, compute: (x: number[], w: number[]) => sigmoid(dot(x, w)) },
    { misconception: M.noActivation, compute: (x: number[], w: number[], b: number) => dot(x, w) + b },
    { misconception: M.activationTwice, compute: (x: number[], w: number[], b: number) => sigmoid(sigmoid(dot(x, w) + b)) },
    { misconception: M.biasAfterActivation, compute: (x: number[], w: number[], b: number) => sigmoid(dot(x, w)) + b },
    { misconception: M.subtractedBias, compute: (x: number[], w: number[], b: number) => sigmoid(dot(x, w) - b) },
    { misconception: M.sigmoidSign, compute: (x: number[], w: number[], b: number) => sigmoid(-(dot(x, w) + b)) },
    {
      misconception: M.multipliedSums,
      compute: (x: number[], w: number[], b: number) => sigmoid(x.reduce((s, v) => s + v, 0) * w.reduce((s, v) => s + v, 0) + b),
    },
    { misconception: M.firstInputOnly, compute: (x: number[], w: number[], b: number) => sigmoid(x[0]! * w[0]! + b) },
  ]);
}

// ── Chapter 3: parameters of a spec { inputs, layers: [{ units }] } ──────────────────────────────────────

interface CountSpec {
  inputs: number;
  layers: { units: number; activation?: string }[];
}
const sizesOf = (s: CountSpec) => [s.inputs, ...s.layers.map((l) => l.units)];
const sumLayers = (s: CountSpec, f: (nIn: number, nOut: number) => number) => {
  const sizes = sizesOf(s);
  let total = 0;
  for (let l = 1; l < sizes.length; l++) total += f(sizes[l - 1]!, sizes[l]!);
  return total;
};
const specCases: Case[] = [
  [2, [4, 1]],
  [3, [5, 3, 2]],
  [784, [32, 10]],
  [6, [1]],
].map(([inputs, units]) => {
  const spec: CountSpec = { inputs: inputs as number, layers: (units as number[]).map((u) => ({ units: u, activation: 'tanh' })) };
  return { args: [spec], describe: STRINGS.caseLayers(spec.inputs, units as number[]) };
});

export function checkParameterCount(countParameters: unknown): Verdict {
  const right = (s: CountSpec) => sumLayers(s, (a, b) => a * b + b);
  return judge('parameter-count', countParameters, specCases, right, [
    { misconception: M.forgotBiases, compute: (s: CountSpec) => sumLayers(s, (a, b) => a * b) },
    { misconception: M.countedUnits, compute: (s: CountSpec) => sizesOf(s).reduce((t, u) => t + u, 0) },
    { misconception: M.countedUnitsNoInputs, compute: (s: CountSpec) => s.layers.reduce((t, l) => t + l.units, 0) },
    { misconception: M.biasesOnInputs, compute: (s: CountSpec) => right(s) + s.inputs },
    { misconception: M.oneBiasPerLayer, compute: (s: CountSpec) => sumLayers(s, (a, b) => a * b + 1) },
    { misconception: M.addedInsteadOfMultiplied, compute: (s: CountSpec) => sumLayers(s, (a, b) => a + b + b) },
    { misconception: M.skippedFirstLayer, compute: (s: CountSpec) => right(s) - s.inputs * s.layers[0]!.units - s.layers[0]!.units },
  ]);
}

// ── Chapter 4: forward pass of a 2-layer network, tanh hidden layer, sigmoid output ────────────────────────
// W1[i][j] is the weight from input i to hidden unit j (the chapter's w_ij); W2[j][k] from hidden unit j
// to output k.

type Matrix = number[][];
function layer(a: number[], W: Matrix, b: number[], f: (z: number) => number, transposed = false): number[] {
  return b.map((bj, j) => f(bj + a.reduce((s, ai, i) => s + ai * (transposed ? (W[j]?.[i] ?? NaN) : W[i]![j]!), 0)));
}
const identity = (z: number) => z;

const forwardCases: Case[] = [
  {
    args: [[0.5, 1.5, -1], [[0.4, -0.9, 0.3], [1.2, 0.1, -0.5], [-0.7, 0.6, 0.2]], [-0.3, 0.25, 0.4], [[1.3, -0.2, 0.4], [-0.8, 0.5, 0.1], [0.5, 0.9, -0.6]], [0.3, -0.1, 0.2]],
    describe: STRINGS.caseTwoLayers(3, 3, 3, code([0.5, 1.5, -1])),
  },
  {
    args: [[-0.8, 2.2, 0.4], [[0.3, 0.5, -0.2], [-0.6, 0.4, 0.9], [0.8, -1.0, 0.1]], [0.2, 0, -0.1], [[-0.5, 0.7, 0.2], [0.9, -0.3, 0.4], [0.1, 0.6, -0.8]], [0, 0.1, -0.2]],
    describe: STRINGS.caseTwoLayers(3, 3, 3, code([-0.8, 2.2, 0.4])),
  },
  {
    args: [[1, -2], [[0.5, -0.3, 0.8, 0.1], [0.2, 0.7, -0.6, 0.4]], [0.1, -0.2, 0.05, 0], [[0.9], [-1.1], [0.6], [0.3]], [0.2]],
    describe: STRINGS.caseTwoLayers(2, 4, 1, code([1, -2])),
  },
];

export function checkForwardPass(forward: unknown): Verdict {
  const net = (tanhHidden: (z: number) => number, out: (z: number) => number, transposed = false, noBias = false) =>
    (x: number[], W1: Matrix, b1: number[], W2: Matrix, b2: number[]) => {
      const zero = (b: number[]) => (noBias ? b.map(() => 0) : b);
      return layer(layer(x, W1, zero(b1), tanhHidden, transposed), W2, zero(b2), out, transposed);
    };
  return judge('forward-pass', forward, forwardCases, net(Math.tanh, sigmoid), [
    { misconception: M.forgotBias, compute: net(Math.tanh, sigmoid, false, true) },
    { misconception: M.noHiddenActivation, compute: net(identity, sigmoid) },
    { misconception: M.noOutputActivation, compute: net(Math.tanh, identity) },
    { misconception: M.swappedActivations, compute: net(sigmoid, Math.tanh) },
    { misconception: M.sameActivationEverywhere, compute: net(Math.tanh, Math.tanh) },
    { misconception: M.transposedWeights, compute: net(Math.tanh, sigmoid, true) },
    { misconception: M.activationTwice, compute: net((z) => Math.tanh(Math.tanh(z)), (z) => sigmoid(sigmoid(z))) },
  ]);
}

// ── Chapter 4b: sigmoid and tanh as Value operations with the reader's own local derivative ───────────────

const derivativePoints = [-2, -0.5, 0.3, 1.7];

function checkValueOperation(
  exercise: string,
  op: unknown,
  forward: (x: number) => number,
  derivative: (x: number) => number,
  wrongs: Way[],
): Verdict {
  if (typeof op !== 'function') return { exercise, passed: false, message: STRINGS.notAFunction(typeof op) };
  // The reader's operation is wrapped so judge() sees the local derivative it produces, after checking
  // that it returns a Value whose forward value is right.
  const cases: Case[] = derivativePoints.map((x) => ({ args: [x], describe: `x = ${x}` }));
  for (const x of derivativePoints) {
    let out: unknown;
    try {
      out = op(new Value(x));
    } catch (error) {
      return { exercise, passed: false, ...threw(`x = ${x}`, error) };
    }
    if (!(out instanceof Value)) return { exercise, passed: false, message: STRINGS.opNotAValue(show(out)) };
    if (!same(out.data, forward(x), 1e-9)) return { exercise, passed: false, message: STRINGS.opForwardWrong(`x = ${x}`, show(out.data)), misconception: M.forwardWrong };
  }
  const probe = new Value(derivativePoints[0]!);
  if (!topologicalOrder(op(probe) as Value).includes(probe)) return { exercise, passed: false, message: STRINGS.opDisconnected, misconception: M.disconnected };
  const localDerivative = (x: number) => {
    const input = new Value(x);
    const out = op(input) as Value;
    out.backward();
    return input.grad;
  };
  return judge(exercise, localDerivative, cases, derivative, [
    { misconception: M.zeroDerivative, compute: () => 0 },
    { misconception: M.passedStraightThrough, compute: () => 1 },
    ...wrongs,
  ]);
}

export function checkSigmoidOperation(op: unknown): Verdict {
  return checkValueOperation('sigmoid-derivative', op, sigmoid, (x) => sigmoid(x) * (1 - sigmoid(x)), [
    { misconception: M.derivativeOnInput, compute: (x: number) => x * (1 - x) },
    { misconception: M.outputAsDerivative, compute: (x: number) => sigmoid(x) },
    { misconception: M.tanhRuleForSigmoid, compute: (x: number) => 1 - sigmoid(x) ** 2 },
    { misconception: M.signFlipped, compute: (x: number) => -sigmoid(x) * (1 - sigmoid(x)) },
    { misconception: M.halfTheRule, compute: (x: number) => 1 - sigmoid(x) },
  ]);
}

export function checkTanhOperation(op: unknown): Verdict {
  const t = Math.tanh;
  return checkValueOperation('tanh-derivative', op, t, (x) => 1 - t(x) ** 2, [
    { misconception: M.derivativeOnInput, compute: (x: number) => 1 - x * x },
    { misconception: M.forgotSquare, compute: (x: number) => 1 - t(x) },
    { misconception: M.sigmoidRuleForTanh, compute: (x: number) => t(x) * (1 - t(x)) },
    { misconception: M.signFlipped, compute: (x: number) => -(1 - t(x) ** 2) },
    { misconception: M.plusInsteadOfMinus, compute: (x: number) => 1 + t(x) ** 2 },
    { misconception: M.outputAsDerivative, compute: (x: number) => t(x) },
  ]);
}

// ── Chapter 4b: one step of gradient descent over Values ───────────────────────────────────────────────────
// The reader writes step(params, loss, learningRate). The check fits y = tanh(w·x + b) to four points for
// a few steps with the reader's step and compares the parameters' path with the right one.

const descentPoints = [
  [-1, -0.6],
  [-0.3, -0.1],
  [0.4, 0.35],
  [1.2, 0.7],
] as const;
const DESCENT_STEPS = 6;
const DESCENT_RATE = 0.3;

type StepRule = (params: Value[], loss: Value, learningRate: number) => void;

/** Parameter path [w, b] after each step, for a step rule. */
function descentPath(step: StepRule): number[] {
  const params = [new Value(0.5), new Value(-0.2)];
  const path: number[] = [];
  for (let s = 0; s < DESCENT_STEPS; s++) {
    let loss = new Value(0);
    for (const [x, y] of descentPoints) loss = loss.add(params[0]!.mul(x).add(params[1]!).tanh().sub(y).pow(2));
    step(params, loss.div(descentPoints.length), DESCENT_RATE);
    path.push(params[0]!.data, params[1]!.data);
  }
  return path;
}

const stepRules: Record<string, StepRule> = {
  right(params, loss, lr) {
    zeroGrad(params);
    loss.backward();
    for (const p of params) p.data -= lr * p.grad;
  },
  noZero(params, loss, lr) {
    loss.backward();
    for (const p of params) p.data -= lr * p.grad;
  },
  ascent(params, loss, lr) {
    zeroGrad(params);
    loss.backward();
    for (const p of params) p.data += lr * p.grad;
  },
  noRate(params, loss) {
    zeroGrad(params);
    loss.backward();
    for (const p of params) p.data -= p.grad;
  },
  still() {},
};

export function checkDescentStep(step: unknown): Verdict {
  const exercise = 'gradient-descent';
  if (typeof step !== 'function') return { exercise, passed: false, message: STRINGS.notAFunction(typeof step) };
  let path: number[];
  try {
    path = descentPath(step as StepRule);
  } catch (error) {
    return { exercise, passed: false, ...threw(STRINGS.descentTestFit, error) };
  }
  const matches = (rule: StepRule) => same(path, descentPath(rule), 1e-9);
  if (matches(stepRules.right!)) return { exercise, passed: true, message: STRINGS.descentPassed(DESCENT_STEPS) };
  const named: Array<[StepRule, string]> = [
    [stepRules.still!, M.paramsNeverMoved],
    [stepRules.noZero!, M.gradientsNotZeroed],
    [stepRules.ascent!, M.gradientAscent],
    [stepRules.noRate!, M.ignoredLearningRate],
  ];
  for (const [rule, misconception] of named) if (matches(rule)) return { exercise, passed: false, message: STRINGS.descentWrong, misconception };
  return { exercise, passed: false, message: STRINGS.descentWrong };
}

// ── Chapter 5: inverted dropout, dropout(a, p, training, random) ───────────────────────────────────────────
// Statistical checks on long vectors: while training, each unit is 0 with probability p and otherwise
// a / (1 − p), so the mean is kept; at test time the input comes back unchanged.

const DROPOUT_UNITS = 20_000;

export function checkDropout(dropout: unknown, random: () => number): Verdict {
  const exercise = 'dropout';
  if (typeof dropout !== 'function') return { exercise, passed: false, message: STRINGS.notAFunction(typeof dropout) };
  const a = Array.from({ length: DROPOUT_UNITS }, (_, i) => 0.5 + (i % 7) / 7); // all positive, none 0
  /** The reader's output, or the words of what went wrong (a wrong shape, an error). */
  const run = (p: number, training: boolean): number[] | { message: string; english?: string } => {
    try {
      const out = dropout(a.slice(), p, training, random);
      if (!Array.isArray(out) || out.length !== a.length) return { message: STRINGS.dropoutShape(show(Array.isArray(out) ? `${out.length} numbers` : out), a.length) };
      return out as number[];
    } catch (error) {
      return threw(`p = ${p}`, error);
    }
  };
  const fail = (misconception?: string, message: string = STRINGS.dropoutWrong) => ({ exercise, passed: false, message, misconception });
  const failed = (words: { message: string; english?: string }): Verdict => ({ exercise, passed: false, ...words });

  const atTest = run(0.5, false);
  if (!Array.isArray(atTest)) return failed(atTest);
  if (!same(atTest, a, 1e-12)) return fail(M.dropoutAtTest);

  for (const p of [0.5, 0.2]) {
    const out = run(p, true);
    if (!Array.isArray(out)) return failed(out);
    if (out === undefined) return fail(M.noReturn, STRINGS.returnedNothing);
    let dropped = 0;
    const scales = new Set<number>();
    out.forEach((v, i) => {
      if (v === 0) dropped++;
      else scales.add(Number((v / a[i]!).toPrecision(9)));
    });
    const fraction = dropped / a.length;
    // For n = 20,000 the fraction dropped has a standard deviation of at most 0.0036; ±0.03 is over 8σ.
    if (dropped === 0) return fail(M.droppedNothing);
    if (Math.abs(fraction - (1 - p)) < 0.03 && Math.abs(fraction - p) >= 0.03) return fail(M.keepProbability);
    if (Math.abs(fraction - p) >= 0.03) return fail(M.dropoutRate);
    if (scales.size !== 1) return fail(M.dropoutScaleVaries);
    const [scale] = [...scales] as [number];
    if (same(scale, 1 / (1 - p), 1e-6)) continue;
    if (same(scale, 1, 1e-6)) return fail(M.noRescaling);
    if (same(scale, 1 - p, 1e-6)) return fail(M.multipliedByKeep);
    if (same(scale, 1 / p, 1e-6) || same(scale, p, 1e-6)) return fail(M.scaledByP);
    return fail(M.wrongScale);
  }
  return { exercise, passed: true, message: STRINGS.dropoutPassed };
}
