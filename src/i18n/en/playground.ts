// The playground (components/Playground/). Only its page-level words so far: its controls, messages and
// charts still write English in their own code (issue 13, not finished).
export const playground = {
  fallback: 'The playground trains a small neural network in this page: you choose a data set of two-dimensional points, the input features, the hidden layers and their activations, the optimiser and its settings, and watch the decision boundary, every neuron\'s picture, the loss curves and the confusion matrix change as it learns. It needs JavaScript; with it switched off, the rest of this chapter still explains each control.',
};
