// An assignment in a link: its URL fragment, read and written with the course's one URL-state module
// (src/state/url-state.ts), so every value is validated and a bad one is reported in plain words.
//   #v=1&title=…&due=…&class=7B&lang=en&chapters=01-…,02-…&items=/chapters/…/#check-1-q1,…&c1=…&c2=…
// `v` is the format version (a link outlives a deployment: a future version is refused with a message).
// A challenge `cN` is "id;metric;below|above;threshold;maxNeurons;start;title": the start is a playground
// fragment, percent-encoded inside the link, so it never holds a raw ';'; the title comes last and may.
import type { AssignmentV1, Challenge } from '../contract.ts';
import { CHALLENGE_ID_RE, readPlaygroundState } from '../../state/playground-state.ts';
import {
  enumField, intField, listField, parseState, serializeState, textField, type Field, type StateOf, type ValueProblem,
} from '../../state/url-state.ts';
import { assignmentStrings } from '../../i18n/classroom.ts';
import { LANGS } from '../../i18n/lang.ts';

const S = assignmentStrings().link;
const F = S.fields;

export const ASSIGNMENT_VERSION = 1;
export const MAX_CHALLENGES = 8;
export const CLASS_CODE_RE = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}$/;
export const CHAPTER_ID_RE = /^[0-9]{2}[a-z]?-[a-z0-9-]{1,60}$/;
/** '/chapters/<chapter>/#<item>': a SelfCheck question, a prediction, a cell ('cell:<id>'), a challenge. */
export const ITEM_ID_RE = /^\/chapters\/[0-9]{2}[a-z]?-[a-z0-9-]{1,60}\/#[a-z][a-z0-9:-]{0,80}$/;
export const LANGUAGES = LANGS;

type PatternProblem = Extract<ValueProblem, { kind: 'not-a-class-code' | 'not-a-chapter' | 'not-a-question' }>;

/** Text that must match `re`; anything else is refused as `problem` (worded by the catalogue's urlState). */
const patternField = (label: string, re: RegExp, problem: PatternProblem, max = 100): Field<string> => ({
  label, default: '', describe: label, maxTextLength: max,
  parse: (text) => (re.test(text) ? { ok: true, value: text } : { ok: false, problem }),
  format: (value) => value,
  valid: (value) => value === '' || re.test(value),
});

const METRICS = ['testLoss', 'trainLoss', 'testAccuracy'] as const;

export function formatChallenge(c: Challenge): string {
  const op = c.goal.below !== undefined ? 'below' : 'above';
  const threshold = c.goal.below ?? c.goal.above ?? 0;
  return [c.id, c.goal.metric, op, String(threshold), c.goal.maxHiddenNeurons === undefined ? '' : String(c.goal.maxHiddenNeurons), encodeURIComponent(c.start), c.title].join(';');
}

export function parseChallenge(text: string): Challenge | null {
  const parts = text.split(';');
  if (parts.length < 7) return null;
  const [id, metric, op, thresholdText, maxText, startText] = parts as [string, string, string, string, string, string];
  const title = parts.slice(6).join(';');
  if (!CHALLENGE_ID_RE.test(id) || !(METRICS as readonly string[]).includes(metric) || (op !== 'below' && op !== 'above')) return null;
  const threshold = Number(thresholdText);
  if (thresholdText === '' || !Number.isFinite(threshold) || Math.abs(threshold) > 1e6) return null;
  const maxNeurons = maxText === '' ? undefined : Number(maxText);
  if (maxNeurons !== undefined && !(Number.isInteger(maxNeurons) && maxNeurons >= 1 && maxNeurons <= 48)) return null;
  let start: string;
  try { start = decodeURIComponent(startText); } catch { return null; }
  // The start must be a set-up the playground reads without a single complaint.
  if (readPlaygroundState(start).messages.length > 0) return null;
  if (title.trim() === '' || title.length > 280) return null;
  const goal: Challenge['goal'] = { metric: metric as Challenge['goal']['metric'], [op]: threshold };
  if (maxNeurons !== undefined) goal.maxHiddenNeurons = maxNeurons;
  return { id, title, start, goal };
}

