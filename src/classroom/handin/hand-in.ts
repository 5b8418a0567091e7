// A learner's hand-in: made from the assignment and the learner's progress, written as a JSON file or as a
// copyable text code (for an LMS text box), and read back by the class view, which validates every field
// (a file is untrusted input), recomputes the checksum and the goals, and flags what does not add up.
//   text code: "NN101-HANDIN-1:" + base64url(deflate-raw(UTF-8 JSON)), the cells' share-link encoding.
// A hand-in holds data only (ids, answers as given, numbers, the assignment as its link carries it), never a
// sentence of the page that made it: one made on a Spanish page reads in an English class view and back.
// What the reader says about a file is worded when it is read, in the reading page's language.
import type { AnswerRecord, AssignmentV1, CellRecord, HandInV1, ProgressV1 } from '../contract.ts';
import { readAssignmentLink, writeAssignmentLink } from '../assignment/assignment-link.ts';
import { challengeItemId, checkGoal } from '../assignment/challenges.ts';
import { learnerSeed, MAX_NAME_LENGTH } from '../assignment/learner-seed.ts';
import { fromBase64Url, pipe, toBase64Url } from '../../cells/runtime/share-code.ts';
import { handInChecksum } from './checksum.ts';
import { handInStrings } from '../../i18n/classroom.ts';

export const HAND_IN_VERSION = 1;
export const CODE_PREFIX = 'NN101-HANDIN-1:';
/** Largest hand-in read (a real one is a few kilobytes; thirty fit in a class view easily). */
export const MAX_HAND_IN_BYTES = 1_000_000;

/** Builds the hand-in from what the browser kept (only the assignment's items and challenges). */
export async function createHandIn(assignment: AssignmentV1, name: string, progress: ProgressV1, now = new Date()): Promise<HandInV1> {
  const seed = learnerSeed(name, assignment.classCode);
  const answers: Record<string, AnswerRecord> = {};
  const cells: Record<string, CellRecord> = {};
  for (const id of assignment.items) {
    const answer = progress.answers[id];
    if (answer) answers[id] = { ...answer };
    const cell = progress.cells[id];
    if (cell) cells[id] = { ...cell };
  }
  const challenges: HandInV1['challenges'] = {};
  for (const c of assignment.challenges) {
    const record = progress.widgets[challengeItemId(c.id)];
    if (!record) continue;
    // JSON has no NaN: a result that is not a finite number (no test points, a diverged run) is left out.
    const results = Object.fromEntries(Object.entries(record.results ?? {}).filter(([, v]) => Number.isFinite(v)));
    const run = { state: record.state, results };
    challenges[c.id] = { ...run, passed: checkGoal(c, run, seed).passed };
  }
  const body = {
    format: 'nn101-hand-in' as const, version: 1 as const, assignment, learner: { name: name.trim(), seed }, createdAt: now.toISOString(),
    answers, cells, challenges,
  };
  return { ...body, checksum: await handInChecksum(body) };
}

export const handInFileText = (handIn: HandInV1) => JSON.stringify(handIn, null, 2) + '\n';

export async function handInCode(handIn: HandInV1): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(JSON.stringify(handIn)), new CompressionStream('deflate-raw'), Infinity);
  return CODE_PREFIX + toBase64Url(packed);
}

/** A file name with the learner's name in it, safe on every system. */
export function handInFileName(handIn: HandInV1): string {
  const S = handInStrings().page;
  const who = handIn.learner.name.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || S.anonymous;
  return S.fileName(who);
}

export type HandInRead =
  | { ok: true; handIn: HandInV1; flags: string[] }
  | { ok: false; message: string };

/**
 * Reads a hand-in file's text or a text code. Never throws. A file that is not a hand-in, is damaged or is
 * from a future format is refused with one sentence; one that reads but does not add up (checksum, seed,
 * a challenge marked passed that does not pass) loads with flags saying what.
 */
