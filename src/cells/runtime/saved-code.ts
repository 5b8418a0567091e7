// A cell's code kept in the reader's browser (localStorage), namespaced by page and cell, written as the
// reader types and before every run, read back on load. Storage can be missing, full, or refuse access
// (private modes, blocked cookies): every call then reports `ok: false` once it fails, and the cell keeps
// working with the code in memory, telling the reader once that it cannot save.

export interface SavedCode {
  code: string;
  /** fingerprint() of the starting code the reader began from (a teacher's start code changes it). */
  base: string;
}

export interface CodeStore {
  load(): SavedCode | null;
  /** Returns false when the code could not be saved (then the caller says so, once). */
  save(saved: SavedCode): boolean;
  clear(): void;
}

const PREFIX = 'nn101.cell';

export function storageKey(pagePath: string, cellId: string): string {
  return `${PREFIX}:${pagePath}#${cellId}`;
}

/** The page path and cell id a storage key belongs to, or null for a key that is not a cell's. */
export function parseStorageKey(key: string): { pagePath: string; cellId: string } | null {
  if (!key.startsWith(`${PREFIX}:`)) return null;
  const rest = key.slice(PREFIX.length + 1);
  const hash = rest.lastIndexOf('#');
  return hash > 0 && hash < rest.length - 1 ? { pagePath: rest.slice(0, hash), cellId: rest.slice(hash + 1) } : null;
}

/** Every saved cell in `storage` (the progress page exports, imports and erases them with the rest). */
export function savedCellKeys(storage: Storage): Array<{ key: string; pagePath: string; cellId: string }> {
  const found: Array<{ key: string; pagePath: string; cellId: string }> = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    const parsed = key === null ? null : parseStorageKey(key);
    if (key !== null && parsed) found.push({ key, ...parsed });
  }
  return found;
}

/** A short, stable fingerprint of a text (FNV-1a, 32 bits): enough to tell starting codes apart. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Storage, or null when the browser refuses it (reading `localStorage` itself can throw). */
function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function createCodeStore(pagePath: string, cellId: string, storage: Storage | null = defaultStorage()): CodeStore {
  const key = storageKey(pagePath, cellId);
  return {
    load() {
      try {
        const text = storage?.getItem(key);
        if (!text) return null;
        const data = JSON.parse(text) as Partial<SavedCode>;
        return typeof data.code === 'string' && typeof data.base === 'string' ? { code: data.code, base: data.base } : null;
      } catch {
        return null; // unreadable or not ours: as if nothing was saved (it is overwritten on the next save)
      }
    },
    save(saved) {
      if (!storage) return false;
      try {
        storage.setItem(key, JSON.stringify({ code: saved.code, base: saved.base }));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try { storage?.removeItem(key); } catch { /* nothing to clear */ }
    },
  };
}
