import { describe, expect, it } from 'vitest';
import { emptyProgress } from './format.ts';
import { summarise } from './summary.ts';

const T = '2026-12-03T15:00:00.000Z';
const P1 = '/chapters/01-what-is-a-neural-network/';
const P3 = '/chapters/03-structure/';

describe('progress summary', () => {
  it('counts answered, correct, passed and used per chapter, in page order', () => {
    const p = emptyProgress(T);
    const answer = (status: 'correct' | 'wrong', kind: 'self-check' | 'prediction' = 'self-check') => ({ kind, answer: '1', status, explanation: null, attempts: 1, firstAt: T, lastAt: T });
    p.answers[`${P1}#check-1-q3`] = answer('wrong');
    p.answers[`${P1}#check-1-q1`] = answer('correct');
    p.answers[`${P1}#neuron-predict`] = answer('correct', 'prediction');
    p.answers[`${P3}#check-structure-q1`] = answer('correct');
    p.cells[`${P1}#cell:exercise-neuron`] = { code: 'x', base: 'b', passed: true, at: T };
    p.cells[`${P1}#cell:neuron-in-code`] = { code: 'y', base: 'b' };
    p.widgets[`${P1}#widget:neuron`] = { state: 'w=1', at: T };
    const [one, three] = summarise(p, [
      { path: P1, inventory: { questions: ['predict-bias-q1', 'check-1-q1', 'check-1-q2', 'check-1-q3'], exercises: ['cell:exercise-neuron'] } },
      { path: P3, inventory: { questions: ['check-structure-q1'], exercises: [] } },
    ]);
    expect(one!.questions).toEqual({ total: 4, answered: 2, correct: 1 });
    expect(one!.predictions).toEqual({ answered: 1, correct: 1 });
    expect(one!.cells).toEqual({ exercises: 1, passed: 1, saved: 2 });
    expect(one!.widgets).toBe(1);
    expect(one!.items.map((i) => i.local)).toEqual(['check-1-q1', 'check-1-q3', 'cell:exercise-neuron', 'cell:neuron-in-code', 'neuron-predict', 'widget:neuron']);
    expect(three!.questions).toEqual({ total: 1, answered: 1, correct: 1 });
    expect(three!.items).toHaveLength(1);
  });
});
