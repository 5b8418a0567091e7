// The live editor of a code cell: CodeMirror 6, loaded only when a reader first focuses or runs a cell
// (code-cell.ts imports this module dynamically). Keyboard: Tab indents; Escape then Tab leaves the
// editor (CodeMirror's tab-focus mode, announced in the cell's hint); Ctrl/Cmd+Enter runs. Colours come
// from the same tok-* classes as the build-time highlighting (highlight.ts), styled in CodeCell.astro.
import { EditorState, Compartment, Transaction } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { syntaxHighlighting, indentOnInput } from '@codemirror/language';
import { javascript } from '@codemirror/lang-javascript';
import { classHighlighter } from '@lezer/highlight';
import { codeCellStrings } from '../../src/i18n/index.ts';

export interface CellEditor {
  readonly view: EditorView;
  getCode(): string;
  /** Replaces the whole code as one undoable change (Ctrl+Z in the editor brings the old code back). */
  setCode(code: string): void;
  setReadOnly(readOnly: boolean): void;
  focus(): void;
}

export interface EditorOptions {
  parent: HTMLElement;
  code: string;
  label: string;
  describedBy: string;
  readOnly: boolean;
  onChange(code: string): void;
  onRun(): void;
}

export function createCellEditor(o: EditorOptions): CellEditor {
  const readOnly = new Compartment();
  // Read-only keeps the editor focusable (a reader can still move through and select the code with the
  // keyboard and a screen reader); only changes are refused.
  const readOnlyExtensions = (on: boolean) => [EditorState.readOnly.of(on)];
  const view = new EditorView({
    parent: o.parent,
    state: EditorState.create({
      doc: o.code,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        indentOnInput(),
        EditorState.tabSize.of(2),
        EditorState.phrases.of(codeCellStrings().editorPhrases),
        keymap.of([
          { key: 'Mod-Enter', run: () => { o.onRun(); return true; } },
          indentWithTab,
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        javascript({ typescript: true }),
        syntaxHighlighting(classHighlighter),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': o.label, 'aria-describedby': o.describedBy }),
        readOnly.of(readOnlyExtensions(o.readOnly)),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          // Until the reader edits, Tab moves on (someone tabbing through the page is not trapped here);
          // from the first edit on, Tab indents and Escape then Tab leaves.
          if (update.transactions.some((t) => t.isUserEvent('input') || t.isUserEvent('delete'))) update.view.setTabFocusMode(false);
          o.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  view.setTabFocusMode(true);
  return {
    view,
    getCode: () => view.state.doc.toString(),
    setCode(code) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: code },
        annotations: Transaction.userEvent.of('input.replace'),
      });
    },
    setReadOnly(on) {
      view.dispatch({ effects: readOnly.reconfigure(readOnlyExtensions(on)) });
    },
    focus: () => view.focus(),
  };
}
