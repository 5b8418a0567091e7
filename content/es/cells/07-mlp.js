// Un perceptrón multicapa hecho de Values, a la manera del nn.py de micrograd.
// Una neurona guarda un peso por entrada y un sesgo; una capa es una lista de neuronas; un MLP, una lista de capas.

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
  // Copia los pesos del motor: weights[l][i * units + j] va de la entrada i a la neurona j de la capa l.
  load({ weights, biases }) {
    this.layers.forEach((layer, l) => {
      layer.neurons.forEach((neuron, j) => {
        neuron.w.forEach((w, i) => (w.data = weights[l][i * layer.neurons.length + j]));
        neuron.b.data = biases[l][j];
      });
    });
  }
}

// La misma red dos veces: una hecha de Values y otra en el motor, con los pesos iniciales del motor.
const spec = { inputs: 2, layers: [{ units: 8, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy', seed: 1 };
const net = network(spec);
const mlp = new MLP(spec.inputs, spec.layers);
mlp.load(net.parameters());

const moonsData = data('moons', { n: 100, noise: 0.1, seed: 1 });
const learningRate = 0.5;
const epochs = 60;

// Entrena el MLP de Values: descenso del gradiente por lotes completos sobre la entropía cruzada binaria media.
const valueLosses = [];
for (let epoch = 0; epoch < epochs; epoch++) {
  if (epoch % 10 === 0) await pause(); // un trabajo largo hace pausas de vez en cuando, o la celda lo toma por un bucle sin fin
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

// Entrena el motor igual: un solo lote con todos los puntos, descenso del gradiente simple.
const engineLosses = [];
for await (const epoch of train(net, moonsData, { epochs, learningRate, batchSize: moonsData.n, optimizer: 'sgd' })) {
  engineLosses.push(epoch.batchLoss); // la pérdida antes del paso de esta época, como valueLosses
}

const gap = Math.max(...valueLosses.map((v, i) => Math.abs(v - engineLosses[i])));
console.log(`pérdida al principio ${valueLosses[0].toFixed(4)}, después de ${epochs} pasos ${valueLosses[epochs - 1].toFixed(4)}`);
console.log(`mayor diferencia entre las dos curvas de pérdida: ${gap.toExponential(1)}`);
boundary(net, moonsData);
