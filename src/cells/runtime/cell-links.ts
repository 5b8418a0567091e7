// What a link's fragment says about the code cells of a page, read with the course's one URL-state module
// (src/state/url-state.ts), so it is validated and reported like every other link:
//   #cell.<id>=<code>    a reader's shared code for cell <id> (share-code.ts format)
//   #start.<id>=<code>   a teacher's starting code for cell <id> (Reset goes back to it)
//   #lock=<id>,<id>      cells a teacher made read-only (they still run)
//   #hide=<id>,<id>      cells a teacher left out of the page
// A fragment with none of these keys is an ordinary anchor (#some-heading) and is not read at all.
import { codeCellStrings, urlStateStrings, type Catalogue } from '../../i18n/index.ts';
import { listField, parseState, clipValue, type Field, type Table } from '../../state/url-state.ts';
import { MAX_PAYLOAD } from './share-code.ts';

/** A cell id as written in a chapter: <CodeCell id="neuron-output" …>. */
export const CELL_ID_RE = /^[a-z0-9][a-z0-9-]{0,39}$/;
const MAX_LISTED = 50;

export interface CellLink {
  /** The shared code's payload, still encoded (decodeSharedCode checks it). */
  shared?: string;
  /** The teacher's starting code's payload, still encoded. */
  start?: string;
  /** The link has shared code for this cell, usable or not (a broken one opens the original code). */
  sharedGiven: boolean;
  locked: boolean;
  hidden: boolean;
  /** One plain sentence per part of the link that was not used. */
  messages: string[];
}

const payloadField = (label: string): Field<string> => ({
  label, default: '', describe: 'code from the Copy link button', maxTextLength: MAX_PAYLOAD,
  parse: (text) => (/^[A-Za-z0-9_-]*$/.test(text) ? { ok: true, value: text } : { ok: false, problem: { kind: 'not-a-code' } }),
  format: (value) => value,
  valid: (value) => typeof value === 'string' && /^[A-Za-z0-9_-]*$/.test(value),
});

const idField: Field<string> = {
  label: 'cell', default: '', describe: 'a cell name',
  parse: (text) => (CELL_ID_RE.test(text) ? { ok: true, value: text } : { ok: false, problem: { kind: 'not-a-cell' } }),
  format: (value) => value,
  valid: (value) => CELL_ID_RE.test(value),
};

const KEY_RE = /(^|&)(cell\.|start\.|lock=|hide=)/;

/** True when the fragment is meant for code cells (not a plain #heading anchor). */
export function hasCellKeys(fragment: string): boolean {
  return KEY_RE.test(fragment.replace(/^#/, ''));
}

/**
 * What the fragment says about cell `id`. Only this cell's keys and the lock/hide lists are read (the
 * keys of the page's other cells are theirs); messages about lock/hide come with `reportLists`, so a page
 * with several cells reports them once.
 */
export function readCellLink(fragment: string, id: string, options: { reportLists?: boolean } = {}, words: Catalogue['codeCell'] = codeCellStrings()): CellLink {
  const none: CellLink = { locked: false, hidden: false, sharedGiven: false, messages: [] };
  if (!hasCellKeys(fragment)) return none;
  const table: Table = {
    [`cell.${id}`]: payloadField('shared code'),
    [`start.${id}`]: payloadField('starting code'),
    lock: listField('read-only cells', [], idField, 0, MAX_LISTED),
    hide: listField('hidden cells', [], idField, 0, MAX_LISTED),
  };
  const mine = fragment.replace(/^#/, '').split('&').filter((pair) => {
    const key = safeDecode(pair.split('=')[0] ?? '');
    return key !== null && Object.prototype.hasOwnProperty.call(table, key);
  });
  const keyOf = (pair: string) => safeDecode(pair.split('=')[0] ?? '');
  const isList = (pair: string) => keyOf(pair) === 'lock' || keyOf(pair) === 'hide';
  const labels = { [`cell.${id}`]: words.linkKeys.shared, [`start.${id}`]: words.linkKeys.start, lock: words.linkKeys.lock, hide: words.linkKeys.hide };
  // The lock/hide lists are read apart, so their messages can be left to the page's first cell.
  const own = parseState(table, mine.filter((pair) => !isList(pair)).join('&'), urlStateStrings(), labels);
  const lists = parseState(table, mine.filter(isList).join('&'), urlStateStrings(), labels);
  const state: Record<string, unknown> = { ...own.state, lock: lists.state.lock, hide: lists.state.hide };
  const link: CellLink = {
    locked: (state.lock as string[]).includes(id),
    hidden: (state.hide as string[]).includes(id),
    sharedGiven: mine.some((pair) => keyOf(pair) === `cell.${id}`),
    messages: [...own.messages, ...(options.reportLists === true ? lists.messages : [])],
  };
  const shared = state[`cell.${id}`] as string;
  const start = state[`start.${id}`] as string;
  if (shared) link.shared = shared;
  if (start) link.start = start;
  return link;
}

/** Keys in the fragment that name cells this page does not have: reported once, by the page's first cell. */
export function unknownCellKeys(fragment: string, ids: readonly string[], words: Catalogue['codeCell'] = codeCellStrings()): string[] {
  if (!hasCellKeys(fragment)) return [];
  const out: string[] = [];
  for (const pair of fragment.replace(/^#/, '').split('&')) {
    const key = safeDecode(pair.split('=')[0] ?? '') ?? pair;
    const m = /^(cell|start)\.(.*)$/.exec(key);
    if (m && !ids.includes(m[2]!)) out.push(words.noSuchCell(clipValue(m[2]!)));
  }
  return out;
}

/** The fragment without `cell.<id>` (applied once; a reload then shows the reader's own saved code). */
export function withoutSharedCode(fragment: string, id: string): string {
  const rest = fragment.replace(/^#/, '').split('&').filter((pair) => safeDecode(pair.split('=')[0] ?? '') !== `cell.${id}`);
  return rest.join('&');
}

function safeDecode(text: string): string | null {
  try { return decodeURIComponent(text); } catch { return null; }
}

/** The link that opens this page with `payload` as cell `id`'s code (and teacher settings, if any). */
export function cellLinkFragment(id: string, parts: { shared?: string; start?: string; lock?: boolean; hide?: boolean }): string {
  const out: string[] = [];
  if (parts.shared !== undefined) out.push(`cell.${id}=${parts.shared}`);
  if (parts.start !== undefined) out.push(`start.${id}=${parts.start}`);
  if (parts.lock) out.push(`lock=${id}`);
  if (parts.hide) out.push(`hide=${id}`);
  return out.join('&');
}
