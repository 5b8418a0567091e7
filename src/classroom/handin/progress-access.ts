// The one place the assignment pages and the playground's challenge hook get the learner's ProgressStore
// (src/classroom/contract.ts). The store itself is src/classroom/progress/'s; until it is on main this
// returns a small interim store with the same interface, kept under its own localStorage key, so the
// assignment pages work now and switch by changing this file alone.
import type { AnswerRecord, ProgressStore, ProgressV1, WidgetRecord } from '../contract.ts';

const KEY = 'nn101-handin-interim-progress';
let store: ProgressStore | null = null;

export function progressStore(): ProgressStore {
  store ??= interimStore();
  return store;
}

const empty = (): ProgressV1 => ({ format: 'nn101-progress', version: 1, savedAt: new Date().toISOString(), answers: {}, widgets: {}, cells: {} });

function interimStore(): ProgressStore {
  let persistent = true;
  let memory = empty();
  const listeners = new Set<(p: ProgressV1) => void>();
  const load = (): ProgressV1 => {
    try {
      const text = localStorage.getItem(KEY);
      const data = text ? (JSON.parse(text) as ProgressV1) : null;
      if (data && data.format === 'nn101-progress' && data.version === 1) memory = data;
    } catch { persistent = false; }
    return memory;
  };
  const save = (p: ProgressV1) => {
    p.savedAt = new Date().toISOString();
    memory = p;
    try { localStorage.setItem(KEY, JSON.stringify(p)); } catch { persistent = false; }
    for (const l of listeners) l(p);
  };
  addEventListener('storage', (e) => { if (e.key === KEY) { const p = load(); for (const l of listeners) l(p); } });
  return {
    read: load,
    recordAnswer(id, answer) {
      const p = load();
      const now = new Date().toISOString();
      const before = p.answers[id];
      const record: AnswerRecord = { ...answer, attempts: (before?.attempts ?? 0) + 1, firstAt: before?.firstAt ?? now, lastAt: now };
      p.answers[id] = record;
      save(p);
      return record;
    },
    recordWidget(id, record) {
      const p = load();
      p.widgets[id] = { ...record, at: new Date().toISOString() } satisfies WidgetRecord;
      save(p);
    },
    subscribe(listener) { listeners.add(listener); return () => listeners.delete(listener); },
    exportText: () => JSON.stringify(load()),
    importText: () => ({ ok: false, message: 'Importing progress arrives with the Your progress page.' }),
    eraseAll() { save(empty()); },
    get persistent() { return persistent; },
  };
}
