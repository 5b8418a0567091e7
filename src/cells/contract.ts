// The contract between a code cell's runtime (the Worker that runs a reader's code and the page that shows
// what it produced) and the cell API (what the reader's code can call: Value, networks, data sets, train,
// checks). The runtime implements CellOutput by posting messages to the page; the API module exports a
// createCellApi(out) whose result becomes the globals of the reader's code, next to the runtime's own
// console, plot, tex, table and boundary. Everything that crosses to the page must be structured-cloneable.

import type { SerializedNetwork } from '../engine/types.ts';

/** An object the cell API returns can describe itself for console.log (a Value, a network, a data set). */
export const INSPECT: unique symbol = Symbol.for('nn101.inspect') as never;
export interface Inspectable {
  [INSPECT](): string;
}

/** One Observable Plot mark described as data (functions cannot cross the Worker boundary). */
export interface MarkSpec {
  /** A mark name from src/ui/plot-marks.ts, e.g. 'line', 'dot', 'ruleY'. */
  mark: string;
  data?: unknown;
  options?: Record<string, unknown>;
}

/** Plot.plot's options with the marks described as data. */
export interface PlotSpec {
  marks: MarkSpec[];
  [option: string]: unknown;
}

/** One point of a live training chart; a new `run` id starts a new chart. */
export interface LossPoint {
  run: number;
  epoch: number;
  loss: number;
  validationLoss?: number;
  accuracy?: number;
}

/** An exercise's verdict. `misconception` names what a wrong result suggests, never the answer itself. */
export interface Verdict {
  exercise: string;
  passed: boolean;
  message: string;
  misconception?: string;
  /** A part of `message` left in the browser's English (an error the reader's function threw that the jsErrors
   * catalogue does not list), on a page in another language: the page marks it so (protocol.ts's log `english`). */
  english?: string;
}

/** Labelled points in the plane, as a cell passes them to boundary(). */
export interface PlanePoints {
  inputs: number[][];
  labels: number[];
}

export interface CellOutput {
  log(...values: unknown[]): void;
  error(...values: unknown[]): void;
  plot(spec: PlotSpec): void;
  tex(source: string, displayMode?: boolean): void;
  table(rows: readonly unknown[], columns?: readonly string[]): void;
  boundary(net: SerializedNetwork, data?: PlanePoints): void;
  loss(point: LossPoint): void;
  verdict(verdict: Verdict): void;
}

/** What src/cells/api/index.ts exports as createCellApi: the reader's globals, built inside the Worker. */
export type CreateCellApi = (out: CellOutput) => Record<string, unknown>;
