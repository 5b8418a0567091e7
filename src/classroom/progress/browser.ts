// The page's one progress store and the few helpers every widget uses to reach it: the item id of a thing
// on this page, the teacher link (?teacher=1 shows every worked solution), and the one-time notice when
// the browser refuses to save.
import type { ItemId } from '../contract.ts';
import { itemId, pagePathWithoutBase } from './format.ts';
import { createProgressStore, type BrowserProgressStore } from './store.ts';
import { progressStrings } from '../../i18n/index.ts';
import { splitLocalizedPath } from '../../i18n/routes.ts';

const S = progressStrings();

let store: BrowserProgressStore | undefined;

function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // reading `localStorage` itself throws when cookies are blocked
  }
}

export function progressStore(): BrowserProgressStore {
  store ??= createProgressStore({ storage: browserStorage(), base: import.meta.env.BASE_URL, events: window });
  return store;
}

/** This page's path without the site's base, as item ids hold it. */
// Without the language prefix: an item keeps its id in every language (src/classroom/contract.ts).
export const currentPagePath = (): string => splitLocalizedPath(pagePathWithoutBase(location.pathname, import.meta.env.BASE_URL)).path;

/** The item id of `localId` on this page ('check-1-q1', 'backprop-predict', 'cell:mlp', 'widget:playground'). */
export const pageItemId = (localId: string): ItemId => itemId(currentPagePath(), localId);

/** The teacher link: `?teacher=1` (or `?teacher`) on any page shows every worked solution at once. */
export const isTeacherView = (): boolean => new URLSearchParams(location.search).has('teacher');

let warned = false;
/** Says once per page, just before `near`, that nothing can be saved in this browser (when that is so). */
export function sayOnceIfNotSaved(near: Element): void {
  if (warned || progressStore().persistent) return;
  warned = true;
  const note = document.createElement('p');
  note.className = 'progress-not-saved';
  note.setAttribute('role', 'status');
  note.textContent = S.notSaved;
  near.before(note);
}
