// Every word the OptimizerSurface widget shows, in one place (for the Spanish edition, issue 13).
import { formatNumber } from '../../src/ui/format.ts';
import { formatSmall } from '../../src/ui/small-numbers.ts';
import { OPTIMIZER_SURFACE as S, type OptimizerKind } from '../../src/scenarios/optimizer-surface.ts';

export type SurfaceChoice = OptimizerKind | 'none';

export const SURFACE_STRINGS = {
  title: 'Try it: three optimisers in a ravine',
  learningRate: 'Learning rate η',
  momentum: 'Momentum μ (for the momentum optimiser)',
  names: { sgd: 'SGD', momentum: 'momentum', adam: 'Adam' } satisfies Record<OptimizerKind, string>,
  question: `Predict first: at the settings above, which optimiser gets the loss below ${S.target} first (within ${S.steps} steps)?`,
  choices: [
    { value: 'sgd', text: 'SGD: it always steps straight downhill' },
    { value: 'momentum', text: 'Momentum' },
    { value: 'adam', text: 'Adam: it adapts, so it is always fastest' },
    { value: 'none', text: `None of them within ${S.steps} steps` },
  ] as const satisfies readonly { value: SurfaceChoice; text: string }[],
  run: 'Run all three',
  askFirst: 'Choose a prediction first, then press Run all three.',
  running: `Taking ${S.steps} steps with each optimiser…`,
  reduced: 'Reduced motion is on, so the paths appear complete.',
  done: 'Done. Change the sliders to rerun all three at once.',
  pictureLabel: (summary: string) => `Contour lines of the loss over the two weights, w₁ across and w₂ up, from −5 to 5; the minimum is at the centre. ${summary}`,
  axes: 'w₁ runs left to right and w₂ bottom to top, both from −5 to 5. The ring marks the start, + the minimum (loss 0); each contour line is a loss twice the next one inward.',
  table: {
    caption: 'The three runs in numbers',
    optimizer: 'Optimiser',
    reached: `Steps to loss < ${S.target}`,
    final: 'Loss at the end',
    never: 'not reached',
    left: (steps: number) => `left the picture after ${steps} steps`,
  },
} as const;

export const reachedText = (steps: number | undefined): string => (steps === undefined ? SURFACE_STRINGS.table.never : String(steps));

/** One sentence per optimiser: "SGD: 42 steps", "Adam: not within 150 steps (loss 0.11)". */
export function outcomeText(kind: OptimizerKind, steps: number | undefined, finalLoss: number): string {
  const name = SURFACE_STRINGS.names[kind];
  return steps === undefined ? `${name}: not within ${S.steps} steps (loss ${formatSmall(finalLoss)} at the end)` : `${name}: ${steps} steps`;
}

/** The verdict, decided by the runs (`winners`: the fastest, several on a tie, none if nobody got there). */
export function surfaceVerdict(choice: SurfaceChoice, winners: readonly OptimizerKind[], outcomes: string, momentum: number): { correct: boolean; text: string } {
  const right = choice === 'none' ? winners.length === 0 : winners.includes(choice);
  const answer = winners.length === 0 ? 'none of them got there' : `${winners.map((k) => SURFACE_STRINGS.names[k]).join(' and ')} got there first`;
  const facts = `Here ${answer}. ${outcomes}.`;
  if (right) return { correct: true, text: `Right. ${facts}` };
  const why: Record<SurfaceChoice, string> = {
    sgd: 'Steepest downhill is not towards the minimum in a ravine: the gradient points mostly across it, so SGD bounces from wall to wall and creeps along the floor, where the slope is gentle.',
    momentum: `Momentum is not always a win: it adds up past steps, and with μ = ${formatNumber(momentum, 2)} the point can overshoot, swing past the minimum and circle it for a long time; with too small a learning rate it still crawls.`,
    adam: 'Adam is not automatically fastest: it divides each step by the gradient\'s recent size, so every step is about η long in each coordinate, however steep or flat; whether that is fast depends on η and the distance to go.',
    none: 'One of them did get there.',
  };
  return { correct: false, text: `Not this time. ${why[choice]} ${facts}` };
}
