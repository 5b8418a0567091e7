// The progress format (ProgressV1, src/classroom/contract.ts): an empty record, item ids, and the one
// validation every file, every stored value and every other tab's write goes through before it is used.
// Pure: no DOM, no storage. A value that fails here is never merged, so a damaged file changes nothing.
import type { AnswerRecord, CellRecord, ItemId, ProgressV1, WidgetRecord } from '../contract.ts';
import { isolateText } from '../../ui/untrusted-text.ts';
import { progressStrings } from '../../i18n/index.ts';

const S = progressStrings();

export const PROGRESS_FORMAT = 'nn101-progress';
export const PROGRESS_VERSION = 1;
/** A progress file larger than this is refused before it is parsed (a course's worth is a few hundred kB). */
export const MAX_FILE_CHARS = 5_000_000;
/** A cell's code or a widget's state text longer than this is not ours (cells cut at 100k characters too). */
const MAX_TEXT = 200_000;

export function emptyProgress(savedAt = new Date(0).toISOString()): ProgressV1 {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, savedAt, answers: {}, widgets: {}, cells: {} };
}

/** '/chapters/01-what-is-a-neural-network/' + 'check-1-q1' → '/chapters/01-what-is-a-neural-network/#check-1-q1'. */
export function itemId(pagePath: string, localId: string): ItemId {
  const path = pagePath.endsWith('/') ? pagePath : `${pagePath}/`;
  return `${path}#${localId}`;
}

/** The page path of an item id ('/chapters/…/') and its id on the page. */
export function splitItemId(id: ItemId): { page: string; local: string } {
  const hash = id.indexOf('#');
  return { page: id.slice(0, hash), local: id.slice(hash + 1) };
}

/** A page path without the site's base: location.pathname '/nn101/chapters/x/' with base '/nn101/' → '/chapters/x/'. */
export function pagePathWithoutBase(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(b) ? pathname.slice(b.length - 1) : pathname;
  const path = rest.endsWith('/') ? rest : rest.replace(/\/index\.html$/, '/').replace(/([^/])$/, '$1/');
  return path.startsWith('/') ? path : `/${path}`;
}