const challengeField: Field<Challenge | null> = {
  label: F.challenge, default: null, describe: F.aChallenge, maxTextLength: 4000,
  parse: (text) => {
    const c = parseChallenge(text);
    return c ? { ok: true, value: c } : { ok: false, problem: { kind: 'not-an-assignment-challenge' } };
  },
  format: (value) => (value ? formatChallenge(value) : ''),
  valid: (value) => value === null || parseChallenge(formatChallenge(value)) !== null,
};

const challengeKeys = Object.fromEntries(Array.from({ length: MAX_CHALLENGES }, (_, i) => [`c${i + 1}`, challengeField])) as Record<`c${number}`, Field<Challenge | null>>;

export const ASSIGNMENT_KEYS = {
  v: intField(F.version, 0, 0, 1_000_000),
  title: textField(F.title, '', 120),
  due: textField(F.due, '', 200),
  class: patternField(F.classCode, CLASS_CODE_RE, { kind: 'not-a-class-code' }, 40),
  lang: enumField(F.language, 'en', LANGUAGES),
  chapters: listField(F.chapters, [] as string[], patternField(F.chapter, CHAPTER_ID_RE, { kind: 'not-a-chapter' }), 0, 40, { unique: true }),
  items: listField(F.questions, [] as string[], patternField(F.question, ITEM_ID_RE, { kind: 'not-a-question' }), 0, 300, { unique: true }),
  ...challengeKeys,
};
type AssignmentLinkState = StateOf<typeof ASSIGNMENT_KEYS>;

/** The assignment's fragment (without '#'). Throws on an assignment no link can carry (a builder bug). */
export function writeAssignmentLink(a: AssignmentV1): string {
  if (a.challenges.length > MAX_CHALLENGES) throw new RangeError(`an assignment link carries at most ${MAX_CHALLENGES} challenges`);
  const state: Record<string, unknown> = {
    v: ASSIGNMENT_VERSION, title: a.title, due: a.due, class: a.classCode, lang: a.lang, chapters: a.chapters, items: a.items,
  };
  a.challenges.forEach((c, i) => { state[`c${i + 1}`] = c; });
  for (const [key, field] of Object.entries(ASSIGNMENT_KEYS)) {
    if (key in state && !(field as Field<unknown>).valid(state[key])) throw new RangeError(`the assignment's ${field.label} cannot go in a link`);
  }
  return serializeState(ASSIGNMENT_KEYS, { ...readDefaults(), ...state } as AssignmentLinkState);
}

const readDefaults = () => parseState(ASSIGNMENT_KEYS, '').state;

export type AssignmentRead =
  | { ok: true; assignment: AssignmentV1; messages: string[] }
  | { ok: false; message: string };

/** Reads a link's fragment. Never throws; a link without an assignment or from a future format is refused. */
export function readAssignmentLink(fragment: string): AssignmentRead {
  const body = fragment.replace(/^#/, '');
  if (!/(^|&)v=/.test(body)) return { ok: false, message: S.notAnAssignment };
  const { state, messages } = parseState(ASSIGNMENT_KEYS, body);
  if (state.v === 0) return { ok: false, message: S.notAnAssignment };
  if (state.v > ASSIGNMENT_VERSION) return { ok: false, message: S.future(state.v) };
  if (state.class === '') return { ok: false, message: S.noClassCode };
  const challenges: Challenge[] = [];
  for (let i = 1; i <= MAX_CHALLENGES; i++) {
    const c = (state as unknown as Record<string, Challenge | null>)[`c${i}`];
    if (c && !challenges.some((d) => d.id === c.id)) challenges.push(c);
  }
  return {
    ok: true,
    messages,
    assignment: {
      format: 'nn101-assignment', version: 1, title: state.title.trim() || S.untitled, due: state.due, classCode: state.class,
      chapters: state.chapters, items: state.items, challenges, lang: state.lang,
    },
  };
}
