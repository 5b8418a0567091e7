// A code cell's Worker: runs one reader's program (already prepared on the page by prepare-code.ts) and is then thrown away (runner.ts starts a fresh one
// for every run, so Stop can simply terminate it). Order matters: the API is built and the line offset
// measured while the Worker still has everything; then lockdown.ts removes the network, shared storage
// and string evaluation; only then does the reader's code run, with the runtime's and the API's globals.
import { createCellApi } from '../api/index.ts';
import { createCellOutput, createRuntimeGlobals } from './cell-globals.ts';
import { lockDown } from './lockdown.ts';
import { createOutputBuffer } from './output-buffer.ts';
import { TICK } from './prepare-code.ts';
import type { FromWorker, Problem, ToWorker } from './protocol.ts';
import { RunawayError, createRunGuard } from './run-guard.ts';
import { setInputErrorWording } from '../../engine/validate.ts';
import { cellApiStrings, codeCellStrings, jsErrorStrings } from '../../i18n/index.ts';
import { pageLang } from '../../i18n/lang.ts';
import { readJsMessage } from './js-messages.ts';
import { isBrowserError, isStackOverflow, readerErrorKinds } from './native-error.ts';
import { stackLines } from './stack-lines.ts';

/** Read before the reader's code runs (the language is in the Worker's name). */
const API_STRINGS = cellApiStrings();
const CELL_STRINGS = codeCellStrings();
const JS_WORDS = jsErrorStrings();
// What the engine refuses (a bad spec, training option, network) is worded in the page's language where
// it is thrown, so the reader's own catch (e) reads e.message in it, as the status line would say it.
setInputErrorWording(API_STRINGS.engineProblem);

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  addEventListener(type: string, listener: (event: Event) => void): void;
};
const post = scope.postMessage.bind(scope);
const FunctionConstructor = Function;
const nativeSetInterval = setInterval;
const nativeClearInterval = clearInterval;

/** The reader's code becomes the body of an async function, so top-level await works. */
const wrap = (code: string) => `"use strict";\nreturn (async () => {\n${code}\n})();`;

/** Stack line of the wrapped code's first line, measured once: browsers differ in what they add. */
function firstLineInStack(): number | null {
  try {
    (new FunctionConstructor(wrap('throw new Error("probe");').replace('return (async () => {', 'return (() => {')) as () => void)();
  } catch (e) {
    return stackLine(e);
  }
  return null;
}

const stackOf = (e: unknown): string => (e instanceof Error && typeof e.stack === 'string' ? e.stack : '');
const stackLine = (e: unknown): number | null => stackLines(stackOf(e))[0] ?? null;

/** For a stack overflow: the line repeated most in the stack (the recursive call), not the top frame. */
const mostRepeatedLine = (e: unknown): number | null => {
  const counts = new Map<number, number>();
  for (const line of stackLines(stackOf(e))) counts.set(line, (counts.get(line) ?? 0) + 1);
  let best: number | null = null;
  for (const [line, n] of counts) if (best === null || n > counts.get(best)!) best = line;
  return best;
};

function classify(e: unknown, codeLine: (e: unknown, recursion?: boolean) => number | undefined, guardLine: number): { problem: Problem; message: string; native?: boolean; line?: number } {
  if (e instanceof RunawayError) return { problem: 'runaway', message: e.message, line: e.line };
  // An engine refusal (InputError) already carries the page's words (setInputErrorWording above);
  // JavaScript's own messages stay the browser's here and are worded by runner.ts (js-messages.ts).
  const message = e instanceof Error ? `${e.name}: ${e.message}` : CELL_STRINGS.thrown(String(e));
  if (isStackOverflow(e)) return { problem: 'recursion', message, line: codeLine(e, true) ?? guardLine };
  if (e instanceof RangeError && /allocation failed|invalid (typed )?array length|invalid string length|out of memory/i.test(e.message)) {
    return { problem: 'memory', message, line: codeLine(e) };
  }
  return { problem: 'error', message, native: isBrowserError(e), line: codeLine(e) };
}

