// ProgressStore (src/classroom/contract.ts) over the browser's localStorage: one versioned key for answers,
// widget states and the cells' pass marks, plus the code cells' own keys (src/cells/runtime/saved-code.ts),
// which read, export, import and erase include. Every write reads the stored value first, so two tabs
// writing in turn do not undo each other; a write in another tab reaches subscribers via the `storage`
// event. Storage refused or full: work stays in memory (`persistent` turns false, callers say so once).
import type { AnswerRecord, CellRecord, ImportResult, ItemId, ProgressStore, ProgressV1, WidgetRecord } from '../contract.ts';
import { createCodeStore, savedCellKeys, storageKey } from '../../cells/runtime/saved-code.ts';
import { emptyProgress, itemId, mergeProgress, pagePathWithoutBase, parseProgress, splitItemId } from './format.ts';
import { splitLocalizedPath } from '../../i18n/routes.ts';

export const PROGRESS_KEY = 'nn101.progress.v1';
/** The local id prefix of a code cell's item: '/chapters/07-build-it-yourself/#cell:mlp'. */
export const CELL_ITEM_PREFIX = 'cell:';

export interface BrowserProgressStore extends ProgressStore {
  /** A code cell's exercise check: passed or not (its code is saved by the cell itself). */
  recordCellResult(id: ItemId, passed: boolean): void;
}

export interface ProgressStoreOptions {
  storage: Storage | null;
  /** The site's base ('/' or '/nn101/'): cell keys hold full paths, item ids hold paths without it. */
  base: string;
  now?: () => string;
  /** Where `storage` events from other tabs arrive (window); none in tests that do not need them. */
  events?: Pick<Window, 'addEventListener'>;
}

/** Cell item id ↔ the cell's saved-code key. */
// The page without its language prefix: a cell keeps its item id in every language (src/classroom/contract.ts).
const cellItemId = (pagePath: string, cellId: string, base: string) => itemId(splitLocalizedPath(pagePathWithoutBase(pagePath, base)).path, `${CELL_ITEM_PREFIX}${cellId}`);
function cellLocation(id: ItemId, base: string): { pagePath: string; cellId: string } | null {
  const { page, local } = splitItemId(id);
  if (!local.startsWith(CELL_ITEM_PREFIX)) return null;
  const b = base.endsWith('/') ? base : `${base}/`;
  return { pagePath: `${b.slice(0, -1)}${page}`, cellId: local.slice(CELL_ITEM_PREFIX.length) };
}

