// The page side of one run of a cell: prepares the code (prepare-code.ts), starts a fresh Worker
// (cell.worker.ts), hands it the code, passes
// its output on, and watches it. The page never runs the reader's code itself. A Worker that goes silent
// (no message for SILENT_MS while code runs: the loop guard could not speak, e.g. one huge allocation or
// a Worker killed for memory) is terminated and reported with the last line it reached; Stop terminates
// it at once. Either way the next run gets a new Worker.
import { prepareCode } from './prepare-code.ts';
import type { FromWorker, OutputItem, Problem, ToWorker } from './protocol.ts';
import { pageLang, workerName } from '../../i18n/lang.ts';
import { jsErrorStrings } from '../../i18n/index.ts';
import { readJsMessage } from './js-messages.ts';

/** Silence after which a running Worker is taken for dead (it says "alive" every 250 ms while busy). */
export const SILENT_MS = 4000;
/** Time a new Worker gets to load (its script, the transpiler) before the first message. */
export const START_MS = 30_000;

export interface RunResult {
  problem?: Problem;
  message?: string;
  /** The language `message` is in when it is not the page's: the browser's own message, which the catalogue does not list. */
  messageLang?: 'en';
  line?: number;
  cutLines: number;
  cutPoints: number;
}

export interface RunHandlers {
  output(items: OutputItem[]): void;
  /** The code itself began running (after transpiling and lockdown). */
  started?(): void;
  done(result: RunResult): void;
}

export interface Run {
  stop(): void;
}

export type WorkerFactory = () => Worker;

// The Worker's name carries the page's language: the cell API's messages are written in the Worker.
const defaultWorker: WorkerFactory = () => new Worker(new URL('./cell.worker.ts', import.meta.url), { type: 'module', name: workerName(pageLang(), 'nn101-cell') });

/**
 * JavaScript's own message (a syntax error, an exception) in the page's words (js-messages.ts). `native`:
 * the message is the browser's or the stripper's (native-error.ts); if the catalogue does not list it, it
 * stays in their English, marked so on a page in another language.
 */
function worded(result: RunResult, native: boolean): RunResult {
  if ((result.problem !== 'syntax' && result.problem !== 'error') || !result.message) return result;
  const { text, listed } = readJsMessage(result.message, jsErrorStrings());
  return { ...result, message: text, ...(!listed && native && pageLang() !== 'en' ? { messageLang: 'en' } : {}) };
}

export function startRun(source: string, handlers: RunHandlers, makeWorker: WorkerFactory = defaultWorker): Run {
  // Stripping types here, not in the Worker, shares the parser the editor already loaded (@lezer/javascript)
  // and keeps the cell within its download budget; it takes a few milliseconds for a cell's code.
  const prepared = prepareCode(source);
  if (!prepared.ok) {
    // (sucrase's message, or the module construct refused: only the first is worded.)
    queueMicrotask(() => handlers.done(worded({ problem: prepared.problem, message: prepared.message, line: prepared.line, cutLines: 0, cutPoints: 0 }, true)));
    return { stop() {} };
  }
  let finished = false;
  let lastLine: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let worker: Worker | undefined;

  const finish = (result: RunResult, native = false) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    worker?.terminate();
    handlers.done(worded(result, native));
  };
  const watch = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => finish({ problem: 'unresponsive', line: lastLine, cutLines: 0, cutPoints: 0 }), ms);
  };

  try {
    worker = makeWorker();
  } catch (e) {
    finish({ problem: 'crashed', message: e instanceof Error ? e.message : String(e), cutLines: 0, cutPoints: 0 });
    return { stop() {} };
  }
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    if (finished) return;
    const message = event.data;
    watch(SILENT_MS);
    switch (message?.type) {
      case 'started': handlers.started?.(); break;
      case 'alive': lastLine = message.line; break;
      case 'output': if (Array.isArray(message.items)) handlers.output(message.items); break;
      case 'done': finish({ problem: message.problem, message: message.message, line: message.line ?? (message.problem === 'runaway' ? lastLine : undefined), cutLines: message.cutLines | 0, cutPoints: message.cutPoints | 0 }, message.native === true); break;
    }
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    finish({ problem: 'crashed', message: event.message, line: lastLine, cutLines: 0, cutPoints: 0 });
  });
  worker.addEventListener('messageerror', () => finish({ problem: 'crashed', line: lastLine, cutLines: 0, cutPoints: 0 }));
  watch(START_MS);
  worker.postMessage({ type: 'run', code: prepared.code, lines: source.split('\n').length } satisfies ToWorker);
  return { stop: () => finish({ problem: 'stopped', cutLines: 0, cutPoints: 0 }) };
}
