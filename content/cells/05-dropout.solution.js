// Inverted dropout. While training, set each activation to 0 with probability p (use random(), which gives
// a number in [0, 1)) and divide the ones you keep by 1 − p. At test time (training is false) return the
// activations unchanged.

function dropout(activations, p, training, random) {
  if (!training) return activations;
  return activations.map((a) => (random() < p ? 0 : a / (1 - p)));
}

check.dropout(dropout);

// The experiment: the same network, data, starting weights and steps, trained with your dropout and
// without. It takes a few seconds; the chart shows both runs (dashed: test loss).
const result = await dropoutExperiment(dropout, { p: 0.5 });
console.log('test loss without dropout:', result.without.testLoss.toFixed(3));
console.log('test loss with your dropout:', result.withDropout.testLoss.toFixed(3));
console.log(result.improved ? 'Dropout lowered the test loss.' : 'Dropout did not lower the test loss.');
