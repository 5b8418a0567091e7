// Answers to the chapters' exercise cells (content/cells/, and content/es/cells/ in Spanish: the same
// programs), for the tests only: for each exercise, a right version of the function the reader fills in, and
// one typical wrong version with the misconception its check should name, in any language. Used by
// tests/unit/chapter-cells.test.ts and es-cells.test.ts (Node) and tests/browser/exercise-cells.test.ts.
import { readFileSync } from 'node:fs';
import { catalogues } from '../../src/i18n/catalogues.ts';
import type { Catalogue } from '../../src/i18n/catalogue.ts';
import type { Lang } from '../../src/i18n/lang.ts';

type Misconception = keyof Catalogue['cellApi']['misconceptions'];
const MISCONCEPTIONS = Object.fromEntries(Object.keys(catalogues.en.cellApi.misconceptions).map((k) => [k, k])) as { [K in Misconception]: K };

export interface ExerciseAnswers {
  file: string;
  chapter: string;
  /** The CodeCell id in the chapter. */
  cell: string;
  /** Verdicts the cell shows (one per check call). */
  verdicts: number;
  /** Function name → a right definition. */
  right: Record<string, string>;
  /** One function replaced by a typical wrong definition, and the misconception it should be named by (see `misconceptionText`). */
  wrong: { name: string; code: string; misconception: Misconception };
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

/** What the check says for the exercise's typical wrong answer, in the page's language. */
export function misconceptionText(exercise: ExerciseAnswers, lang: Lang): string {
  return catalogues[lang].cellApi.misconceptions[exercise.wrong.misconception];
}

/** Where each language's cells live, and the comment that opens the dropout cell's experiment in them. */
const CELLS: Record<Lang, { dir: string; experiment: string }> = {
  en: { dir: 'content/cells', experiment: '\n// The experiment' },
  es: { dir: 'content/es/cells', experiment: '\n// El experimento' },
};

/** A cell's starting code as the language's chapter shows it (`file` as in EXERCISES, e.g. "01-neuron.js"). */
export function cellSource(file: string, lang: Lang): string {
  return readFileSync(new URL(`../../${CELLS[lang].dir}/${file}`, import.meta.url), 'utf8');
}

/** The code without the dropout cell's experiment (checked in Node; it takes seconds), in the language's cells. */
export function withoutExperiment(code: string, lang: Lang): string {
  return code.split(CELLS[lang].experiment)[0]!;
}

/** The source with `function name(...) { ... }` (up to the next "}" at the start of a line) replaced. */
export function withFunction(source: string, name: string, replacement: string): string {
  const start = source.indexOf(`function ${name}(`);
  const end = source.indexOf('\n}', start);
  if (start < 0 || end < 0) throw new Error(`no function ${name} in the cell`);
  return source.slice(0, start) + replacement.trim() + source.slice(end + 2);
}
