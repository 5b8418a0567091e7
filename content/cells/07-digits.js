// The engine on handwritten digits: 784 pixels in, one hidden layer, ten outputs (one per digit).
// The digits are MNIST's (LeCun, Cortes and Burges), loaded from this site the first time a cell asks.

const { train: trainDigits, test: testDigits } = await digits();
console.log(trainDigits);

const net = network({
  inputs: 784,
  layers: [{ units: 32, activation: 'relu' }, { units: 10, activation: 'softmax' }],
  seed: 1,
});
console.log(net);

for await (const epoch of train(net, trainDigits, { epochs: 8, learningRate: 0.002, batchSize: 20, optimizer: 'adam', validation: testDigits })) {
  console.log(`epoch ${epoch.epoch + 1}: test accuracy ${(100 * epoch.validationAccuracy).toFixed(1)}%`);
}

// Which digits does it get wrong? Show the first few.
const outputs = net.forward(testDigits.inputs);
const guess = (row) => row.indexOf(Math.max(...row));
const wrong = testDigits.labels.map((label, k) => ({ label, guess: guess(outputs[k]) })).filter((r) => r.label !== r.guess);
console.log(`${wrong.length} of ${testDigits.n} test digits wrong, for example:`, wrong.slice(0, 5));
