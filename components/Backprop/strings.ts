// The Backprop widget's newer sentences, together for the Spanish edition (issue 13).
export const BACKPROP_STRINGS = {
  learningRate: 'Learning rate η',
  learningRateHint: 'used by the next update',
  target: 'Target t',
  targetHint: 'the output the example should give; changing it starts a new loss history from the current weights',
};
