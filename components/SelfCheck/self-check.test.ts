import { describe, expect, it } from 'vitest';
import { answerKey, grade, validateQuestions, type Question } from './self-check.ts';

const choice: Question = {
  prompt: 'Which is right?',
  choices: [
    { text: 'A', explain: 'A is wrong because…' },
    { text: 'B', correct: true, explain: 'B is right because…' },
  ],
};
const number: Question = { prompt: 'What is z?', answer: 0.7, tolerance: 0.01, explain: '0.8 − 0.2 + 0.1' };

describe('grading a choice question', () => {
  const key = answerKey(choice);
  it('knows which choice is correct', () => expect(key).toEqual({ kind: 'choice', correct: 1 }));
  it('accepts the correct choice and explains it', () => {
    expect(grade(key, 1)).toEqual({ status: 'correct', message: 'Correct.', explanation: 1 });
    expect(grade(key, '1').status).toBe('correct');
  });
  it('refuses a wrong choice and explains that choice', () => {
    expect(grade(key, 0)).toEqual({ status: 'wrong', message: 'Not quite.', explanation: 0 });
  });
  it('asks for an answer when none is picked', () => expect(grade(key, null).status).toBe('unanswered'));
});

describe('grading a number question', () => {
  const key = answerKey(number);
  it('accepts answers within the tolerance, typed as a reader would', () => {
    for (const typed of ['0.7', '0.70', ' 0.71 ', '0.69', '+.7', '7e-1']) expect(grade(key, typed).status).toBe('correct');
  });
  it('refuses answers outside it', () => {
    for (const typed of ['0.72', '−0.7', '7']) expect(grade(key, typed).status).toBe('wrong');
  });
  it('does not grade something that is not a number', () => {
    expect(grade(key, 'seven')).toMatchObject({ status: 'unanswered', explanation: null });
    expect(grade(key, '')).toMatchObject({ status: 'unanswered' });
    // The same parser as every field: hexadecimal, NaN and a decimal comma are answered with a sentence.
    expect(grade(key, '0x1F')).toMatchObject({ status: 'unanswered', message: '“0x1F” is not a decimal number (type one like 0.5 or −2).' });
    expect(grade(key, 'NaN').message).toMatch(/not a decimal number/);
    expect(grade(key, '0,7')).toMatchObject({ status: 'unanswered', message: expect.stringMatching(/write decimals with a point/) });
    expect(grade(key, '1e400').message).toMatch(/too large/);
  });
  it('uses a default tolerance of 0.01', () => {
    expect(answerKey({ prompt: 'p', answer: 2, explain: 'e' })).toEqual({ kind: 'number', answer: 2, tolerance: 0.01, misconceptions: [] });
  });
  it('says "try again" for a wrong answer it has no misconception for, without giving the answer away', () => {
    expect(grade(key, '0.5')).toEqual({ status: 'wrong', message: 'Not quite.', explanation: 'try-again' });
  });
});

describe('a wrong number that names its misconception', () => {
  // z = 0.8·1 − 0.4·0.5 + 0.1 = 0.7; forgetting the bias gives 0.6, dropping the minus sign 1.1.
  const withMisconceptions: Question = {
    prompt: 'What is z?', answer: 0.7, tolerance: 0.01, explain: '0.8 − 0.2 + 0.1',
    misconceptions: [
      { value: 0.6, misconception: 'You left out the bias.' },
      { value: 1.1, tolerance: 0.05, misconception: 'A negative weight subtracts.' },
    ],
  };
  const key = answerKey(withMisconceptions);
  it('takes each misconception\'s tolerance, or the question\'s', () => {
    expect(key).toMatchObject({ misconceptions: [{ value: 0.6, tolerance: 0.01 }, { value: 1.1, tolerance: 0.05 }] });
  });
  it('points at the misconception the answer matches', () => {
    expect(grade(key, '0.6')).toEqual({ status: 'wrong', message: 'Not quite.', explanation: 'misconception-0' });
    expect(grade(key, '1.14')).toMatchObject({ explanation: 'misconception-1' });
    expect(grade(key, '1.2')).toMatchObject({ explanation: 'try-again' });
  });
  it('still accepts the right answer', () => expect(grade(key, '0.70').status).toBe('correct'));
  it('refuses a misconception that would also count as correct, or has no words', () => {
    expect(() => validateQuestions([{ ...withMisconceptions, misconceptions: [{ value: 0.705, misconception: 'x' }] }]))
      .toThrow(/misconception 1: 0.705 is too close/);
    expect(() => validateQuestions([{ ...withMisconceptions, misconceptions: [{ value: 3, misconception: ' ' }] }]))
      .toThrow(/misconception 1 needs its misconception/);
  });
});

describe('validateQuestions', () => {
  it('accepts well-formed questions', () => expect(() => validateQuestions([choice, number])).not.toThrow());
  it('names the question and the problem', () => {
    expect(() => validateQuestions([choice, { prompt: 'x', choices: [{ text: 'a', explain: 'e' }, { text: 'b', explain: 'e' }] }]))
      .toThrow(/question 2 has 0 correct choices/);
    expect(() => validateQuestions([{ prompt: 'x', answer: Number.NaN, explain: 'e' }])).toThrow(/question 1: answer/);
    expect(() => validateQuestions([])).toThrow(/at least one/);
  });
});
