// Wires the "Your progress" page (src/pages/progress.astro): fills each chapter with what this browser
// keeps (src/classroom/progress/summary.ts), keeps it current when another tab changes it, and runs Export
// (a download), Import (a picked or dropped file, validated before anything changes) and Erase (after a
// confirmation).
import type { ImportResult, ProgressV1 } from '../contract.ts';
import { el } from '../../ui/dom.ts';
import { isolateText } from '../../ui/untrusted-text.ts';
import { progressStore } from './browser.ts';
import type { ChapterInventory } from './inventory.ts';
import { anchorFor } from './inventory.ts';
import { progressStrings } from '../../i18n/index.ts';

const S = progressStrings();
import { summarise, type ChapterSummary, type ItemLine } from './summary.ts';

const P = S.page;

/** path: where its items are kept ('/chapters/x/', every language); href: its page in this page's language, with the base. */
interface ChapterData { path: string; href: string; title: string; label: string; inventory: ChapterInventory }

function itemName(line: ItemLine): string {
  switch (line.kind) {
    case 'question': {
      const m = /^(.*)-q(\d+)$/.exec(line.local);
      return m ? P.item.question(m[1]!, m[2]!) : line.local;
    }
    case 'prediction': return P.item.prediction(line.local.replace(/-predict$/, ''));
    case 'cell': return P.item.cell(line.local.replace(/^cell:/, ''));
    case 'widget': return P.item.widget(line.local.replace(/^widget:/, ''));
  }
}

function mark(line: ItemLine): HTMLElement | string {
  if (line.ok === undefined) return line.kind === 'widget' ? ` (${P.used})` : ` (${P.saved})`;
  const text = line.kind === 'cell' ? (line.ok ? P.passed : P.notPassed) : (line.ok ? P.correct : P.wrong);
  // A symbol and a word: colour is never the only signal.
  return el('span', { className: line.ok ? 'mark-ok' : 'mark-no' }, ` ${line.ok ? '✓' : '✗'} ${text}`);
}

function countsText(s: ChapterSummary): string {
  const parts: string[] = [];
  if (s.questions.total > 0 || s.questions.answered > 0) parts.push(s.questions.total > 0 ? P.questions(s.questions.answered, s.questions.correct, s.questions.total) : P.questionsNoTotal(s.questions.answered, s.questions.correct));
  if (s.predictions.answered > 0) parts.push(P.predictions(s.predictions.answered, s.predictions.correct));
  if (s.cells.exercises > 0) parts.push(P.cellsWithExercises(s.cells.passed, s.cells.exercises, s.cells.saved));
  else if (s.cells.saved > 0) parts.push(P.cells(s.cells.passed, s.cells.saved));
  if (s.widgets > 0) parts.push(P.widgets(s.widgets));
  const any = s.items.length > 0;
  return any ? `${parts.join('. ')}.` : P.nothingYet;
}

export function mountProgressPage(): void {
  const root = document.querySelector<HTMLElement>('[data-progress-page]');
  if (!root || root.dataset.mounted) return;
  root.dataset.mounted = 'true';
  const store = progressStore();
  const chapters = JSON.parse(root.dataset.chapters ?? '[]') as ChapterData[];
  const pageOf = new Map(chapters.map((c) => [c.path, c.href]));
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const status = q<HTMLElement>('[data-status]');
  const confirmBox = q<HTMLElement>('[data-confirm]');
  const eraseButton = q<HTMLButtonElement>('[data-erase]');
  const fileInput = q<HTMLInputElement>('[data-import-file]');
  const drop = q<HTMLElement>('[data-drop]');
  for (const hidden of root.querySelectorAll<HTMLElement>('[data-js-only]')) hidden.hidden = false;

  const say = (text: string, kind: 'info' | 'error' = 'info') => {
    status.dataset.kind = kind;
    status.textContent = text;
  };

  const draw = (progress: ProgressV1) => {
    for (const s of summarise(progress, chapters)) {
      const li = root.querySelector<HTMLElement>(`[data-chapter="${CSS.escape(s.path)}"]`);
      if (!li) continue;
      li.querySelector('[data-counts]')!.textContent = countsText(s);
      li.querySelector('[data-items]')!.replaceChildren(...s.items.map((line) => el('li', {},
        // Ids come from storage or an imported file: shown as text, never as markup.
        el('a', { href: `${pageOf.get(s.path) ?? s.path}#${encodeURIComponent(anchorFor(line.local))}` }, isolateText(itemName(line))),
        mark(line))));
    }
    if (!store.persistent) say(P.notPersistent, 'error');
  };
  draw(store.read());
  store.subscribe(draw);

  // ---- Export ----
  q('[data-export]').addEventListener('click', () => {
    const name = P.fileName(new Date().toISOString().slice(0, 10));
    const url = URL.createObjectURL(new Blob([store.exportText()], { type: 'application/json' }));
    const link = el('a', { href: url, download: name });
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000); // after the download has started
    say(P.exported(name));
  });

  // ---- Import: picked or dropped ----
  const importFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      say(P.readFailed, 'error');
      return;
    }
    const result: ImportResult = store.importText(text);
    if (result.ok) say(S.import.imported(result.counts));
    else say(result.message, 'error');
  };
  q('[data-import]').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) void importFile(file);
  });
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.dataset.over = ''; });
  drop.addEventListener('dragleave', () => { delete drop.dataset.over; });
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    delete drop.dataset.over;
    const files = e.dataTransfer?.files;
    if (!files || files.length === 0) return;
    if (files.length > 1) { say(P.oneFile, 'error'); return; }
    void importFile(files[0]!);
  });

  // ---- Erase, after asking ----
  eraseButton.addEventListener('click', () => {
    confirmBox.hidden = false;
    confirmBox.querySelector<HTMLButtonElement>('[data-confirm-no]')!.focus();
  });
  confirmBox.querySelector('[data-confirm-no]')!.addEventListener('click', () => {
    confirmBox.hidden = true;
    eraseButton.focus();
  });
  confirmBox.querySelector('[data-confirm-yes]')!.addEventListener('click', () => {
    store.eraseAll();
    confirmBox.hidden = true;
    say(P.erased);
    eraseButton.focus();
  });
}
