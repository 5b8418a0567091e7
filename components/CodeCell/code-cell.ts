// Wires each <section data-code-cell> rendered by CodeCell.astro. This module is small and loads with the
// page; the editor (CodeMirror, editor.ts) loads when a reader first focuses or runs a cell, the Worker
// (with the TypeScript stripper) when a cell first runs, and the output renderers when output arrives.
//
// Never lose work: the code is saved as the reader types and before each run (saved-code.ts); a link's
// code (shared or a teacher's) shows with the reader's own code one click away; Reset asks first and can
// be undone.
import { cellLinkFragment, hasCellKeys, readCellLink, unknownCellKeys, withoutSharedCode } from '../../src/cells/runtime/cell-links.ts';
import { mountWidgets } from '../../src/ui/mount.ts';
import { createCodeStore, fingerprint } from '../../src/cells/runtime/saved-code.ts';
import { CodeTooLongToShare, decodeSharedCode, encodeSharedCode } from '../../src/cells/runtime/share-code.ts';
import { codeCellStrings, progressStrings } from '../../src/i18n/index.ts';
import { isTeacherView, pageItemId, progressStore } from '../../src/classroom/progress/browser.ts';
import { CELL_ITEM_PREFIX } from '../../src/classroom/progress/store.ts';
import { el, setDisabled } from '../../src/ui/dom.ts';

const STRINGS = codeCellStrings();
const PROGRESS_STRINGS = progressStrings();
import type { RunResult } from '../../src/cells/runtime/runner.ts';
import type { CellEditor } from './editor.ts';
import type { OutputView } from './output-view.ts';

let storageWarned = false;

