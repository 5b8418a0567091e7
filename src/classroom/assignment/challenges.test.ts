import { describe, expect, it } from 'vitest';
import { readPlaygroundState, writePlaygroundState } from '../../state/playground-state.ts';
import { challengeHref, challengeStartOf, challengeState, checkGoal, describeGoal, readyMadeChallenges, replayHref } from './challenges.ts';
import { challengeSeeds, learnerSeed } from './learner-seed.ts';

const spiral = readyMadeChallenges().find((c) => c.id === 'spiral-12')!;
const seed = learnerSeed('Ada', '7B');

describe('challenges', () => {
  it('open in the playground with the learner’s own seeds, the challenge marker and the goal as the exercise text', () => {
    const href = challengeHref(spiral, seed);
    expect(href.startsWith('/chapters/06-playground/#')).toBe(true);
    const { state, messages } = readPlaygroundState(href.slice(href.indexOf('#')));
    expect(messages).toEqual([]);
    expect(state).toMatchObject({ data: 'spiral', challenge: 'spiral-12', task: spiral.title, ...challengeSeeds(seed) });
    // Another learner: other data and other starting weights.
    const other = challengeState(spiral, learnerSeed('Alan', '7B'));
    expect(other.dataSeed).not.toBe(state.dataSeed);
    expect(other.seed).not.toBe(state.seed);
  });

  it('pass a run that meets the goal with the learner’s seeds, and say why others do not', () => {
    const state = challengeState(spiral, seed);
    const run = (patch: object, results: Record<string, number>) => ({ state: writePlaygroundState({ ...state, ...patch }), results });
    expect(checkGoal(spiral, run({ layers: [8, 4] }, { testLoss: 0.1 }), seed)).toEqual({ passed: true, reasons: [] });
    const fail = checkGoal(spiral, run({ layers: [8, 8], seed: 5, data: 'circle' }, { testLoss: 0.2 }), seed);
    expect(fail.passed).toBe(false);
    expect(fail.reasons).toEqual([
      'The test loss is 0.200, not below 0.150.',
      'The network has 16 hidden neurons; at most 12 are allowed.',
      'The run used another data set than the challenge’s.',
      'The run used other data or starting weights than the learner’s own (the seeds were changed).',
    ]);
    expect(checkGoal(spiral, run({}, { testLoss: Number.NaN }), seed).reasons[0]).toMatch(/no test loss/);
    expect(checkGoal(spiral, run({}, {}), seed).passed).toBe(false);
  });

  it('check a goal from above for accuracy', () => {
    const xor = readyMadeChallenges().find((c) => c.id === 'xor-90')!;
    const state = writePlaygroundState(challengeState(xor, seed));
    expect(checkGoal(xor, { state, results: { testAccuracy: 0.95 } }, seed).passed).toBe(true);
    expect(checkGoal(xor, { state, results: { testAccuracy: 0.9 } }, seed).reasons).toEqual(['The test accuracy is 90 %, not above 90 %.']);
    expect(describeGoal(xor.goal)).toBe('test accuracy above 90 %, at most 6 hidden neurons');
  });

  it('make a custom start from a playground link without its seeds, marker or replay', () => {
    expect(challengeStartOf('#data=moons&seed=77&dataSeed=3&challenge=x&replay=9&task=hi&lr=0.1')).toBe('data=moons&lr=0.1');
  });

  it('replay a recorded run: the same state, trained to the recorded epoch', () => {
    const state = writePlaygroundState(challengeState(spiral, seed));
    const href = replayHref(state, 120);
    const { state: s } = readPlaygroundState(href.slice(href.indexOf('#')));
    expect(s.replay).toBe(120);
    expect(writePlaygroundState({ ...s, replay: 0 })).toBe(state);
  });
});
