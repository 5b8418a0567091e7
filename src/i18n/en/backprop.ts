// The Backprop widget (components/Backprop/): the words its script writes.
export const backprop = {
  learningRate: 'Learning rate η',
  learningRateHint: 'used by the next update',
  target: 'Target t',
  targetHint: 'the output the example should give; changing it starts a new loss history from the current weights',
};