const ITEM_ID = /^\/[^\s#?]*\/#[^\s#]{1,120}$/;
export const isItemId = (id: string): boolean => id.length <= 300 && ITEM_ID.test(id);

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;

/** Why a record in a file is not one (the catalogue's `progress.import.where.record` words it). */
export type RecordProblem =
  | { kind: 'not-record' | 'unknown-kind' | 'no-answer' | 'unknown-status' | 'bad-explanation' | 'bad-attempts' | 'bad-time' }
  | { kind: 'no-state' | 'bad-results' | 'no-code' | 'bad-pass' }
  /** `name` is the file's text, already made safe to show (isolateText). */
  | { kind: 'bad-result'; name: string };

/** Why an answer record is not one, or null when it is. */
function answerProblem(r: unknown): RecordProblem | null {
  if (!isObject(r)) return { kind: 'not-record' };
  if (r.kind !== 'self-check' && r.kind !== 'prediction' && r.kind !== 'exercise') return { kind: 'unknown-kind' };
  if (!isText(r.answer, 2000)) return { kind: 'no-answer' };
  if (r.status !== 'correct' && r.status !== 'wrong') return { kind: 'unknown-status' };
  if (r.explanation !== null && !isText(r.explanation, 200)) return { kind: 'bad-explanation' };
  if (!Number.isInteger(r.attempts) || (r.attempts as number) < 1 || (r.attempts as number) > 1e6) return { kind: 'bad-attempts' };
  if (!isTime(r.firstAt) || !isTime(r.lastAt)) return { kind: 'bad-time' };
  return null;
}

function widgetProblem(r: unknown): RecordProblem | null {
  if (!isObject(r)) return { kind: 'not-record' };
  if (!isText(r.state)) return { kind: 'no-state' };
  if (r.results !== undefined) {
    if (!isObject(r.results)) return { kind: 'bad-results' };
    for (const [name, value] of Object.entries(r.results)) {
      if (name.length > 60 || typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'bad-result', name: isolateText(name.slice(0, 60)) };
    }
  }
  if (!isTime(r.at)) return { kind: 'bad-time' };
  return null;
}

function cellProblem(r: unknown): RecordProblem | null {
  if (!isObject(r)) return { kind: 'not-record' };
  if (!isText(r.code) || !isText(r.base, 40)) return { kind: 'no-code' };
  if (r.passed !== undefined && typeof r.passed !== 'boolean') return { kind: 'bad-pass' };
  if (r.at !== undefined && !isTime(r.at)) return { kind: 'bad-time' };
  return null;
}

function section<T>(data: Record<string, unknown>, name: 'answers' | 'widgets' | 'cells', problem: (r: unknown) => RecordProblem | null): Checked<Record<ItemId, T>> {
  const records = data[name];
  if (!isObject(records)) return { ok: false, message: S.import.damaged(S.import.where.sectionMissing(name)) };
  for (const [id, record] of Object.entries(records)) {
    if (!isItemId(id)) return { ok: false, message: S.import.damaged(S.import.where.badId(name)) };
    const p = problem(record);
    if (p) return { ok: false, message: S.import.damaged(S.import.where.entry(isolateText(id), name, S.import.where.record(p))) };
  }
  return { ok: true, value: records as Record<ItemId, T> };
}

/**
 * Reads a progress file's text. Checks everything before returning anything: JSON, format name, version
 * (a newer one is refused, never half-read), and every record. Copies only the known fields, so an extra
 * field in a file cannot ride along into storage.
 */
export function parseProgress(text: string): Checked<ProgressV1> {
  if (text.length > MAX_FILE_CHARS) return { ok: false, message: S.import.tooLarge };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: S.import.notJson };
  }
  if (!isObject(data) || data.format !== PROGRESS_FORMAT) return { ok: false, message: S.import.foreign };
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return { ok: false, message: S.import.badVersion };
  if (data.version > PROGRESS_VERSION) return { ok: false, message: S.import.future(data.version) };
  if (!isTime(data.savedAt)) return { ok: false, message: S.import.damaged(S.import.where.savedAt) };
  const answers = section<AnswerRecord>(data, 'answers', answerProblem);
  if (!answers.ok) return answers;
  const widgets = section<WidgetRecord>(data, 'widgets', widgetProblem);
  if (!widgets.ok) return widgets;
  const cells = section<CellRecord>(data, 'cells', cellProblem);
  if (!cells.ok) return cells;
  const progress = emptyProgress(data.savedAt);
  for (const [id, r] of Object.entries(answers.value)) {
    progress.answers[id] = { kind: r.kind, answer: r.answer, status: r.status, explanation: r.explanation, attempts: r.attempts, firstAt: r.firstAt, lastAt: r.lastAt };
  }
  for (const [id, r] of Object.entries(widgets.value)) {
    progress.widgets[id] = { state: r.state, ...(r.results ? { results: { ...r.results } } : {}), at: r.at };
  }
  for (const [id, r] of Object.entries(cells.value)) {
    progress.cells[id] = { code: r.code, base: r.base, ...(r.passed !== undefined ? { passed: r.passed } : {}), ...(r.at ? { at: r.at } : {}) };
  }
  return { ok: true, value: progress };
}

/**
 * Imported progress on top of what is kept: per item, the more recent record wins (an import never
 * replaces a newer answer with an older one); attempts add up so an unlocked solution stays unlocked.
 */
export function mergeProgress(kept: ProgressV1, incoming: ProgressV1, now: string): ProgressV1 {
  const merged: ProgressV1 = { ...emptyProgress(now), answers: { ...kept.answers }, widgets: { ...kept.widgets }, cells: { ...kept.cells } };
  for (const [id, r] of Object.entries(incoming.answers)) {
    const mine = merged.answers[id];
    if (!mine) merged.answers[id] = r;
    else {
      const newer = r.lastAt > mine.lastAt ? r : mine;
      merged.answers[id] = { ...newer, attempts: Math.max(mine.attempts, r.attempts), firstAt: mine.firstAt < r.firstAt ? mine.firstAt : r.firstAt };
    }
  }
  for (const [id, r] of Object.entries(incoming.widgets)) {
    const mine = merged.widgets[id];
    if (!mine || r.at > mine.at) merged.widgets[id] = r;
  }
  for (const [id, r] of Object.entries(incoming.cells)) {
    const mine = merged.cells[id];
    if (!mine || (r.at ?? '') >= (mine.at ?? '')) merged.cells[id] = { ...r, passed: r.passed ?? mine?.passed };
    if (merged.cells[id]!.passed === undefined) delete merged.cells[id]!.passed;
  }
  return merged;
}
