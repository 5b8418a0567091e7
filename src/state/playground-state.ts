// The playground's whole set-up as one declarative table of URL keys: name, type, default and range.
// A link made from this state reproduces the playground exactly (data, features, layers, every
// hyper-parameter and both seeds). `readPlaygroundState` validates each value (table) and then the
// combinations (a regression problem cannot use cross-entropy, per-layer lists must match the layers).
import type { FeatureName } from '../engine/types.ts';
import { playgroundStrings, urlStateStrings, type Catalogue, type Lang } from '../i18n/index.ts';
import { pointsField } from './points-field.ts';
import {
  boolField, defaults, enumField, intField, listField, numberField, parseState, serializeState, textField,
  type Field, type StateOf,
} from './url-state.ts';

export const CLASSIFICATION_DATASETS = ['circle', 'xor', 'gauss', 'spiral', 'moons', 'sine', 'cubic', 'abs'] as const;
export const REGRESSION_DATASETS = ['plane', 'multigauss'] as const;
/** Data sets that can be drawn with 3 or 4 classes. */
export const MULTICLASS_DATASETS = ['gauss', 'spiral'] as const;
export const DATASETS = [...CLASSIFICATION_DATASETS, ...REGRESSION_DATASETS, 'custom'] as const;
export type DatasetName = (typeof DATASETS)[number];


export const FEATURES: readonly FeatureName[] = ['x1', 'x2', 'x1Squared', 'x2Squared', 'x1x2', 'sinX1', 'sinX2'];
export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'linear'] as const;
export type HiddenActivation = (typeof ACTIVATIONS)[number];
export const PROBLEMS = ['binary', 'multiclass', 'regression'] as const;
export type Problem = (typeof PROBLEMS)[number];

/** Control groups a teacher can hide with `hide=` (a focused exercise). */
export const CONTROL_GROUPS = [
  'data', 'noise', 'split', 'regenerate', 'edit', 'features', 'layers', 'activation', 'dropout', 'problem',
  'loss', 'lr', 'batch', 'init', 'optimizer', 'schedule', 'regularization', 'earlystop', 'weights', 'views', 'speed',
] as const;
export type ControlGroup = (typeof CONTROL_GROUPS)[number];

export const MAX_HIDDEN_LAYERS = 6;

/** A challenge's id in an assignment: lower-case letters, digits and dashes, starting with a letter. */
export const CHALLENGE_ID_RE = /^[a-z][a-z0-9-]{0,23}$/;
const challengeIdField: Field<string> = {
  label: 'challenge', default: '', describe: 'a challenge name (letters, digits and dashes)',
  parse: (text) => (CHALLENGE_ID_RE.test(text) ? { ok: true, value: text } : { ok: false, problem: { kind: 'not-a-challenge' } }),
  format: (value) => value,
  valid: (value) => value === '' || CHALLENGE_ID_RE.test(value),
};
export const MAX_NEURONS = 8;

/** Every URL key of the playground. Order is the order keys appear in a link. */
export const PLAYGROUND_KEYS = {
  // Data
  problem: enumField('problem type', 'binary', PROBLEMS),
  classes: intField('number of classes', 3, 3, 4),
  data: enumField('data set', 'circle', DATASETS),
  noise: intField('noise (%)', 0, 0, 50),
  train: intField('training share (%)', 50, 10, 90),
  points: intField('number of generated points', 400, 50, 1000),
  dataSeed: intField('data seed', 1, 0, 4294967295),
  pts: pointsField('added points'),
  showTest: boolField('show test points', true),
  discretize: boolField('discretised output', false),
  // Inputs
  features: listField('input features', ['x1', 'x2'] as FeatureName[], enumField('feature', 'x1', FEATURES), 1, FEATURES.length, { unique: true }),
  // Network
  layers: listField('hidden layers', [4, 2], intField('neurons', 4, 1, MAX_NEURONS), 0, MAX_HIDDEN_LAYERS),
  act: enumField('activation', 'tanh', ACTIVATIONS),
  acts: listField('per-layer activations', [] as HiddenActivation[], enumField('activation', 'tanh', ACTIVATIONS), 0, MAX_HIDDEN_LAYERS),
  dropout: listField('per-layer dropout', [] as number[], numberField('dropout', 0, 0, 0.9), 0, MAX_HIDDEN_LAYERS),
  loss: enumField('loss', 'xent', ['xent', 'mse'] as const),
  init: enumField('weight initialisation', 'auto', ['auto', 'xavier', 'he'] as const),
  seed: intField('weight seed', 1, 0, 4294967295),
  // Training
  lr: numberField('learning rate', 0.03, 0.00001, 10),
  batch: intField('batch size', 10, 1, 100),
  opt: enumField('optimiser', 'sgd', ['sgd', 'momentum', 'adam'] as const),
  momentum: numberField('momentum', 0.9, 0, 0.99),
  sched: enumField('learning-rate schedule', 'constant', ['constant', 'step', 'exponential', 'cosine'] as const),
  decay: numberField('schedule decay factor', 0.5, 0.01, 1),
  every: intField('schedule period (epochs)', 100, 1, 1000),
  reg: enumField('regularization', 'none', ['none', 'l1', 'l2'] as const),
  regRate: numberField('regularization rate', 0.001, 0, 10),
  stop: boolField('early stopping', false),
  patience: intField('early-stopping patience (epochs)', 50, 1, 1000),
  /** slow: one mini-batch a frame; normal: one epoch a frame (as TensorFlow Playground); fast: as many as fit. */
  speed: enumField('training speed', 'normal', ['slow', 'normal', 'fast'] as const),
  // Views and teaching
  view: enumField('connection view', 'weights', ['weights', 'gradients'] as const),
  hide: listField('hidden controls', [] as ControlGroup[], enumField('control', 'data', CONTROL_GROUPS), 0, CONTROL_GROUPS.length, { unique: true }),
  task: textField('exercise text', '', 280),
  projector: boolField('projector view', false),
  // Assignments (src/classroom/assignment/): the challenge this run is for (its results are recorded for the
  // hand-in), and a replay: train this many epochs on opening, then pause (the class view's replay links).
  challenge: challengeIdField,
  replay: intField('replay (epochs to train on opening)', 0, 0, 100000),
};

