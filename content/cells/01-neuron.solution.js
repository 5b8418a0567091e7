// One neuron: multiply each input by its weight, add the products and the bias, then apply the sigmoid.
// Fill in the body of neuron() and press Run; check.neuron tries it on a few neurons of its own.

function neuron(inputs, weights, bias) {
  let z = bias;
  for (let i = 0; i < inputs.length; i++) z += inputs[i] * weights[i];
  return 1 / (1 + Math.exp(-z));
}

console.log(neuron([1, 0.5], [0.8, -0.4], 0.1));
check.neuron(neuron);
