// Answers to the chapters' exercise cells (content/cells/), for the tests only: for each exercise, a right
// version of the function the reader fills in, and one typical wrong version with the misconception its
// check should name. Used by tests/unit/chapter-cells.test.ts (Node) and tests/browser/exercise-cells.test.ts.
import { cellApi } from '../../src/i18n/en/cell-api.ts';

const MISCONCEPTIONS = cellApi.misconceptions;

export interface ExerciseAnswers {
  file: string;
  chapter: string;
  /** The CodeCell id in the chapter. */
  cell: string;
  /** Verdicts the cell shows (one per check call). */
  verdicts: number;
  /** Function name → a right definition. */
  right: Record<string, string>;
  /** One function replaced by a typical wrong definition, and the misconception it should be named by. */
  wrong: { name: string; code: string; misconception: string };
}

export const EXERCISES: ExerciseAnswers[] = [
  {
    file: '01-neuron.js',
    chapter: '01-what-is-a-neural-network',
    cell: 'exercise-neuron',
    verdicts: 1,
    right: {
      neuron: `function neuron(inputs, weights, bias) {
  let z = bias;
  for (let i = 0; i < inputs.length; i++) z += inputs[i] * weights[i];
  return 1 / (1 + Math.exp(-z));
}`,
    },
    wrong: {
      name: 'neuron',
      code: `function neuron(inputs, weights, bias) {
  let z = 0;
  for (let i = 0; i < inputs.length; i++) z += inputs[i] * weights[i];
  return 1 / (1 + Math.exp(-z));
}`,
      misconception: MISCONCEPTIONS.forgotBias,
    },
  },
  {
    file: '03-count-parameters.js',
    chapter: '03-structure',
    cell: 'exercise-count-parameters',
    verdicts: 1,
    right: {
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
    wrong: {
      name: 'countParameters',
      code: `function countParameters(spec) {
  let count = 0;
  let previous = spec.inputs;
  for (const layer of spec.layers) {
    count += previous * layer.units;
    previous = layer.units;
  }
  return count;
}`,
      misconception: MISCONCEPTIONS.forgotBiases,
    },
  },
  {
    file: '04-forward-pass.js',
    chapter: '04-how-networks-learn',
    cell: 'exercise-forward-pass',
    verdicts: 1,
    right: {
      forward: `function forward(x, W1, b1, W2, b2) {
  const layer = (a, W, b, f) => b.map((bj, j) => f(a.reduce((z, ai, i) => z + ai * W[i][j], bj)));
  const h = layer(x, W1, b1, Math.tanh);
  return layer(h, W2, b2, (z) => 1 / (1 + Math.exp(-z)));
}`,
    },
    wrong: {
      name: 'forward',
      code: `function forward(x, W1, b1, W2, b2) {
  const layer = (a, W, b, f) => b.map((bj, j) => f(a.reduce((z, ai, i) => z + ai * W[i][j], bj)));
  const h = layer(x, W1, b1, (z) => z);
  return layer(h, W2, b2, (z) => 1 / (1 + Math.exp(-z)));
}`,
      misconception: MISCONCEPTIONS.noHiddenActivation,
    },
  },
  {
    file: '04b-derivatives.js',
    chapter: '04b-backpropagation',
    cell: 'exercise-derivatives',
    verdicts: 5,
    right: {
      sigmoid: `function sigmoid(x) {
  const s = 1 / (1 + Math.exp(-x.data));
  return new Value(s, [x], [s * (1 - s)]);
}`,
      tanh: `function tanh(x) {
  const t = Math.tanh(x.data);
  return new Value(t, [x], [1 - t * t]);
}`,
    },
    wrong: {
      name: 'tanh',
      code: `function tanh(x) {
  const t = Math.tanh(x.data);
  return new Value(t, [x], [1 - x.data * x.data]);
}`,
      misconception: MISCONCEPTIONS.derivativeOnInput,
    },
  },
  {
    file: '04b-descent.js',
    chapter: '04b-backpropagation',
    cell: 'exercise-descent',
    verdicts: 1,
    right: {
      step: `function step(params, loss, learningRate) {
  for (const p of params) p.grad = 0;
  loss.backward();
  for (const p of params) p.data -= learningRate * p.grad;
}`,
    },
    wrong: {
      name: 'step',
      code: `function step(params, loss, learningRate) {
  loss.backward();
  for (const p of params) p.data -= learningRate * p.grad;
}`,
      misconception: MISCONCEPTIONS.gradientsNotZeroed,
    },
  },
  {
    file: '05-dropout.js',
    chapter: '05-regularization',
    cell: 'exercise-dropout',
    verdicts: 1,
    right: {
      dropout: `function dropout(activations, p, training, random) {
  if (!training) return activations;
  return activations.map((a) => (random() < p ? 0 : a / (1 - p)));
}`,
    },
    wrong: {
      name: 'dropout',
      code: `function dropout(activations, p, training, random) {
  if (!training) return activations;
  return activations.map((a) => (random() < p ? 0 : a));
}`,
      misconception: MISCONCEPTIONS.noRescaling,
    },
  },
];

/** The source with `function name(...) { ... }` (up to the next "}" at the start of a line) replaced. */
export function withFunction(source: string, name: string, replacement: string): string {
  const start = source.indexOf(`function ${name}(`);
  const end = source.indexOf('\n}', start);
  if (start < 0 || end < 0) throw new Error(`no function ${name} in the cell`);
  return source.slice(0, start) + replacement.trim() + source.slice(end + 2);
}
