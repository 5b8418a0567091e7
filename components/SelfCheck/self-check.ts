// Self-check questions at the end of a chapter: their shape, their validation (at build time) and the
// grading of an answer (in the browser). Pure; SelfCheck.astro renders, self-check-dom.ts wires.
import { numberStrings } from '../../src/ui/number-strings.ts';
import { parseDecimal } from '../../src/ui/parse-number.ts';

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

export interface NumberQuestion {
  prompt: string;
  answer: number;
  /** Accepted absolute difference from `answer`; default 0.01. */
  tolerance?: number;
  /** How to get the answer; shown after any checked answer. */
  explain: string;
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
    }
  });
}

/** What the browser needs to grade a question (no prompt or explanations: those are rendered HTML). */
export type Key = { kind: 'choice'; correct: number } | { kind: 'number'; answer: number; tolerance: number };

export function answerKey(q: Question): Key {
  return isChoiceQuestion(q)
    ? { kind: 'choice', correct: q.choices.findIndex((c) => c.correct) }
    : { kind: 'number', answer: q.answer, tolerance: q.tolerance ?? 0.01 };
}

export interface Verdict {
  status: 'correct' | 'wrong' | 'unanswered';
  /** A short sentence that starts the feedback. */
  message: string;
  /** Which rendered explanation to show: the choice's index, 'answer' for a number question, or none. */
  explanation: number | 'answer' | null;
}

/**
 * Grades an answer: for a choice question, the chosen index (null if none); for a number question, what
 * the reader typed, read by the course's one number parser (the − sign is accepted; a decimal comma
 * or "0x1F" is refused with a sentence saying how to write the number).
 */
export function grade(key: Key, answer: number | string | null): Verdict {
  if (key.kind === 'choice') {
    if (answer === null || answer === '') return { status: 'unanswered', message: 'Pick one of the answers first.', explanation: null };
    const chosen = Number(answer);
    return chosen === key.correct
      ? { status: 'correct', message: 'Correct.', explanation: chosen }
      : { status: 'wrong', message: 'Not quite.', explanation: chosen };
  }
  const parsed = typeof answer === 'number' ? { ok: true as const, value: answer } : parseDecimal(answer ?? '');
  if (!parsed.ok) {
    const message = parsed.refusal === 'empty' ? 'Type a number first, for example 0.25.' : numberStrings.refusal(parsed.refusal, answer as string);
    return { status: 'unanswered', message, explanation: null };
  }
  const typed = parsed.value;
  if (!Number.isFinite(typed)) return { status: 'unanswered', message: 'Type a number first, for example 0.25.', explanation: null };
  // A tiny slack so that an answer typed to the tolerance's own precision is not refused by rounding.
  return Math.abs(typed - key.answer) <= key.tolerance + 1e-12
    ? { status: 'correct', message: 'Correct.', explanation: 'answer' }
    : { status: 'wrong', message: 'Not quite.', explanation: 'answer' };
}
