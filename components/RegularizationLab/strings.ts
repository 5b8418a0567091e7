// The lab's newer sentences (weights view), together for the Spanish edition (issue 13).
export const LAB_STRINGS = {
  without: 'Without',
  with: 'With',
  weightsCaption: 'How big the weights are (biases left out): how many weights have each size |w|, on a log scale from 0 on the left to 10 on the right. L2 moves the whole pile left; L1 piles many weights up near 0.',
  weightsSummary: (meanAbs: string, nearZero: string) => `average size ${meanAbs}; ${nearZero} of the weights are within 0.01 of zero`,
};
