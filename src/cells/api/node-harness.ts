// Runs a cell's source in Node with the cell API as its globals, the way the cell Worker does, and records
// what it sends to the page. For tests: the chapters' starting code and their solutions are checked here
// against createCellApi directly (the runtime's TypeScript stripping is not involved, so cell code in the
// chapters stays plain JavaScript that TypeScript also accepts).

import type { CellOutput, LossPoint, MarkSpec, PlotSpec, Verdict } from '../contract.ts';
import { INSPECT } from '../contract.ts';
import { createCellApi } from './index.ts';

export interface Recorded {
  logs: string[];
  errors: string[];
  verdicts: Verdict[];
  losses: LossPoint[];
  boundaries: unknown[];
  plots: unknown[];
}

/** What console.log would show: INSPECT descriptions, numbers, JSON for plain data. */
export function inspect(value: unknown): string {
  if (value !== null && typeof value === 'object' && typeof (value as { [INSPECT]?: unknown })[INSPECT] === 'function') {
    return (value as { [INSPECT]: () => string })[INSPECT]();
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || value === undefined) return String(value);
  return JSON.stringify(value);
}

export function recordingOutput(): { out: CellOutput; recorded: Recorded } {
  const recorded: Recorded = { logs: [], errors: [], verdicts: [], losses: [], boundaries: [], plots: [] };
  const out: CellOutput = {
    log: (...values) => recorded.logs.push(values.map(inspect).join(' ')),
    error: (...values) => recorded.errors.push(values.map(inspect).join(' ')),
    plot: (spec) => recorded.plots.push(structuredClone(spec)),
    tex: () => {},
    table: () => {},
    boundary: (net, data) => recorded.boundaries.push(structuredClone({ net, data })),
    loss: (point) => recorded.losses.push(structuredClone(point)),
    verdict: (verdict) => recorded.verdicts.push(structuredClone(verdict)),
  };
  return { out, recorded };
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<unknown>;

/** Runs `source` as the body of an async function that sees the cell's globals. */
export async function runCell(source: string): Promise<Recorded> {
  const { out, recorded } = recordingOutput();
  const api = createCellApi(out);
  const globals: Record<string, unknown> = {
    ...api,
    console: { log: out.log, error: out.error, warn: out.error, info: out.log },
    plot: (spec: PlotSpec | MarkSpec | MarkSpec[]) => out.plot(Array.isArray(spec) ? { marks: spec } : 'marks' in spec ? spec : { marks: [spec] }),
    // The runtime's mark builders: Plot.line(data, options) describes a mark as data.
    Plot: Object.fromEntries(['line', 'dot', 'ruleX', 'ruleY', 'text', 'barY'].map((mark) => [mark, (data?: unknown, options?: object) => ({ mark, data, options })])),
    pause: (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    tex: out.tex,
    table: out.table,
    // The runtime sends a network to the page as its toJSON().
    boundary: (net: { toJSON?: () => unknown }, data?: unknown) => out.boundary((net.toJSON ? net.toJSON() : net) as never, data as never),
  };
  // As in the cell Worker, the code is the body of an inner function, so it may declare a name that is
  // also a global (const data = ...).
  const run = new AsyncFunction(...Object.keys(globals), `return (async () => {\n${source}\n})();`);
  await run(...Object.values(globals));
  return recorded;
}
