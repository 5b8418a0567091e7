// The optimisers on a loss surface (components/OptimizerSurface/): every word it shows, and its verdict.
import { formatNumber } from '../../ui/format.ts';
import { formatSmall } from '../../ui/small-numbers.ts';
import { OPTIMIZER_SURFACE as S, type OptimizerKind } from '../../scenarios/optimizer-surface.ts';

type SurfaceChoice = OptimizerKind | 'none';
const names = { sgd: 'SGD', momentum: 'momentum', adam: 'Adam' } satisfies Record<OptimizerKind, string>;

export const optimizerSurface = {
  title: 'Try it: three optimisers in a ravine',
  learningRate: 'Learning rate η',
  momentum: 'Momentum μ (for the momentum optimiser)',
  names,
  endsAt: (name: string, glyph: string) => `${name} (ends at ${glyph})`,
  question: `Predict first: at the settings above, which optimiser gets the loss below ${S.target} first (within ${S.steps} steps)?`,
  choices: [
    { value: 'sgd', text: 'SGD: it always steps straight downhill' },
    { value: 'momentum', text: 'Momentum' },
    { value: 'adam', text: 'Adam: it adapts, so it is always fastest' },
    { value: 'none', text: `None of them within ${S.steps} steps` },
  ] satisfies { value: SurfaceChoice; text: string }[],
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
  intro: (ratio: string, steps: number) => `A loss of just two weights, w₁ and w₂, shaped like a long narrow valley (a ravine): its walls curve ${ratio} times more sharply across than its floor does along. Each optimiser starts at the same point and takes ${steps} steps with the rules the course's networks train with, where g is the gradient (β₁ = 0.9, β₂ = 0.999, m̂ and ŝ corrected for their start at 0):`,
  fallback: (rate: string, momentum: string, target: string, outcomes: string) => `With JavaScript on, this widget draws the three paths over the loss's contour lines. At learning rate ${rate} and momentum ${momentum}, the steps needed to get the loss below ${target}: ${outcomes}.`,
  reachedText: (steps: number | undefined): string => (steps === undefined ? 'not reached' : String(steps)),
  /** One sentence per optimiser: "SGD: 42 steps", "Adam: not within 150 steps (loss 0.11)". */
  outcomeText: (kind: OptimizerKind, steps: number | undefined, finalLoss: number): string =>
    steps === undefined ? `${names[kind]}: not within ${S.steps} steps (loss ${formatSmall(finalLoss, 'en')} at the end)` : `${names[kind]}: ${steps} steps`,
  /** The verdict, decided by the runs (`winners`: the fastest, several on a tie, none if nobody got there). */
  verdict(choice: SurfaceChoice, winners: readonly OptimizerKind[], outcomes: string, momentum: number): { correct: boolean; text: string } {
    const right = choice === 'none' ? winners.length === 0 : winners.includes(choice);
    const answer = winners.length === 0 ? 'none of them got there' : `${winners.map((k) => names[k]).join(' and ')} got there first`;
    const facts = `Here ${answer}. ${outcomes}.`;
    if (right) return { correct: true, text: `Right. ${facts}` };
    const why: Record<SurfaceChoice, string> = {
      sgd: 'Steepest downhill is not towards the minimum in a ravine: the gradient points mostly across it, so SGD bounces from wall to wall and creeps along the floor, where the slope is gentle.',
      momentum: `Momentum is not always a win: it adds up past steps, and with μ = ${formatNumber(momentum, 2, undefined, 'en')} the point can overshoot, swing past the minimum and circle it for a long time; with too small a learning rate it still crawls.`,
      adam: 'Adam is not automatically fastest: it divides each step by the gradient\'s recent size, so every step is about η long in each coordinate, however steep or flat; whether that is fast depends on η and the distance to go.',
      none: 'One of them did get there.',
    };
    return { correct: false, text: `Not this time. ${why[choice]} ${facts}` };
  },
};