export type PlaygroundState = StateOf<typeof PLAYGROUND_KEYS>;

export function defaultPlaygroundState(): PlaygroundState {
  return defaults(PLAYGROUND_KEYS);
}

export function datasetsFor(problem: Problem): readonly DatasetName[] {
  if (problem === 'regression') return [...REGRESSION_DATASETS, 'custom'];
  if (problem === 'multiclass') return [...MULTICLASS_DATASETS, 'custom'];
  return [...CLASSIFICATION_DATASETS, 'custom'];
}

/** Number of classes the current problem has (0 for regression). */
export function classCount(s: Pick<PlaygroundState, 'problem' | 'classes'>): number {
  return s.problem === 'binary' ? 2 : s.problem === 'multiclass' ? s.classes : 0;
}

/** The playground's words (src/i18n/<lang>/playground.ts): data set names and what a fix says. */
type PlaygroundWords = Catalogue['playground'];

/**
 * Fixes combinations that are each valid but not together, and says what was changed (in `words`'
 * language, the page's by default). Mutates and returns `s`. Used after reading a link and after every
 * change made in the page.
 */
export function reconcile(s: PlaygroundState, words: PlaygroundWords = playgroundStrings()): string[] {
  const messages: string[] = [];
  const fixes = words.fixes;
  const problem = fixes.problems[s.problem];
  if (!datasetsFor(s.problem).includes(s.data)) {
    const replacement = datasetsFor(s.problem)[0];
    const name = (d: DatasetName) => words.datasets[d];
    messages.push(s.problem === 'multiclass'
      // Say which sets can have 3 or 4 classes, so the switch does not look arbitrary.
      ? fixes.twoClassesOnly(name(s.data), name(replacement), MULTICLASS_DATASETS.map(name).join(words.data.and))
      : fixes.doesNotFit(name(s.data), problem, name(replacement)));
    s.data = replacement;
  }
  if (s.problem === 'regression' && s.loss === 'xent') {
    messages.push(fixes.crossEntropyNeedsClasses);
    s.loss = 'mse';
  }
  const k = classCount(s);
  const badLabel = s.pts.find((p) => (k === 0 ? p.label < -1 || p.label > 1 : !Number.isInteger(p.label) || p.label < 0 || p.label >= k));
  if (badLabel) {
    messages.push(fixes.badLabels(problem, badLabel.label));
    s.pts = [];
  }
  if (s.acts.length > 0 && s.acts.length !== s.layers.length) {
    messages.push(fixes.activations(s.acts.length, s.layers.length, words.activations[s.act]));
    s.acts = [];
  }
  if (s.dropout.length > 0 && s.dropout.length !== s.layers.length) {
    messages.push(fixes.dropout(s.dropout.length, s.layers.length));
    s.dropout = [];
  }
  return messages;
}

/**
 * Reads a link's fragment into a valid state plus one message for each value that was not used, in the
 * page's language unless `lang` says otherwise.
 */
export function readPlaygroundState(fragment: string, lang?: Lang): { state: PlaygroundState; messages: string[] } {
  const words = playgroundStrings(lang);
  const { state, messages } = parseState(PLAYGROUND_KEYS, fragment, urlStateStrings(lang), words.keys);
  return { state, messages: [...messages, ...reconcile(state, words)] };
}

export function writePlaygroundState(state: PlaygroundState): string {
  return serializeState(PLAYGROUND_KEYS, state);
}

/** The activation of hidden layer i (per-layer choice when set, else the network-wide one). */
export function layerActivation(s: PlaygroundState, i: number): HiddenActivation {
  return s.acts.length === s.layers.length && s.acts[i] ? s.acts[i] : s.act;
}

export function layerDropout(s: PlaygroundState, i: number): number {
  return s.dropout.length === s.layers.length ? s.dropout[i] ?? 0 : 0;
}
