// Messages between a code cell's page side (runner.ts) and its Worker (cell.worker.ts). One Worker runs
// one program and is then thrown away, so a run can always be stopped (terminate) and never leaks into
// the next. Everything here is structured-cloneable.
import type { LossPoint, PlanePoints, PlotSpec, Verdict } from '../contract.ts';
import type { SerializedNetwork } from '../../engine/types.ts';

export type OutputItem =
  /** `english`: a part of `text` in the browser's English, on a page in another language (a late error's unlisted message). */
  | { kind: 'log'; level: 'log' | 'error'; text: string; english?: string }
  | { kind: 'plot'; spec: PlotSpec }
  | { kind: 'tex'; source: string; display: boolean }
  | { kind: 'table'; columns: string[]; rows: string[][]; more: number }
  | { kind: 'boundary'; net: SerializedNetwork; data?: PlanePoints }
  | { kind: 'loss'; point: LossPoint }
  | { kind: 'verdict'; verdict: Verdict };

/** Why a run ended without finishing. */
export type Problem =
  | 'syntax' // the code could not be read
  | 'module' // it uses module syntax (import, export), which a cell refuses; `message` is the construct
  | 'error' // it threw
  | 'runaway' // the loop guard stopped it
  | 'recursion' // the call stack overflowed
  | 'memory' // an allocation failed
  | 'eval-blocked' // the site's security policy forbids running code in the Worker
  | 'unresponsive' // page side: the Worker went silent (killed by the watchdog)
  | 'crashed' // page side: the Worker failed to start or died
  | 'stopped'; // page side: the reader pressed Stop

/** `code` is already prepared (prepare-code.ts: types stripped, loops guarded); `lines` is the reader's line count. */
export type ToWorker = { type: 'run'; code: string; lines: number };

export type FromWorker =
  | { type: 'started' }
  | { type: 'output'; items: OutputItem[] }
  /** Sent while code runs (even in a tight loop): the line it last reached. */
  | { type: 'alive'; line: number }
  /** `native`: `message` is JavaScript's own (native-error.ts), in the browser's words, not the course's or the reader's. */
  | { type: 'done'; problem?: Problem; message?: string; native?: boolean; line?: number; cutLines: number; cutPoints: number };
