// One neuron: multiply each input by its weight, add the products and the bias, then apply the sigmoid.
// Fill in the body of neuron() and press Run; check.neuron tries it on a few neurons of its own.

function neuron(inputs, weights, bias) {
  // your code here
  return 0;
}

console.log(neuron([1, 0.5], [0.8, -0.4], 0.1));
check.neuron(neuron);
