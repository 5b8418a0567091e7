// A code cell's page side and Worker (components/CodeCell/, src/cells/runtime/): every sentence it shows.
import { formatInteger } from '../../ui/format.ts';
import type { SharedCodeProblem } from '../../cells/runtime/share-code.ts';
import { QUOTED_LENGTH, quoteEn } from '../quote.ts';

/** A cell name from a link, in this language's quotation marks. */
const q = (text: string) => quoteEn(text, QUOTED_LENGTH);
const lineText = (line?: number) => (line ? ` (line ${line})` : '');

export const codeCell = {
  // Buttons and labels
  run: 'Run',
  stop: 'Stop',
  reset: 'Reset',
  copyLink: 'Copy link',
  undoReset: 'Undo reset',
  bringBack: 'Bring back my code',
  confirmReset: 'Discard your changes and go back to the original code?',
  confirmYes: 'Yes, reset',
  confirmNo: 'Keep my code',
  editorLabel: (title: string) => `Code of ${title}`,
  outputLabel: (title: string) => `Output of ${title}`,
  keyboardHint: 'In the editor, Tab indents once you have typed. To leave the editor with the keyboard, press Escape, then Tab. Ctrl+Enter (⌘+Enter) runs the cell.',
  noScript: 'Running this code needs JavaScript; you can still read it.',
  loadingEditor: 'Loading the editor…',
  /**
   * CodeMirror's own words (its "phrases"), keyed by its English text: a title on a control character
   * in the code, the word a screen reader hears after a selection is deleted, a close button's label.
   */
  editorPhrases: { 'Control character': 'Control character', 'Selection deleted': 'Selection deleted', close: 'close' },
  editorFailed: 'The editor could not load (are you offline on a first visit?). The code below is read-only; Run still works.',

  // Run states
  running: 'Running…',
  starting: 'Starting…',
  finished: (ms: number) => `Finished in ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`}.`,
  noOutput: 'Finished; the code printed nothing. Use console.log(…) to see a value.',
  cut: (lines: number) => `… ${formatInteger(lines, 'en')} more line${lines === 1 ? '' : 's'} of output not shown (a cell shows the first 500).`,
  cutPoints: (points: number) => `… the loss chart leaves out ${formatInteger(points, 'en')} later points.`,

  // Why a run ended
  problem: {
    syntax: (message: string, line?: number) => `The code could not be read${lineText(line)}: ${message.replace(/^Syntax error: /, '')}`,
    /** `what`: the module syntax used ("import", "import()", "import.meta", "export"). */
    module: (what: string, line?: number) => `The code could not be read${lineText(line)}: a cell cannot use ${what}. Everything it can use is already there as a global (see the cell API page).`,
    error: (message: string, line?: number) => `Error${lineText(line)}: ${message}`,
    runaway: (line?: number) => `Stopped: the code${lineText(line)} ran for 5 seconds without finishing, so it was stopped. A loop whose condition never becomes false is the usual cause. If the work is meant to take long, put \`await pause()\` inside the loop.`,
    recursion: (line?: number) => `Stopped: too much recursion${lineText(line)}. A function kept calling itself without reaching a case that stops it.`,
    memory: (line?: number) => `Stopped: the code ran out of memory${lineText(line)}. It asked for more than the browser gives one page; make the arrays smaller.`,
    evalBlocked: 'Code cells cannot run on this copy of the site: its security policy forbids running code in the cell\'s Worker (the host sends a Content-Security-Policy header without \'unsafe-eval\' for the cell worker script; see the README, "Code cells: safety").',
    unresponsive: (line?: number) => `Stopped: the cell stopped responding${line ? `; the last line it reached was line ${line}` : ''}. It may have run out of memory or been stuck in one long operation. The cell is ready to run again.`,
    crashed: 'The cell\'s Worker failed (it may have run out of memory, or could not load while offline). The cell is ready to run again.',
    stopped: 'Stopped.',
  },

  // Notes console.log adds around a value (src/cells/runtime/inspect.ts); the value itself is written as code.
  inspect: {
    moreItems: (count: number) => `… ${formatInteger(count, 'en')} more`,
    moreCharacters: (count: number) => `… (${formatInteger(count, 'en')} more characters)`,
    promise: 'Promise { … } (use await to get its value)',
    cannotDescribe: (message: string) => `[object that could not describe itself: ${message}]`,
  },
  /** A thrown value that is not an Error (throw "x"), as JavaScript writes it. */
  thrown: (value: string) => `Uncaught ${value}`,
  /** An error after the run ended (a promise nobody awaited, a timer), printed in the output; `message` is already worded. */
  lateError: (message: string, line?: number) => `${message}${lineText(line)}`,
  /** The EvalError a reader's eval, Function or string timer gets; `what` is the construct ("Function", "setTimeout with a string"). */
  fromString: (what: string) => `A cell cannot run code from a string (${what}); write the code in the cell instead.`,

  // Outputs
  verdictPass: 'Passed',
  verdictFail: 'Not yet',
  misconception: 'What this suggests:',
  plotNotData: 'plot(…) options must be plain data (numbers, strings, arrays, objects): a function cannot leave the cell. Use a field name instead, e.g. { x: "epoch", y: "loss" }.',
  plotUnknownMark: (name: string, known: readonly string[]) => `plot(…) does not know the mark "${name}". Marks: ${known.join(', ')}.`,
  plotFailed: (message: string) => `The chart could not be drawn: ${message}`,
  texFailed: (message: string) => `The formula could not be typeset: ${message}`,
  tableNeedsRows: 'table(rows) needs an array of rows (objects or arrays).',
  boundaryNeedsNetwork: 'boundary(net, data) needs a network (made with network(…)) with 2 inputs.',
  boundaryFailed: (message: string) => `The decision boundary could not be drawn: ${message}`,
  boundaryCaption: 'Decision boundary of the network, with the data points',
  boundaryDescription: (points: number) => `Decision boundary of the network, with ${formatInteger(points, 'en')} data point${points === 1 ? '' : 's'}.`,
  lossChartLabel: 'Loss per epoch while the cell trains',
  lossAxis: { epoch: 'epoch', loss: 'loss' },
  /** The live loss chart's description and caption; `loss` is already formatted. */
  lossChartDescription: (epoch: number, loss: string) => `Epoch ${epoch}: loss ${loss}`,
  lossCaption: (hasValidation: boolean, epoch: number, loss: string) => `Loss (solid line)${hasValidation ? ', validation loss (dashed)' : ''}; epoch ${epoch}, loss ${loss}`,
  tableCaption: (rows: number, more: number) => `Table of ${rows + more} row${rows + more === 1 ? '' : 's'}${more ? ` (first ${rows} shown)` : ''}`,

  // Saving and links
  cannotSave: 'Your browser does not let this page save code (private mode or storage blocked): changes last until you close the page. Use Copy link to keep them.',
  restoredSaved: 'Your saved code is back.',
  sharedLoaded: 'This cell shows code from a shared link. Your own code is kept: use "Bring back my code" to return to it.',
  sharedLoadedNoSaved: 'This cell shows code from a shared link.',
  badLink: (reason: string) => `The link's code for this cell could not be used: ${reason}. The cell shows its original code instead.`,
  /** The reason inside `badLink`. */
  linkProblem: (p: SharedCodeProblem): string => {
    switch (p.kind) {
      case 'no-code': return 'the link holds no code';
      case 'payload-too-long': return `the code in the link is too long (${formatInteger(p.length, 'en')} characters; at most ${formatInteger(p.max, 'en')})`;
      case 'other-version': return 'the link was made by a different version of the course or was changed';
      case 'bad-characters': return 'the link contains characters that a shared code never has (it was cut or changed)';
      case 'impossible-length': return 'the link was cut or changed (its length is impossible)';
      case 'unpacks-too-long': return `the code in the link is longer than ${formatInteger(p.max, 'en')} characters`;
      case 'does-not-unpack': return 'the link was cut or changed (its compressed code does not unpack)';
      case 'not-text': return 'the link was changed (its code is not valid text)';
      case 'control-characters': return 'the code in the link contains control characters';
    }
  },
  /** What each part of a cell link is called in messages about it (src/cells/runtime/cell-links.ts). */
  linkKeys: { shared: 'shared code', start: 'starting code', lock: 'read-only cells', hide: 'hidden cells' },
  noSuchCell: (name: string) => `This page has no code cell named ${q(name)}; that part of the link was ignored.`,
  teacherStart: 'Your teacher\'s link set this cell\'s starting code.',
  locked: 'Your teacher\'s link makes this cell read-only: you can run it, not change it.',
  linkCopied: 'Link copied. Anyone who opens it sees this code in this cell.',
  linkNotCopied: (url: string) => `Copy this link: ${url}`,
  /** Copy link refused: the code has `length` characters (at most `max`), or is too long even `compressed`. */
  linkTooLong: (length: number, max: number, compressed: boolean) => compressed
    ? 'The code is too long to share by link, even compressed. Shorten it, or copy the code itself.'
    : `The code is too long to share by link (${formatInteger(length, 'en')} characters; at most ${formatInteger(max, 'en')}). Shorten it, or copy the code itself.`,
  resetDone: 'The cell shows its original code. Undo reset brings your code back.',
  undone: 'Your code is back.',
  teacherTitle: 'For teachers: link to this cell',
  teacherIntro: 'Make a link that opens this page with this cell set up for your class: the code now in the editor becomes its starting code.',
  teacherLock: 'Read-only (students can run it, not change it)',
  teacherHide: 'Hide this cell',
  teacherCopy: 'Copy teacher link',
};