export async function readHandIn(text: string): Promise<HandInRead> {
  const S = handInStrings().read;
  if (typeof text !== 'string' || text.trim() === '') return bad(S.empty);
  if (text.length > MAX_HAND_IN_BYTES) return bad(S.tooLarge);
  const trimmed = text.trim();
  let json: string;
  if (trimmed.startsWith('NN101-HANDIN-')) {
    if (!trimmed.startsWith(CODE_PREFIX)) return bad(S.futureCode);
    const body = trimmed.slice(CODE_PREFIX.length).replace(/\s+/g, '');
    const bytes = /^[A-Za-z0-9_-]+$/.test(body) ? fromBase64Url(body) : null;
    if (!bytes) return bad(S.codeCut);
    const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_HAND_IN_BYTES * 3).catch(() => null);
    if (!inflated) return bad(S.codeCut);
    try { json = new TextDecoder('utf-8', { fatal: true }).decode(inflated); } catch { return bad(S.codeCut); }
  } else json = trimmed;
  let data: unknown;
  try { data = JSON.parse(json); } catch { return bad(S.notJson); }
  if (!isObject(data) || data.format !== 'nn101-hand-in') return bad(S.foreign);
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return bad(S.damaged(S.where.version));
  if (data.version > HAND_IN_VERSION) return bad(S.future(data.version));
  const problem = shapeProblem(data);
  if (problem) return bad(S.damaged(problem));
  const handIn = data as unknown as HandInV1;
  const flags: string[] = [];
  if (handIn.checksum !== await handInChecksum(handIn)) flags.push(S.flags.checksum);
  if (handIn.learner.seed !== learnerSeed(handIn.learner.name, handIn.assignment.classCode)) flags.push(S.flags.seed);
  for (const c of handIn.assignment.challenges) {
    const run = handIn.challenges[c.id];
    if (run && run.passed && !checkGoal(c, run, handIn.learner.seed).passed) flags.push(S.flags.passed(c.title));
  }
  return { ok: true, handIn, flags };
}

const bad = (message: string): HandInRead => ({ ok: false, message });
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
const isTime = (v: unknown) => isText(v, 40) && !Number.isNaN(Date.parse(v as string));

/** The first part of the file that is not what the course writes, in words (null when all is well). */
function shapeProblem(d: Record<string, unknown>): string | null {
  const W = handInStrings().read.where;
  if (!isObject(d.assignment)) return W.assignment;
  try {
    const a = d.assignment as unknown as AssignmentV1;
    if (a.format !== 'nn101-assignment' || a.version !== 1) return W.assignment;
    const back = readAssignmentLink(writeAssignmentLink(a));
    if (!back.ok || back.messages.length > 0 || JSON.stringify(back.assignment) !== JSON.stringify(a)) return W.assignment;
  } catch {
    return W.assignment;
  }
  const learner = d.learner;
  if (!isObject(learner) || !isText(learner.name, MAX_NAME_LENGTH) || (learner.name as string).trim() === '') return W.name;
  if (typeof learner.seed !== 'number' || !Number.isInteger(learner.seed) || learner.seed < 0 || learner.seed > 4294967295) return W.seed;
  if (!isTime(d.createdAt)) return W.createdAt;
  if (!isObject(d.answers) || !isObject(d.cells) || !isObject(d.challenges)) return W.sections;
  for (const [id, r] of Object.entries(d.answers)) {
    if (!isObject(r) || !['self-check', 'prediction', 'exercise'].includes(r.kind as string) || !isText(r.answer, 2000) ||
      !['correct', 'wrong'].includes(r.status as string) || !(r.explanation === null || isText(r.explanation, 200)) ||
      !Number.isInteger(r.attempts) || (r.attempts as number) < 0 || !isTime(r.firstAt) || !isTime(r.lastAt)) return W.answer(id);
  }
  for (const [id, c] of Object.entries(d.cells)) {
    if (!isObject(c) || !isText(c.code, 20_000) || !isText(c.base, 20_000) || !(c.passed === undefined || typeof c.passed === 'boolean')) return W.cell(id);
  }
  for (const [id, c] of Object.entries(d.challenges)) {
    if (!isObject(c) || !isText(c.state, 20_000) || typeof c.passed !== 'boolean' || !isObject(c.results) ||
      !Object.values(c.results).every((v) => typeof v === 'number' && Number.isFinite(v))) return W.challenge(id);
  }
  if (typeof d.checksum !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(d.checksum)) return W.checksum;
  return null;
}
