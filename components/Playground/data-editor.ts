// Editing the data: which class (or value) a new point gets, clearing, importing a CSV file and
// exporting the current data. A bad file changes nothing and says which line is wrong and why.
import { MAX_POINTS, type DataPoint } from '../../src/state/points-field.ts';
import { classCount, type PlaygroundState } from '../../src/state/playground-state.ts';
import { playgroundStrings } from '../../src/i18n/index.ts';
import { isolateText } from '../../src/ui/untrusted-text.ts';
import { group, type Control } from './control-kit.ts';
import { csvMessage, dataToCsv, parseDataCsv } from './data-csv.ts';
import { el, uid } from '../../src/ui/dom.ts';
import type { Store } from './store.ts';

const T = playgroundStrings();
/** The classes' names in the page's language: colour and marker shape, as the plane draws them. */
export const CLASS_NAMES: readonly string[] = T.classNames;
const S = T.editor;
const REGRESSION_VALUES = [-1, -0.5, 0, 0.5, 1];

export interface DataEditor extends Control {
  /** The label a new point gets. */
  readonly label: number;
  pickLabel(index: number): void;
  addPoint(x: number, y: number): void;
  /** Shows a message about the data (kept until the next action). */
  say(text: string, isError?: boolean): void;
}

export function createDataEditor(store: Store, getPoints: () => readonly DataPoint[]): DataEditor {
  const labelId = uid('pg-addlabel');
  const labelSelect = el('select', { id: labelId });
  const message = el('p', { class: 'pg-data-message', role: 'status' });
  // Our button opens the hidden file input: the browser's own ("Choose File", "No file chosen") would speak
  // the browser's language, not the page's.
  const file = el('input', { type: 'file', accept: '.csv,text/csv,text/plain', 'aria-label': S.import, hidden: true });
  const pick = el('button', { type: 'button', class: 'pg-button' }, S.import);
  pick.addEventListener('click', () => file.click());
  const clear = el('button', { type: 'button', class: 'pg-button' }, S.clear);
  const exportButton = el('button', { type: 'button', class: 'pg-button' }, S.export);
  const say = (text: string, isError = false) => {
    message.textContent = text;
    message.classList.toggle('pg-error', isError);
  };

  clear.addEventListener('click', () => {
    store.update({ data: 'custom', pts: [] });
    say(S.cleared);
  });
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    // A file name is the reader's, not ours: bidi controls visible, isolated ("x\u202Evsc.exe" shows as such).
    const name = isolateText(f.name);
    if (f.size > 2_000_000) { say(S.tooBig(name, Math.round(f.size / 1000)), true); return; }
    const text = await f.text();
    const s = store.state;
    const k = classCount(s);
    const result = parseDataCsv(text, k === 0 ? { kind: 'regression' } : { kind: 'classes', classes: k });
    file.value = '';
    if (!result.ok) { say(S.notImported(name, csvMessage(result, T.csv)), true); return; }
    store.update({ data: 'custom', pts: result.points });
    say(S.imported(result.points.length, name, result.skippedHeader));
  });
  exportButton.addEventListener('click', () => {
    const blob = new Blob([dataToCsv(getPoints())], { type: 'text/csv' });
    const a = el('a', { href: URL.createObjectURL(blob), download: S.fileName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    say(S.exported(getPoints().length));
  });
  labelSelect.addEventListener('change', () => { /* read on use */ });

  const control = group('edit', {
    element: el('div', { class: 'pg-data-editor' },
      el('div', { class: 'pg-field' }, el('label', { for: labelId }, S.newPoints), labelSelect),
      el('div', { class: 'pg-row' }, clear, exportButton),
      el('div', { class: 'pg-field' }, pick, file),
      message),
    sync(s: Readonly<PlaygroundState>) {
      const k = classCount(s);
      const options = k === 0
        ? REGRESSION_VALUES.map((v) => ({ value: String(v), label: S.value(v) }))
        : CLASS_NAMES.slice(0, k).map((n, i) => ({ value: String(i), label: S.classOption(i, n) }));
      const key = JSON.stringify(options);
      if (labelSelect.dataset.key !== key) {
        const keep = labelSelect.value;
        labelSelect.replaceChildren(...options.map((o) => el('option', { value: o.value }, o.label)));
        labelSelect.dataset.key = key;
        if (options.some((o) => o.value === keep)) labelSelect.value = keep;
        else labelSelect.value = options[k === 0 ? 4 : Math.min(1, k - 1)]!.value;
      }
    },
  });
  return {
    ...control,
    get label() { return Number(labelSelect.value); },
    pickLabel(index) {
      const opt = labelSelect.options[index];
      if (opt) { labelSelect.value = opt.value; say(S.picked(opt.textContent ?? '')); }
    },
    addPoint(x, y) {
      const s = store.state;
      if (s.hide.includes('edit')) return;
      if (getPoints().length >= MAX_POINTS) { say(S.full(MAX_POINTS), true); return; }
      const label = Number(labelSelect.value);
      store.update({ pts: [...s.pts, { x, y, label }] });
      say(S.added(x, y, labelSelect.selectedOptions[0]?.textContent ?? String(label)));
    },
    say,
  };
}