export async function mountCodeCell(root: HTMLElement, index: number, allIds: readonly string[]): Promise<void> {
  const id = root.dataset.cellId ?? '';
  const title = root.dataset.title ?? 'code cell';
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const editorBox = q<HTMLElement>('[data-editor]');
  const staticCode = q<HTMLElement>('[data-static]');
  const status = q<HTMLElement>('[data-status]');
  const messages = q<HTMLElement>('[data-messages]');
  const outputBox = q<HTMLElement>('[data-output]');
  const runButton = q<HTMLButtonElement>('[data-run]');
  const stopButton = q<HTMLButtonElement>('[data-stop]');
  const resetButton = q<HTMLButtonElement>('[data-reset]');
  const copyButton = q<HTMLButtonElement>('[data-copy]');
  const undoButton = q<HTMLButtonElement>('[data-undo]');
  const confirmBox = q<HTMLElement>('[data-confirm]');
  const hint = q<HTMLElement>('[data-hint]');
  const teacher = q<HTMLDetailsElement>('[data-teacher]');
  for (const hidden of root.querySelectorAll<HTMLElement>('[data-js-only]')) hidden.hidden = false;

  const pagePath = location.pathname;
  const itemId = pageItemId(`${CELL_ITEM_PREFIX}${id}`);
  const store = createCodeStore(pagePath, id);
  let original = root.dataset.original ?? '';
  const say = (text: string) => { status.textContent = text; };
  const tell = (text: string) => { messages.append(Object.assign(document.createElement('p'), { textContent: text })); };

  // ---- Where the code comes from: the link, then what the reader saved, then the chapter ----
  const link = readCellLink(location.hash, id, { reportLists: index === 0 });
  if (index === 0) link.messages.push(...unknownCellKeys(location.hash, allIds));
  for (const m of link.messages) tell(m);
  if (link.hidden) { root.hidden = true; return; }
  const locked = link.locked;
  if (link.start) {
    const start = await decodeSharedCode(link.start);
    if (start.ok) { original = start.code; tell(STRINGS.teacherStart); }
    else tell(STRINGS.badLink(STRINGS.linkProblem(start.problem)));
  }
  const base = fingerprint(original);
  const saved = store.load();
  let code = original;
  /** The reader's own code that a link's code replaced: "Bring back my code" restores it. */
  let replaced: string | null = null;
  if (link.sharedGiven) {
    const shared = link.shared ? await decodeSharedCode(link.shared) : null;
    if (shared?.ok) code = shared.code;
    else if (shared) tell(STRINGS.badLink(STRINGS.linkProblem(shared.problem)));
    if (saved && saved.code !== code) replaced = saved.code;
    if (shared?.ok) tell(replaced !== null ? STRINGS.sharedLoaded : STRINGS.sharedLoadedNoSaved);
    // Applied once: a reload shows the reader's (saved) code, not the link's again.
    history.replaceState(history.state, '', `${location.pathname}${location.search}${withoutSharedCode(location.hash, id) ? `#${withoutSharedCode(location.hash, id)}` : ''}`);
  } else if (saved && (saved.base === base || !link.start)) {
    code = saved.code;
  } else if (saved && saved.code !== code) {
    replaced = saved.code; // saved for another starting code: kept, one click away
  }
  if (code !== root.dataset.original) staticCode.textContent = code;
  // A link that gives this cell code or has something to say about itself brings the reader to the cell: it
  // may be far down a long chapter, where the code and the message would go unseen.
  if (link.sharedGiven || link.messages.length > 0) root.scrollIntoView({ block: 'start' });
  if (locked) { tell(STRINGS.locked); resetButton.hidden = true; teacher.hidden = true; }

  // ---- Saving ----
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    if (locked) return;
    if (!store.save({ code, base }) && !storageWarned) {
      storageWarned = true;
      tell(STRINGS.cannotSave);
    }
  };
  const changed = (next: string) => {
    code = next;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, 300);
  };
  addEventListener('pagehide', () => { if (saveTimer !== undefined) saveNow(); });

  // ---- The editor, loaded on first use ----
  let editor: CellEditor | null = null;
  let editorLoading: Promise<CellEditor | null> | null = null;
  const loadEditor = (): Promise<CellEditor | null> => {
    editorLoading ??= (async () => {
      say(STRINGS.loadingEditor);
      try {
        const { createCellEditor } = await import('./editor.ts');
        const box = document.createElement('div');
        editor = createCellEditor({
          parent: box, code, label: STRINGS.editorLabel(title), describedBy: hint.id, readOnly: locked,
          onChange: changed, onRun: () => void run(),
        });
        // The editor takes the focus only if the reader is still on the code: a keyboard reader who tabbed
        // past the cell (which starts the load) has moved on, and must not be pulled back when it arrives.
        const stillOnCode = staticCode.contains(document.activeElement);
        staticCode.replaceWith(box);
        editorBox.classList.add('code-cell-live');
        if (stillOnCode) editor.focus();
        if (status.textContent === STRINGS.loadingEditor) say('');
        return editor;
      } catch {
        say(STRINGS.editorFailed);
        return null;
      }
    })();
    return editorLoading;
  };
  staticCode.addEventListener('focus', () => void loadEditor());
  staticCode.addEventListener('pointerdown', () => void loadEditor());

  const showCode = (next: string) => {
    if (editor) editor.setCode(next);
    else staticCode.textContent = next;
    code = next;
    saveNow();
  };

  // ---- Running ----
  let output: OutputView | null = null;
  let current: { stop(): void } | null = null;
  const run = async () => {
    if (current) current.stop();
    saveNow();
    void loadEditor();
    const source = editor?.getCode() ?? code;
    // The keyboard goes with the run: from Run to Stop now, back to Run when it ends.
    setDisabled(stopButton, false);
    setDisabled(runButton, true, stopButton);
    say(STRINGS.starting);
    const [{ startRun }, { createOutputView }] = await Promise.all([import('../../src/cells/runtime/runner.ts'), import('./output-view.ts')]);
    output ??= createOutputView(outputBox);
    output.clear();
    const view = output;
    const passes: boolean[] = [];
    const startedAt = performance.now();
    let ranAt = startedAt;
    const handle = startRun(source, {
      started: () => { ranAt = performance.now(); say(STRINGS.running); },
      output: (items) => {
        for (const item of items) if (item.kind === 'verdict') passes.push(item.verdict.passed);
        view.add(items);
      },
      done: (result) => {
        if (current === handle) current = null;
        // An exercise's check ran: its result is kept, and the worked solution opens (a real attempt).
        if (passes.length > 0) {
          progressStore().recordCellResult(itemId, passes.every(Boolean));
          showSolution();
        }
        setDisabled(runButton, false);
        setDisabled(stopButton, true, runButton);
        finish(view, result, performance.now() - ranAt);
      },
    });
    current = handle;
    runButton.disabled = false; // Run again restarts
  };
  const finish = (view: OutputView, result: RunResult, ms: number) => {
    if (result.cutLines > 0) view.note(STRINGS.cut(result.cutLines), 'info');
    if (result.cutPoints > 0) view.note(STRINGS.cutPoints(result.cutPoints), 'info');
    const text = problemText(result);
    if (text) { view.note(problemParts(result, text), 'error'); status.replaceChildren(...problemParts(result, text)); }
    else {
      void view.settled().then(() => say(root.querySelector('[data-output] > *') ? STRINGS.finished(ms) : STRINGS.noOutput));
    }
  };
  runButton.addEventListener('click', () => void run());
  stopButton.addEventListener('click', () => { current?.stop(); setDisabled(stopButton, true, runButton); });
  stopButton.disabled = true;

  // ---- Reset, undo, bring back ----
  let undoCode: string | null = null;
  const offerUndo = (label: string, previous: string) => {
    undoCode = previous;
    undoButton.textContent = label;
    undoButton.hidden = false;
  };
  if (replaced !== null) offerUndo(STRINGS.bringBack, replaced);
  undoButton.addEventListener('click', () => {
    if (undoCode === null) return;
    showCode(undoCode);
    undoCode = null;
    undoButton.hidden = true;
    say(STRINGS.undone);
    (editor ?? staticCode).focus();
  });
  resetButton.addEventListener('click', () => {
    const now = editor?.getCode() ?? code;
    if (now === original) { say(STRINGS.resetDone); return; }
    confirmBox.hidden = false;
    confirmBox.querySelector<HTMLButtonElement>('[data-confirm-no]')!.focus();
  });
  confirmBox.querySelector('[data-confirm-yes]')!.addEventListener('click', () => {
    const previous = editor?.getCode() ?? code;
    confirmBox.hidden = true;
    showCode(original);
    offerUndo(STRINGS.undoReset, previous);
    say(STRINGS.resetDone);
    undoButton.focus();
  });
  confirmBox.querySelector('[data-confirm-no]')!.addEventListener('click', () => {
    confirmBox.hidden = true;
    resetButton.focus();
  });

  // ---- The worked solution (exercises): offered after the check has run once, or in the teacher view ----
  const solutionBox = root.querySelector<HTMLElement>('[data-cell-solution]');
  const solution = root.dataset.solutionCode;
  function showSolution(): void {
    if (solutionBox && solution && !locked) solutionBox.hidden = false;
  }
  if (solutionBox && solution) {
    const kept = progressStore().read().cells[itemId]?.passed;
    const attempted = kept !== undefined;
    if (attempted) tell(PROGRESS_STRINGS.solution.cellKept(kept));
    if (attempted || isTeacherView()) showSolution();
    const solutionStatus = solutionBox.querySelector<HTMLElement>('[data-solution-status]')!;
    solutionBox.querySelector('[data-load-solution]')!.addEventListener('click', () => {
      const previous = editor?.getCode() ?? code;
      if (previous === solution) return;
      showCode(solution);
      offerUndo(STRINGS.bringBack, previous);
      solutionStatus.textContent = PROGRESS_STRINGS.solution.loaded;
    });
  }

  // ---- Links ----
  const copyLink = async (fragment: () => Promise<string>) => {
    let url: string;
    try {
      url = `${location.origin}${location.pathname}#${await fragment()}`;
    } catch (e) {
      say(refusalText(e));
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      say(STRINGS.linkCopied);
    } catch {
      say(STRINGS.linkNotCopied(url));
    }
  };
  copyButton.addEventListener('click', () => void copyLink(async () => cellLinkFragment(id, { shared: await encodeSharedCode(editor?.getCode() ?? code) })));
  const lockBox = teacher.querySelector<HTMLInputElement>('[data-teacher-lock]')!;
  const hideBox = teacher.querySelector<HTMLInputElement>('[data-teacher-hide]')!;
  const teacherStatus = teacher.querySelector<HTMLElement>('[data-teacher-status]')!;
  teacher.querySelector('[data-teacher-copy]')!.addEventListener('click', async () => {
    try {
      const url = `${location.origin}${location.pathname}#${cellLinkFragment(id, { start: await encodeSharedCode(editor?.getCode() ?? code), lock: lockBox.checked, hide: hideBox.checked })}`;
      try { await navigator.clipboard.writeText(url); teacherStatus.textContent = STRINGS.linkCopied; }
      catch { teacherStatus.textContent = STRINGS.linkNotCopied(url); }
    } catch (e) {
      teacherStatus.textContent = refusalText(e);
    }
  });
}

