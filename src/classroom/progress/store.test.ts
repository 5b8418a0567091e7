// The progress store over a Storage: answers, widget states and cell results survive a new store (a
// reload), cells' code comes from their own keys, export → erase → import gives the same progress back,
// a bad file changes nothing, another tab's write reaches subscribers, and refused storage keeps working
// in memory.
import { describe, expect, it } from 'vitest';
import { createCodeStore } from '../../cells/runtime/saved-code.ts';
import { createProgressStore, PROGRESS_KEY } from './store.ts';

function memoryStorage(options: { refuse?: boolean; fullAfter?: number } = {}): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  let writes = 0;
  return {
    map,
    get length() { return map.size; },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => { if (options.refuse) throw new DOMException('denied', 'SecurityError'); return map.get(k) ?? null; },
    setItem: (k: string, v: string) => {
      if (options.refuse) throw new DOMException('denied', 'SecurityError');
      if (options.fullAfter !== undefined && ++writes > options.fullAfter) throw new DOMException('quota', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => { map.delete(k); },
    clear: () => map.clear(),
  };
}

let clock = 0;
const now = () => new Date(Date.UTC(2026, 11, 3, 15, 0, clock++)).toISOString();
const Q1 = '/chapters/01-what-is-a-neural-network/#check-1-q1';
const CELL = '/chapters/03-structure/#cell:exercise-count-parameters';

describe('progress store', () => {
  it('keeps answers, counting attempts and keeping the first time, across a new store', () => {
    const storage = memoryStorage();
    const a = createProgressStore({ storage, base: '/', now });
    const first = a.recordAnswer(Q1, { kind: 'self-check', answer: '-0.25', status: 'wrong', explanation: 'misconception-0' });
    const second = a.recordAnswer(Q1, { kind: 'self-check', answer: '0', status: 'correct', explanation: 'answer' });
    expect(first.attempts).toBe(1);
    expect(second).toMatchObject({ attempts: 2, answer: '0', status: 'correct', firstAt: first.firstAt });
    expect(second.lastAt > first.lastAt).toBe(true);
    const reloaded = createProgressStore({ storage, base: '/', now });
    expect(reloaded.read().answers[Q1]).toEqual(second);
    expect(reloaded.persistent).toBe(true);
  });

  it('reads cells’ code from their own keys (under a base) and their pass marks from the progress key', () => {
    const storage = memoryStorage();
    createCodeStore('/nn101/chapters/03-structure/', 'exercise-count-parameters', storage).save({ code: 'mine', base: 'b1' });
    const store = createProgressStore({ storage, base: '/nn101/', now });
    expect(store.read().cells[CELL]).toEqual({ code: 'mine', base: 'b1' });
    store.recordCellResult(CELL, true);
    expect(store.read().cells[CELL]).toMatchObject({ code: 'mine', base: 'b1', passed: true });
  });

  it('export, erase, import gives the same progress back, cells’ code included', () => {
    const storage = memoryStorage();
    createCodeStore('/chapters/03-structure/', 'exercise-count-parameters', storage).save({ code: 'mine', base: 'b1' });
    const store = createProgressStore({ storage, base: '/', now });
    store.recordAnswer(Q1, { kind: 'self-check', answer: '0', status: 'correct', explanation: 'answer' });
    store.recordWidget('/chapters/06-playground/#widget:playground', { state: 'data=xor', results: { testLoss: 0.2 } });
    store.recordCellResult(CELL, false);
    const before = store.read();
    const file = store.exportText();
    store.eraseAll();
    expect(store.read()).toMatchObject({ answers: {}, widgets: {}, cells: {} });
    expect([...storage.map.keys()]).toEqual([]);
    expect(store.importText(file)).toEqual({ ok: true, counts: { answers: 1, widgets: 1, cells: 1 } });
    const after = store.read();
    expect(after.answers).toEqual(before.answers);
    expect(after.widgets).toEqual(before.widgets);
    expect(after.cells).toEqual(before.cells);
    // The cell itself finds its code where it always looks.
    expect(createCodeStore('/chapters/03-structure/', 'exercise-count-parameters', storage).load()).toEqual({ code: 'mine', base: 'b1' });
  });

  it('a damaged, foreign or future file changes nothing and says why', () => {
    const storage = memoryStorage();
    const store = createProgressStore({ storage, base: '/', now });
    store.recordAnswer(Q1, { kind: 'self-check', answer: '0', status: 'correct', explanation: 'answer' });
    const snapshot = new Map(storage.map);
    const good = JSON.parse(store.exportText());
    for (const bad of ['{"format":"nn101-progress"', '{"hello":1}', JSON.stringify({ ...good, version: 9 }), JSON.stringify({ ...good, answers: { [Q1]: { kind: 'self-check' } } })]) {
      const r = store.importText(bad);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message.length).toBeGreaterThan(20);
      expect(storage.map).toEqual(snapshot);
    }
  });

  it('tells subscribers about its own writes and about another tab’s', () => {
    const storage = memoryStorage();
    const handlers: Array<(e: Event) => void> = [];
    const events = { addEventListener: (_: string, h: (e: Event) => void) => handlers.push(h) } as unknown as Window;
    const here = createProgressStore({ storage, base: '/', now, events });
    const seen: number[] = [];
    const stop = here.subscribe((p) => seen.push(Object.keys(p.answers).length));
    here.recordAnswer(Q1, { kind: 'self-check', answer: '0', status: 'correct', explanation: 'answer' });
    // Another tab writes to the same storage, and the browser fires `storage` here.
    const other = createProgressStore({ storage, base: '/', now });
    other.recordAnswer('/x/#q2', { kind: 'prediction', answer: 'up', status: 'wrong', explanation: null });
    for (const h of handlers) h(Object.assign(new Event('storage'), { key: PROGRESS_KEY }));
    expect(seen).toEqual([1, 2]);
    // An unrelated key does not wake anyone; unsubscribing stops the calls.
    for (const h of handlers) h(Object.assign(new Event('storage'), { key: 'theme' }));
    stop();
    here.recordAnswer(Q1, { kind: 'self-check', answer: '0', status: 'correct', explanation: 'answer' });
    expect(seen).toEqual([1, 2]);
  });

  it('two tabs writing in turn keep both writes', () => {
    const storage = memoryStorage();
    const a = createProgressStore({ storage, base: '/', now });
    const b = createProgressStore({ storage, base: '/', now });
    a.recordAnswer(Q1, { kind: 'self-check', answer: '0', status: 'correct', explanation: 'answer' });
    b.recordAnswer('/x/#q2', { kind: 'self-check', answer: '1', status: 'wrong', explanation: 'try-again' });
    expect(Object.keys(a.read().answers).sort()).toEqual(['/x/#q2', Q1].sort());
  });

  it('refused storage: not persistent, work kept in memory, imports still load', () => {
    const store = createProgressStore({ storage: memoryStorage({ refuse: true }), base: '/', now });
    expect(store.persistent).toBe(false);
    store.recordAnswer(Q1, { kind: 'self-check', answer: '0', status: 'correct', explanation: 'answer' });
    expect(store.read().answers[Q1]?.attempts).toBe(1);
    const file = store.exportText();
    store.eraseAll();
    expect(store.importText(file).ok).toBe(true);
    expect(store.read().answers[Q1]?.answer).toBe('0');
    expect(createProgressStore({ storage: null, base: '/', now }).persistent).toBe(false);
  });

  it('storage full mid-session: turns not persistent and keeps the latest work in memory', () => {
    const storage = memoryStorage({ fullAfter: 2 }); // the probe's write, then one record
    const store = createProgressStore({ storage, base: '/', now });
    store.recordAnswer(Q1, { kind: 'self-check', answer: '1', status: 'wrong', explanation: 'try-again' });
    expect(store.persistent).toBe(true);
    store.recordAnswer(Q1, { kind: 'self-check', answer: '0', status: 'correct', explanation: 'answer' });
    expect(store.persistent).toBe(false);
    expect(store.read().answers[Q1]).toMatchObject({ answer: '0', attempts: 2 });
  });

  it('a damaged stored value reads as empty and is replaced by the next write', () => {
    const storage = memoryStorage();
    storage.setItem(PROGRESS_KEY, '{"format":"nn101-progress",');
    const store = createProgressStore({ storage, base: '/', now });
    expect(store.read().answers).toEqual({});
    store.recordAnswer(Q1, { kind: 'self-check', answer: '0', status: 'correct', explanation: 'answer' });
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).answers[Q1].answer).toBe('0');
  });
});
