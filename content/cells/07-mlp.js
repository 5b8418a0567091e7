// A multilayer perceptron built from Values, in the manner of micrograd's nn.py.
// A neuron holds one weight per input and a bias; a layer is a list of neurons; an MLP is a list of layers.

class Neuron {
  constructor(inputs, activation) {
    this.w = Array.from({ length: inputs }, () => new Value(0));
    this.b = new Value(0);
    this.activation = activation;
  }
  call(x) {
    const z = x.reduce((sum, xi, i) => sum.add(this.w[i].mul(xi)), this.b);
    return this.activation === 'tanh' ? z.tanh() : z.sigmoid();
  }
  parameters() {
    return [...this.w, this.b];
  }
}

class Layer {
  constructor(inputs, units, activation) {
    this.neurons = Array.from({ length: units }, () => new Neuron(inputs, activation));
  }
  call(x) {
    return this.neurons.map((n) => n.call(x));
  }
  parameters() {
    return this.neurons.flatMap((n) => n.parameters());
  }
}

class MLP {
  constructor(inputs, layers) {
    const sizes = [inputs, ...layers.map((l) => l.units)];
    this.layers = layers.map((l, i) => new Layer(sizes[i], l.units, l.activation));
  }
  call(x) {
    return this.layers.reduce((a, layer) => layer.call(a), x);
  }
  parameters() {
    return this.layers.flatMap((l) => l.parameters());
  }
  // Copy the engine's weights in: weights[l][i * units + j] goes from input i to neuron j of layer l.
  load({ weights, biases }) {
    this.layers.forEach((layer, l) => {
      layer.neurons.forEach((neuron, j) => {
        neuron.w.forEach((w, i) => (w.data = weights[l][i * layer.neurons.length + j]));
        neuron.b.data = biases[l][j];
      });
    });
  }
}

// The same network twice: once from Values, once in the engine, with the engine's starting weights.
const spec = { inputs: 2, layers: [{ units: 8, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy', seed: 1 };
const net = network(spec);
const mlp = new MLP(spec.inputs, spec.layers);
mlp.load(net.parameters());

const moonsData = data('moons', { n: 100, noise: 0.1, seed: 1 });
const learningRate = 0.5;
const epochs = 60;

// Train the Value MLP: full-batch gradient descent on the mean binary cross-entropy.
const valueLosses = [];
for (let epoch = 0; epoch < epochs; epoch++) {
  if (epoch % 10 === 0) await pause(); // long work pauses now and then, or the cell takes it for a runaway loop
  let total = new Value(0);
  moonsData.inputs.forEach((x, k) => {
    const a = mlp.call(x)[0];
    const t = moonsData.targets[k][0];
    total = total.sub(t === 1 ? a.log() : a.neg().add(1).log()); // −[t log a + (1 − t) log(1 − a)]
  });
  const loss = total.div(moonsData.n);
  valueLosses.push(loss.data);
  for (const p of mlp.parameters()) p.grad = 0;
  loss.backward();
  for (const p of mlp.parameters()) p.data -= learningRate * p.grad;
}

// Train the engine the same way: one batch of all the points, plain gradient descent.
const engineLosses = [];
for await (const epoch of train(net, moonsData, { epochs, learningRate, batchSize: moonsData.n, optimizer: 'sgd' })) {
  engineLosses.push(epoch.batchLoss); // the loss before this epoch's step, like valueLosses
}

const gap = Math.max(...valueLosses.map((v, i) => Math.abs(v - engineLosses[i])));
console.log(`loss at the start ${valueLosses[0].toFixed(4)}, after ${epochs} steps ${valueLosses[epochs - 1].toFixed(4)}`);
console.log(`largest difference between the two loss curves: ${gap.toExponential(1)}`);
boundary(net, moonsData);
