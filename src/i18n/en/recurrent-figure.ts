// Chapter 3's figure of feed-forward and recurrent networks (components/RecurrentFigure/).
export const recurrentFigure = {
  caption: 'Feed-forward, recurrent, and recurrent unrolled in time',
  feedForward: 'Feed-forward',
  feedForwardDescription: 'Input x feeds hidden unit h, which feeds output y. Every arrow points forward; nothing returns to an earlier unit.',
  recurrent: 'Recurrent',
  recurrentDescription: 'The same three units, plus a dashed loop from hidden unit h back into itself: what h computed at one time step is an input to h at the next step.',
  next: 'next',
  step: 'step',
  unrolledTitle: 'The recurrent network unrolled in time',
  unrolledDescription: (steps: number, t: string) => `The recurrent network drawn once per time step, for ${steps} steps. At each step t the input x${t} feeds h${t}, which feeds the output y${t}, and h at step t also feeds h at step t+1. The arrows between steps carry the same weights every time. Unrolled like this it is a feed-forward network again: every arrow points forward in time.`,
  sameWeights: 'same W',
  fewer: 'Fewer steps',
  more: 'Unroll one more step',
  partly: (shown: number, max: number) => `The recurrent network unrolled for ${shown} of ${max} time steps. ${shown === 1 ? 'One step alone is an ordinary feed-forward pass: x1 to h1 to y1.' : `Each h feeds the next step's h, through the same weights; ${shown} copies of the network, every arrow pointing forward in time.`}`,
  showing: (shown: number, max: number) => `Showing ${shown} of ${max} time steps.`,
};