/** Why a link could not be made: the code is too long, worded in the page's language. */
function refusalText(e: unknown): string {
  if (e instanceof CodeTooLongToShare) return STRINGS.linkTooLong(e.length, e.max, e.compressed);
  // Only a programming error reaches here (CompressionStream exists wherever the cell runs): for developers.
  throw e;
}

function problemText(result: RunResult): string | null {
  const p = STRINGS.problem;
  switch (result.problem) {
    case undefined: return null;
    case 'syntax': return p.syntax(result.message ?? '', result.line);
    case 'module': return p.module(result.message ?? '', result.line);
    case 'error': return p.error(result.message ?? '', result.line);
    case 'runaway': return p.runaway(result.line);
    case 'recursion': return p.recursion(result.line);
    case 'memory': return p.memory(result.line);
    case 'eval-blocked': return p.evalBlocked;
    case 'unresponsive': return p.unresponsive(result.line);
    case 'crashed': return p.crashed;
    case 'stopped': return p.stopped;
  }
}

/** Where a problem's sentence has its message, to find it there. */
const HOLE = '\u0000';

/**
 * A problem's sentence (problemText), its message marked with its language when that is not the page's: a
 * browser's message the catalogue does not list stays English (runner.ts), and a screen reader should read
 * it as English.
 */
function problemParts(result: RunResult, text: string): (string | Node)[] {
  if (!result.messageLang || !result.message) return [text];
  const around = problemText({ ...result, message: HOLE })?.split(HOLE) ?? [];
  if (around.length !== 2) return [text];
  return [around[0]!, el('span', { lang: result.messageLang }, result.message), around[1]!];
}

export function mountAllCodeCells(): void {
  const cells = [...document.querySelectorAll<HTMLElement>('[data-code-cell]')];
  const ids = cells.map((c) => c.dataset.cellId ?? '');
  // A link with cell settings (shared code, hidden or read-only cells) is applied to every cell at once, as
  // the reader opens it. Otherwise a cell starts as it comes near, like a widget (src/ui/mount.ts): its
  // editor's start-up was a 0.4 s task of a chapter's load on a slow phone, for a cell far down the page.
  if (hasCellKeys(location.hash)) cells.forEach((cell, i) => void mountCodeCell(cell, i, ids));
  else mountWidgets('[data-code-cell]', (cell) => mountCodeCell(cell, cells.indexOf(cell), ids));
}
