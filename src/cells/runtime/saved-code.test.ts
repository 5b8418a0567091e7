import { describe, expect, it } from 'vitest';
import { createCodeStore, fingerprint, storageKey } from './saved-code.ts';

function memoryStorage(options: { full?: boolean } = {}): Storage {
  const map = new Map<string, string>();
  return {
    get length() { return map.size; },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => { if (options.full) throw new DOMException('quota', 'QuotaExceededError'); map.set(k, v); },
    removeItem: (k: string) => { map.delete(k); },
    clear: () => map.clear(),
  };
}

describe('saved code', () => {
  it('keeps each cell of each page apart and reads back what was saved', () => {
    const storage = memoryStorage();
    const a = createCodeStore('/chapters/01/', 'demo', storage);
    const b = createCodeStore('/chapters/01/', 'other', storage);
    const c = createCodeStore('/chapters/02/', 'demo', storage);
    expect(a.save({ code: 'let a = 1;', base: 'x' })).toBe(true);
    b.save({ code: 'let b = 2;', base: 'y' });
    expect(a.load()).toEqual({ code: 'let a = 1;', base: 'x' });
    expect(b.load()?.code).toBe('let b = 2;');
    expect(c.load()).toBeNull();
    expect(storageKey('/chapters/01/', 'demo')).toBe('nn101.cell:/chapters/01/#demo');
    a.clear();
    expect(a.load()).toBeNull();
  });

  it('reports a full or missing storage instead of throwing, and ignores foreign data', () => {
    expect(createCodeStore('/p/', 'c', memoryStorage({ full: true })).save({ code: '1', base: '' })).toBe(false);
    const none = createCodeStore('/p/', 'c', null);
    expect(none.save({ code: '1', base: '' })).toBe(false);
    expect(none.load()).toBeNull();
    const storage = memoryStorage();
    storage.setItem(storageKey('/p/', 'c'), '{not json');
    expect(createCodeStore('/p/', 'c', storage).load()).toBeNull();
    storage.setItem(storageKey('/p/', 'c'), '{"code": 5}');
    expect(createCodeStore('/p/', 'c', storage).load()).toBeNull();
  });

  it('fingerprints tell different texts apart and stay stable', () => {
    expect(fingerprint('a')).toBe(fingerprint('a'));
    expect(fingerprint('let x = 1;')).not.toBe(fingerprint('let x = 2;'));
  });
});