export function createProgressStore(o: ProgressStoreOptions): BrowserProgressStore {
  const now = o.now ?? (() => new Date().toISOString());
  const listeners = new Set<(p: ProgressV1) => void>();
  let storage = o.storage;
  // What is kept when storage refuses: the progress, and the cells' code by storage key.
  let memory = emptyProgress();
  const memoryCells = new Map<string, { code: string; base: string }>();
  let persistent = probe(storage);
  if (!persistent) storage = null;

  function loadOwn(): ProgressV1 {
    if (!storage) return memory;
    let text: string | null = null;
    try { text = storage.getItem(PROGRESS_KEY); } catch { /* as if empty */ }
    if (!text) return emptyProgress();
    const parsed = parseProgress(text);
    return parsed.ok ? parsed.value : emptyProgress(); // unreadable: started afresh (overwritten on the next write)
  }

  function saveOwn(p: ProgressV1): void {
    memory = p;
    if (!storage) return;
    try {
      storage.setItem(PROGRESS_KEY, JSON.stringify(p));
    } catch {
      persistent = false; // full or refused mid-session: carry on in memory from here
      storage = null;
    }
  }

  function update(change: (p: ProgressV1) => void): ProgressV1 {
    const p = structuredClone(loadOwn());
    change(p);
    p.savedAt = now();
    saveOwn(p);
    return p;
  }

  /** The cells saved in storage (readable even when full; none when storage is refused). */
  function cellKeys(): ReturnType<typeof savedCellKeys> {
    try { return o.storage ? savedCellKeys(o.storage) : []; } catch { return []; }
  }

  function notify(): void {
    const p = read();
    for (const l of listeners) l(p);
  }

  function read(): ProgressV1 {
    const p = structuredClone(loadOwn());
    // The cells' code lives under their own keys; the progress key keeps only their pass marks.
    const codes = new Map<string, { code: string; base: string }>(memoryCells);
    for (const { pagePath, cellId } of cellKeys()) {
      const saved = createCodeStore(pagePath, cellId, o.storage).load();
      if (saved) codes.set(storageKey(pagePath, cellId), saved);
    }
    const cells: Record<ItemId, CellRecord> = {};
    for (const [key, saved] of codes) {
      const at = key.indexOf(':');
      const hash = key.lastIndexOf('#');
      const id = cellItemId(key.slice(at + 1, hash), key.slice(hash + 1), o.base);
      const mark = p.cells[id];
      cells[id] = { code: saved.code, base: saved.base, ...(mark?.passed !== undefined ? { passed: mark.passed } : {}), ...(mark?.at ? { at: mark.at } : {}) };
    }
    for (const [id, mark] of Object.entries(p.cells)) {
      if (!cells[id] && mark.passed !== undefined) cells[id] = mark;
    }
    p.cells = cells;
    return p;
  }

  o.events?.addEventListener('storage', (e: Event) => {
    const key = (e as StorageEvent).key;
    if (key === null || key === PROGRESS_KEY || key.startsWith('nn101.cell:')) notify();
  });

  const store: BrowserProgressStore = {
    get persistent() { return persistent; },
    read,
    recordAnswer(id, answer) {
      let record!: AnswerRecord;
      update((p) => {
        const before = p.answers[id];
        const at = now();
        record = { ...answer, attempts: (before?.attempts ?? 0) + 1, firstAt: before?.firstAt ?? at, lastAt: at };
        p.answers[id] = record;
      });
      notify();
      return record;
    },
    recordWidget(id, record) {
      update((p) => { p.widgets[id] = { state: record.state, ...(record.results ? { results: { ...record.results } } : {}), at: now() } satisfies WidgetRecord; });
      notify();
    },
    recordCellResult(id, passed) {
      update((p) => { p.cells[id] = { code: '', base: '', passed, at: now() }; });
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    exportText() {
      return `${JSON.stringify({ ...read(), savedAt: now() }, null, 2)}\n`;
    },
    importText(text): ImportResult {
      const parsed = parseProgress(text);
      if (!parsed.ok) return { ok: false, message: parsed.message };
      const incoming = parsed.value;
      const kept = loadOwn();
      const marks: ProgressV1 = { ...incoming, cells: {} };
      for (const [id, cell] of Object.entries(incoming.cells)) {
        if (cell.passed !== undefined) marks.cells[id] = { code: '', base: '', passed: cell.passed, ...(cell.at ? { at: cell.at } : {}) };
      }
      saveOwn(mergeProgress(kept, marks, now()));
      for (const [id, cell] of Object.entries(incoming.cells)) {
        const where = cellLocation(id, o.base);
        if (!where || !cell.code) continue;
        const saved = storage ? createCodeStore(where.pagePath, where.cellId, storage).save({ code: cell.code, base: cell.base }) : false;
        if (!saved) memoryCells.set(storageKey(where.pagePath, where.cellId), { code: cell.code, base: cell.base });
      }
      notify();
      const counts = { answers: Object.keys(incoming.answers).length, widgets: Object.keys(incoming.widgets).length, cells: Object.keys(incoming.cells).length };
      return { ok: true, counts };
    },
    eraseAll() {
      memory = emptyProgress();
      memoryCells.clear();
      try {
        o.storage?.removeItem(PROGRESS_KEY);
        for (const { key } of cellKeys()) o.storage?.removeItem(key);
      } catch { /* refused: nothing was kept there */ }
      notify();
    },
  };
  return store;
}

/** True when `storage` accepts a write (private modes and blocked cookies refuse, or throw on access). */
function probe(storage: Storage | null): boolean {
  if (!storage) return false;
  try {
    const key = `${PROGRESS_KEY}.probe`;
    storage.setItem(key, '1');
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

