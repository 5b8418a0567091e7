// Self-check questions at the end of a chapter: their shape, their validation (at build time) and the
// grading of an answer (in the browser). Pure; SelfCheck.astro renders, self-check-dom.ts wires.
import { parseDecimal } from '../../src/ui/parse-number.ts';
import { numberStrings, selfCheckStrings } from '../../src/i18n/index.ts';
import { NUMBER_LOCALES, pageLang, type Lang } from '../../src/i18n/lang.ts';

export interface Choice {
  /** May contain maths between dollars: "$z = 0$". */
  text: string;
  correct?: boolean;
  /** Why this choice is right or wrong; shown when the reader picks it. */
  explain: string;
}

export interface ChoiceQuestion {
  prompt: string;
  /** Exactly one is correct. */
  choices: Choice[];
}

/** A typical wrong answer to a number question and the mistake it suggests. */
export interface Misconception {
  value: number;
  /** Accepted absolute difference from `value`; default: the question's tolerance. */
  tolerance?: number;
  /** What giving this answer suggests the reader thought, and the way out (not the answer itself). */
  misconception: string;
}

export interface NumberQuestion {
  prompt: string;
  answer: number;
  /** Accepted absolute difference from `answer`; default 0.01. */
  tolerance?: number;
  /** How to get the answer; shown for a correct answer and under "Show the answer". */
  explain: string;
  /** Typical wrong answers, each named for the misconception it suggests. */
  misconceptions?: Misconception[];
}

export type Question = ChoiceQuestion | NumberQuestion;

export const isChoiceQuestion = (q: Question): q is ChoiceQuestion => 'choices' in q;

/** Throws, naming the question, if a chapter wrote a question the page could not grade. */
export function validateQuestions(questions: readonly Question[]): void {
  if (questions.length === 0) throw new Error('SelfCheck: give at least one question');
  questions.forEach((q, i) => {
    const where = `SelfCheck question ${i + 1}`;
    if (!q.prompt?.trim()) throw new Error(`${where} has no prompt`);
    if (isChoiceQuestion(q)) {
      if (q.choices.length < 2) throw new Error(`${where} needs at least 2 choices`);
      const correct = q.choices.filter((c) => c.correct).length;
      if (correct !== 1) throw new Error(`${where} has ${correct} correct choices; mark exactly one with correct: true`);
      if (q.choices.some((c) => !c.explain?.trim())) throw new Error(`${where}: every choice needs an explanation`);
    } else {
      if (!Number.isFinite(q.answer)) throw new Error(`${where}: answer must be a finite number`);
      if (q.tolerance !== undefined && !(q.tolerance >= 0)) throw new Error(`${where}: tolerance must be ≥ 0`);
      if (!q.explain?.trim()) throw new Error(`${where} needs an explanation`);
      const tolerance = q.tolerance ?? DEFAULT_TOLERANCE;
      (q.misconceptions ?? []).forEach((m, k) => {
        const which = `${where}, misconception ${k + 1}`;
        if (!Number.isFinite(m.value)) throw new Error(`${which}: value must be a finite number`);
        if (m.tolerance !== undefined && !(m.tolerance >= 0)) throw new Error(`${which}: tolerance must be ≥ 0`);
        if (!m.misconception?.trim()) throw new Error(`${which} needs its misconception in words`);
        // A wrong answer that would also be graded correct could never be reached.
        if (Math.abs(m.value - q.answer) <= tolerance + (m.tolerance ?? tolerance)) {
          throw new Error(`${which}: ${m.value} is too close to the answer ${q.answer}`);
        }
      });
    }
  });
}

const DEFAULT_TOLERANCE = 0.01;

/** What the browser needs to grade a question (no prompt or explanations: those are rendered HTML). */
export type Key =
  | { kind: 'choice'; correct: number }
  | { kind: 'number'; answer: number; tolerance: number; misconceptions: Array<{ value: number; tolerance: number }> };

export function answerKey(q: Question): Key {
  if (isChoiceQuestion(q)) return { kind: 'choice', correct: q.choices.findIndex((c) => c.correct) };
  const tolerance = q.tolerance ?? DEFAULT_TOLERANCE;
  const misconceptions = (q.misconceptions ?? []).map((m) => ({ value: m.value, tolerance: m.tolerance ?? tolerance }));
  return { kind: 'number', answer: q.answer, tolerance, misconceptions };
}

export interface Verdict {
  status: 'correct' | 'wrong' | 'unanswered';
  /** A short sentence that starts the feedback. */
  message: string;
  /**
   * Which rendered explanation to show: the choice's index; for a number question 'answer' (correct),
   * `misconception-k` (a known wrong answer) or 'try-again' (any other wrong answer); or none.
   */
  explanation: number | 'answer' | 'try-again' | `misconception-${number}` | null;
}

/** A tiny slack so that an answer typed to the tolerance's own precision is not refused by rounding. */
const within = (typed: number, value: number, tolerance: number) => Math.abs(typed - value) <= tolerance + 1e-12;

/**
 * Grades an answer: for a choice question, the chosen index (null if none); for a number question, what
 * the reader typed, read by the course's one number parser in the page's language (the − sign is
 * accepted; a decimal comma on an English page, a point on a Spanish one, or "0x1F" is refused with a
 * sentence saying how to write the number).
 */
export function grade(key: Key, answer: number | string | null, lang: Lang = pageLang()): Verdict {
  const S = selfCheckStrings(lang);
  if (key.kind === 'choice') {
    if (answer === null || answer === '') return { status: 'unanswered', message: S.pickFirst, explanation: null };
    const chosen = Number(answer);
    return chosen === key.correct
      ? { status: 'correct', message: S.correct, explanation: chosen }
      : { status: 'wrong', message: S.wrong, explanation: chosen };
  }
  // The course's one number parser: "0x1F", "NaN" or a decimal comma get a sentence saying how to write it.
  const parsed = typeof answer === 'number' ? { ok: true as const, value: answer } : parseDecimal(answer ?? '', NUMBER_LOCALES[lang]);
  if (!parsed.ok) {
    return { status: 'unanswered', message: parsed.refusal === 'empty' ? S.typeFirst : numberStrings(lang).refusal(parsed.refusal, answer as string), explanation: null };
  }
  const typed = parsed.value;
  if (!Number.isFinite(typed)) return { status: 'unanswered', message: S.typeFirst, explanation: null };
  if (within(typed, key.answer, key.tolerance)) return { status: 'correct', message: S.correct, explanation: 'answer' };
  const known = key.misconceptions.findIndex((m) => within(typed, m.value, m.tolerance));
  return { status: 'wrong', message: S.wrong, explanation: known >= 0 ? `misconception-${known}` : 'try-again' };
}