async function run(code: string, lines: number): Promise<void> {
  const buffer = createOutputBuffer((items) => post({ type: 'output', items }));
  // A runaway's message, for code that catches it (the guard keeps throwing, so the run still ends as one).
  const guard = createRunGuard((line) => post({ type: 'alive', line }), undefined, (line) => CELL_STRINGS.problem.runaway(line));
  const done = (result: { problem?: Problem; message?: string; native?: boolean; line?: number } = {}) => {
    buffer.flush();
    post({ type: 'done', ...result, cutLines: buffer.cutLines, cutPoints: buffer.cutPoints });
  };
  const out = createCellOutput((item) => buffer.push(item));
  // The runtime's own names (console, plot, tex, table, boundary, pause) win over the API's. JavaScript's
  // error kinds are the reader's own (native-error.ts): an error the reader makes is not the browser's.
  const globals: Record<string, unknown> = { ...readerErrorKinds(), ...createCellApi(out), ...createRuntimeGlobals(out, guard) };
  const names = Object.keys(globals).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  const first = firstLineInStack();
  const codeLine = (e: unknown, recursion = false) => {
    const at = recursion ? mostRepeatedLine(e) : stackLine(e);
    if (at === null || first === null) return undefined;
    const line = at - first + 1;
    return line >= 1 && line <= lines ? line : undefined;
  };

  // Late errors (a rejected promise nobody awaited, an exception in a timer) still reach the output, in the
  // page's words; a browser's message the catalogue does not list is marked as English (runner.ts does the
  // same for the status line).
  const late = (message: string, native: boolean, line?: number) => {
    const { text, english } = readJsMessage(message, JS_WORDS);
    buffer.push({ kind: 'log', level: 'error', text: CELL_STRINGS.lateError(text, line), ...(english && native && pageLang() !== 'en' ? { english } : {}) });
  };
  scope.addEventListener('unhandledrejection', (event) => {
    (event as PromiseRejectionEvent).preventDefault();
    const reason = (event as PromiseRejectionEvent).reason as unknown;
    const { message, native, line } = classify(reason, codeLine, guard.line);
    late(message, native === true, line);
  });
  scope.addEventListener('error', (event) => {
    (event as ErrorEvent).preventDefault();
    late((event as ErrorEvent).message, isBrowserError((event as ErrorEvent).error));
  });

  let program: (...args: unknown[]) => Promise<unknown>;
  try {
    program = new FunctionConstructor(TICK, ...names, wrap(code)) as typeof program;
  } catch (e) {
    if (e instanceof EvalError) return done({ problem: 'eval-blocked', message: e.message });
    return done({ problem: 'syntax', message: e instanceof Error ? e.message : String(e), native: true });
  }
  lockDown(globalThis, CELL_STRINGS.fromString);
  // The event loop turning is what "pausing" means to the guard; the timer also flushes output.
  const turns = nativeSetInterval(() => {
    if (guard.tripped) return;
    guard.turned();
    guard.check(); // says "alive" while the code awaits something slow
    buffer.maybeFlush();
  }, 25);
  post({ type: 'started' });
  try {
    await program((line: number) => guard.tick(line), ...names.map((n) => globals[n]));
    if (guard.tripped) done({ problem: 'runaway', message: 'runaway', line: guard.line });
    else done();
  } catch (e) {
    done(guard.tripped ? { problem: 'runaway', message: 'runaway', line: guard.line } : classify(e, codeLine, guard.line));
  } finally {
    nativeClearInterval(turns);
  }
}

scope.onmessage = (event) => {
  scope.onmessage = null; // one program per Worker
  const message = event.data;
  if (message?.type === 'run' && typeof message.code === 'string') void run(message.code, Number(message.lines) || 0);
};
