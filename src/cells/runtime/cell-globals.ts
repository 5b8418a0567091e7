// The runtime's own globals for a cell's code, built in its Worker: console, plot and Plot, tex, table,
// boundary and pause. Each turns its arguments into plain data (text, mark specs, serialized networks)
// for the page, so nothing a reader passes can fail to cross the Worker boundary later.
import type { CellOutput, MarkSpec, PlanePoints, PlotSpec } from '../contract.ts';
import type { SerializedNetwork } from '../../engine/types.ts';
import { inspect, logText } from './inspect.ts';
import type { OutputItem } from './protocol.ts';
import { codeCellStrings } from '../../i18n/index.ts';
import { pageLang } from '../../i18n/lang.ts';
import { formatPlain } from '../../ui/format.ts';
import { networkFromJSON } from '../../engine/reference/network.ts';
import { MARKS } from './marks.ts';
import { PageTypeError } from './native-error.ts';

const STRINGS = codeCellStrings();
/** The page's language, read once when the Worker starts (before the reader's code could touch `self.name`). */
const LANG = pageLang();

export { MARKS };
export const MAX_TABLE_ROWS = 100;
const MAX_TABLE_COLUMNS = 20;

/** CellOutput over a sink of output items (the Worker's output buffer). */
export function createCellOutput(push: (item: OutputItem) => void): CellOutput {
  const text = (values: unknown[]) => values.map(logText).join(' ');
  return {
    log: (...values) => push({ kind: 'log', level: 'log', text: text(values) }),
    error: (...values) => push({ kind: 'log', level: 'error', text: text(values) }),
    plot: (spec) => push({ kind: 'plot', spec: plainData(spec) }),
    tex: (source, displayMode = true) => push({ kind: 'tex', source: String(source), display: displayMode }),
    table: (rows, columns) => push(tableItem(rows, columns)),
    boundary: (net, data) => push({ kind: 'boundary', net: plainData(net), ...(data ? { data: plainData(data) } : {}) }),
    loss: (point) => push({ kind: 'loss', point: plainData(point) }),
    verdict: (verdict) => push({ kind: 'verdict', verdict: plainData(verdict) }),
  };
}

/** A copy that is sure to cross to the page; functions and other non-data give the reader a clear error. */
function plainData<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    throw new PageTypeError(STRINGS.plotNotData);
  }
}

function tableItem(rows: readonly unknown[], columns?: readonly string[]): OutputItem {
  if (!Array.isArray(rows)) throw new PageTypeError(STRINGS.tableNeedsRows);
  const shown = rows.slice(0, MAX_TABLE_ROWS);
  let cols = columns ? columns.map(String) : [];
  if (!columns) {
    const seen = new Set<string>();
    for (const row of shown) {
      if (row !== null && typeof row === 'object') for (const k of Object.keys(row)) seen.add(k);
      else seen.add('value');
    }
    cols = [...seen];
  }
  cols = cols.slice(0, MAX_TABLE_COLUMNS);
  // Numbers: what the cell itself lays out for reading (a table's cells, the loss chart's caption, the
  // messages of train() and check) is written the page's way, "0,25" on a Spanish page; what the reader's
  // code prints (console.log, and a value such as an array inside a table cell) is JavaScript's own
  // notation, "0.25", on every page: it is the program's output, the way the code itself writes numbers.
  // A table cell that is not a finite number shows as JavaScript writes it (NaN is news to the reader).
  const cell = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? formatPlain(v, LANG, String(v)) : inspect(v));
  const body = shown.map((row) => cols.map((c) => {
    if (row === null || typeof row !== 'object') return c === 'value' ? cell(row) : '';
    return c in row ? cell((row as Record<string, unknown>)[c]) : '';
  }));
  return { kind: 'table', columns: cols, rows: body, more: rows.length - shown.length };
}

type NetworkLike = SerializedNetwork | { toJSON(): SerializedNetwork };
type PointsLike = PlanePoints | { inputs: number[][]; targets?: number[] | number[][]; labels?: number[] };

/** Class labels from 0/1 targets, [t] rows or one-hot rows. */
function labelsOf(data: PointsLike): number[] {
  const raw = ('labels' in data && data.labels) || ('targets' in data && data.targets) || [];
  return (raw as (number | number[])[]).map((t) => (Array.isArray(t) ? (t.length === 1 ? t[0]! : t.indexOf(Math.max(...t))) : t));
}

export interface RuntimeGlobals {
  console: Pick<Console, 'log' | 'error' | 'warn' | 'info' | 'debug'>;
  plot(spec: PlotSpec | MarkSpec | MarkSpec[]): void;
  Plot: Record<(typeof MARKS)[number], (data?: unknown, options?: Record<string, unknown>) => MarkSpec>;
  tex(source: string, displayMode?: boolean): void;
  table(rows: readonly unknown[], columns?: readonly string[]): void;
  boundary(net: NetworkLike, data?: PointsLike): void;
  pause(ms?: number): Promise<void>;
}

/**
 * The globals, with `check` run at every call (output in a loop is work the loop guard must see) and
 * `turned` when pause() lets the event loop run.
 */
export function createRuntimeGlobals(out: CellOutput, hooks: { check(): void; turned(): void }): RuntimeGlobals {
  const guarded = <A extends unknown[], R>(f: (...a: A) => R) => (...a: A): R => { hooks.check(); return f(...a); };
  const Plot = Object.fromEntries(MARKS.map((mark) => [mark, (data?: unknown, options?: Record<string, unknown>): MarkSpec =>
    ({ mark, ...(data === undefined ? {} : { data }), ...(options ? { options } : {}) })])) as RuntimeGlobals['Plot'];
  return {
    console: { log: guarded(out.log), info: guarded(out.log), debug: guarded(out.log), warn: guarded(out.error), error: guarded(out.error) },
    plot: guarded((spec: PlotSpec | MarkSpec | MarkSpec[]) => {
      const full: PlotSpec = Array.isArray(spec) ? { marks: spec } : 'marks' in spec ? spec : { marks: [spec as MarkSpec] };
      if (!Array.isArray(full.marks)) throw new PageTypeError(STRINGS.plotUnknownMark(String(full.marks), MARKS));
      for (const m of full.marks) {
        if (!m || !(MARKS as readonly string[]).includes(m.mark)) throw new PageTypeError(STRINGS.plotUnknownMark(String(m?.mark), MARKS));
      }
      out.plot(full);
    }),
    Plot,
    tex: guarded((source: string, displayMode?: boolean) => out.tex(source, displayMode)),
    table: guarded((rows: readonly unknown[], columns?: readonly string[]) => out.table(rows, columns)),
    boundary: guarded((net: NetworkLike, data?: PointsLike) => {
      const json = net && typeof (net as { toJSON?: unknown }).toJSON === 'function' ? (net as { toJSON(): SerializedNetwork }).toJSON() : net as SerializedNetwork;
      if (!json || json.format !== 'nn101-network' || json.spec?.inputs !== 2) throw new PageTypeError(STRINGS.boundaryNeedsNetwork);
      // A hand-made or edited network is checked here, in the reader's run (an InputError, worded like
      // network(…)'s), so the page only receives networks it can draw.
      networkFromJSON(json);
      out.boundary(json, data ? { inputs: data.inputs.map((p) => [Number(p[0]), Number(p[1])]), labels: labelsOf(data) } : undefined);
    }),
    pause: (ms = 0) => new Promise<void>((resolve) => setTimeout(() => { hooks.turned(); resolve(); }, ms)),
  };
}
