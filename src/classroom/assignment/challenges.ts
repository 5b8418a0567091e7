// Challenges: a playground set-up and a goal a learner's run must reach. Ready-made ones for the builder,
// the link that opens a challenge in the playground with the learner's own seeds, and the check of a run's
// results against the goal (used by the learner's page and, independently, by the class view).
import type { Challenge } from '../contract.ts';
import { readPlaygroundState, writePlaygroundState, type PlaygroundState } from '../../state/playground-state.ts';
import { challengeSeeds } from './learner-seed.ts';
import { challengesStrings } from '../../i18n/challenges.ts';

export const PLAYGROUND_PATH = '/chapters/06-playground/';

/** The progress item a challenge run is recorded under (its WidgetRecord: state and results). */
export const challengeItemId = (challengeId: string) => `${PLAYGROUND_PATH}#challenge:${challengeId}`;

/**
 * The ready-made challenges, titled in the page's language (at build time, the page being built: so this is
 * a function, called when a page needs it, never a constant fixed at import).
 */
export function readyMadeChallenges(): readonly Challenge[] {
  const S = challengesStrings();
  return [
    { id: 'circle-4', title: S.readyMade.circle, start: 'data=circle&noise=10', goal: { metric: 'testLoss', below: 0.2, maxHiddenNeurons: 4 } },
    { id: 'xor-90', title: S.readyMade.xor, start: 'data=xor&noise=5', goal: { metric: 'testAccuracy', above: 0.9, maxHiddenNeurons: 6 } },
    { id: 'spiral-12', title: S.readyMade.spiral, start: 'data=spiral', goal: { metric: 'testLoss', below: 0.15, maxHiddenNeurons: 12 } },
  ];
}

/** Keys a challenge's start never fixes: the learner's seeds, the challenge marker, replays, the exercise text. */
export function challengeStartOf(fragment: string): string {
  const { state } = readPlaygroundState(fragment);
  return writePlaygroundState({ ...state, dataSeed: 1, seed: 1, challenge: '', replay: 0, task: '' });
}

export const hiddenNeurons = (s: Pick<PlaygroundState, 'layers'>) => s.layers.reduce((a, b) => a + b, 0);

/** The playground state a learner's challenge starts from: the teacher's set-up with the learner's seeds. */
export function challengeState(challenge: Challenge, learnerSeed: number): PlaygroundState {
  const { state } = readPlaygroundState(challenge.start);
  return { ...state, ...challengeSeeds(learnerSeed), challenge: challenge.id, task: challenge.title.slice(0, 280), replay: 0 };
}

/** Path + fragment (without the site's base) that opens the challenge for this learner. */
export function challengeHref(challenge: Challenge, learnerSeed: number): string {
  return `${PLAYGROUND_PATH}#${writePlaygroundState(challengeState(challenge, learnerSeed))}`;
}

/** Path + fragment that opens a recorded run and trains it to the recorded epoch (the class view's replay). */
export function replayHref(state: string, epochs: number): string {
  const { state: s } = readPlaygroundState(state);
  return `${PLAYGROUND_PATH}#${writePlaygroundState({ ...s, replay: Math.max(0, Math.min(100000, Math.round(epochs))) })}`;
}

export interface GoalCheck {
  passed: boolean;
  /** Why not, one sentence each (empty when passed). */
  reasons: string[];
}

/**
 * Whether a run (its state fragment and measured results) meets the challenge for this learner: the goal's
 * number, the neuron limit, the challenge's data set, and the learner's own seeds (a run on someone else's
 * data or weights does not count).
 */
export function checkGoal(challenge: Challenge, run: { state: string; results: Record<string, number> }, learnerSeed: number): GoalCheck {
  const S = challengesStrings();
  const reasons: string[] = [];
  const { state } = readPlaygroundState(run.state);
  const start = readPlaygroundState(challenge.start).state;
  const { goal } = challenge;
  const value = run.results[goal.metric];
  if (typeof value !== 'number' || !Number.isFinite(value)) reasons.push(S.noValue(goal.metric));
  else {
    if (goal.below !== undefined && !(value < goal.below)) reasons.push(S.notBelow(goal.metric, value, goal.below));
    if (goal.above !== undefined && !(value > goal.above)) reasons.push(S.notAbove(goal.metric, value, goal.above));
  }
  const neurons = hiddenNeurons(state);
  if (goal.maxHiddenNeurons !== undefined && neurons > goal.maxHiddenNeurons) reasons.push(S.tooManyNeurons(neurons, goal.maxHiddenNeurons));
  if (state.data !== start.data || state.problem !== start.problem) reasons.push(S.otherData);
  const seeds = challengeSeeds(learnerSeed);
  if (state.dataSeed !== seeds.dataSeed || state.seed !== seeds.seed) reasons.push(S.otherSeeds);
  return { passed: reasons.length === 0, reasons };
}

/** The goal in words: "test loss below 0.15, at most 12 hidden neurons". */
export function describeGoal(goal: Challenge['goal']): string {
  return challengesStrings().goal(goal.metric, goal.below, goal.above, goal.maxHiddenNeurons);
}
