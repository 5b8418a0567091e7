// The course's data sets as a cell sees them: plain arrays (inputs[k] is one example, labels[k] its
// class), so a reader can loop over them, print them and pass them to boundary(). Plain data only, no
// methods: everything here must survive structured cloning to the page. The engine's flat Dataset is
// rebuilt from the arrays when a network trains or evaluates (toEngineDataset), so a reader may also make
// a data set by hand: { inputs: [[0, 1], ...], targets: [[1], ...] }.

import { circle, gaussians, moons, spirals, xor, type PointDataset } from '../../engine/data/points.ts';
import { splitTrainTest } from '../../engine/data/split.ts';
import type { Dataset } from '../../engine/types.ts';
import { INSPECT } from '../contract.ts';
import { cellApiStrings } from '../../i18n/index.ts';

const STRINGS = cellApiStrings();

export interface CellDataset {
  name: string;
  n: number;
  /** n rows of inputSize numbers. */
  inputs: number[][];
  /** n rows of targetSize numbers: 0/1 for two classes, one-hot rows for more. */
  targets: number[][];
  /** Class 0..classes−1 of each example. */
  labels: number[];
  classes: number;
}

export interface DataOptions {
  n?: number;
  noise?: number;
  seed?: number;
  classes?: number;
}

const POINT_SETS: Record<string, (options: DataOptions) => PointDataset> = {
  spirals: (o) => spirals(o),
  circle: (o) => circle(o),
  circles: (o) => circle(o),
  moons: (o) => moons(o),
  xor: (o) => xor(o),
  gaussian: (o) => gaussians(o),
  gaussians: (o) => gaussians(o),
};

export const DATA_SET_NAMES = ['spirals', 'circle', 'moons', 'xor', 'gaussian'] as const;

function rows(values: ArrayLike<number>, n: number, width: number): number[][] {
  return Array.from({ length: n }, (_, k) => Array.from({ length: width }, (_, i) => values[k * width + i]!));
}

/** Makes a cell data set from an engine data set with labels. */
export function cellDataset(name: string, data: Dataset & { labels: ArrayLike<number> }, classes: number): CellDataset {
  const out: CellDataset = {
    name,
    n: data.n,
    inputs: rows(data.inputs, data.n, data.inputSize),
    targets: rows(data.targets, data.n, data.targetSize),
    labels: Array.from(data.labels, Number),
    classes,
  };
  return withInspect(out);
}

/** A short description for console.log; symbol-keyed, so structured cloning leaves it behind. */
export function withInspect<T extends CellDataset>(data: T): T {
  Object.defineProperty(data, INSPECT, { value: () => describeDataset(data), enumerable: false });
  return data;
}

export function describeDataset(data: CellDataset): string {
  const counts = Array.from({ length: data.classes }, (_, c) => data.labels.filter((l) => l === c).length);
  const width = data.inputs[0]?.length ?? 0;
  return STRINGS.dataset(data.name, data.n, width, counts);
}

/** data('moons', { n: 200, noise: 0.2, seed: 1 }): one of the course's 2-D sets, the same for the same seed. */
export function pointData(name: string, options: DataOptions = {}): CellDataset {
  if (typeof name !== 'string' || !Object.hasOwn(POINT_SETS, name)) throw new Error(STRINGS.unknownDataset(String(name), DATA_SET_NAMES));
  const set = POINT_SETS[name]!(options);
  return cellDataset(name, set, set.classes);
}

/** split(data, 0.8, seed): a seeded shuffle cut into { train, test }, the engine's splitTrainTest. */
export function splitData(data: CellDataset, ratio = 0.8, seed = 1): { train: CellDataset; test: CellDataset } {
  const engine = { ...toEngineDataset(data), labels: Float32Array.from(data.labels ?? []) };
  if (!data.labels || data.labels.length !== data.n) engine.labels = new Float32Array(engine.n);
  const { train, test } = splitTrainTest(engine, ratio, seed);
  const classes = data.classes ?? 0;
  return { train: cellDataset(data.name ?? 'data', train, classes), test: cellDataset(data.name ?? 'data', test, classes) };
}

function checkRows(what: string, value: unknown, n: number | undefined): number[][] {
  if (!Array.isArray(value) || value.length === 0) throw new Error(STRINGS.badRows(what));
  if (n !== undefined && value.length !== n) throw new Error(STRINGS.rowCount(what, value.length, n));
  const width = Array.isArray(value[0]) ? value[0].length : -1;
  value.forEach((row: unknown, k) => {
    if (!Array.isArray(row) || row.length !== width) throw new Error(STRINGS.ragged(what, k, width));
    for (const v of row) if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(STRINGS.notANumber(what, k, v));
  });
  return value as number[][];
}

/** The engine's flat Dataset from a cell data set (or any { inputs, targets } of equal-length rows). */
export function toEngineDataset(data: Pick<CellDataset, 'inputs' | 'targets'>): Dataset {
  if (typeof data !== 'object' || data === null) throw new Error(STRINGS.notADataset);
  const inputs = checkRows('inputs', data.inputs, undefined);
  const targets = checkRows('targets', data.targets, inputs.length);
  const n = inputs.length;
  return {
    n,
    inputSize: inputs[0]!.length,
    targetSize: targets[0]!.length,
    inputs: Float32Array.from(inputs.flat()),
    targets: Float32Array.from(targets.flat()),
  };
}
