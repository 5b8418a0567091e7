// How many numbers does training have to find? Count the weights and biases of any network spec:
// spec.inputs numbers come in, and spec.layers lists each layer's number of units.

function countParameters(spec) {
  let count = 0;
  let previous = spec.inputs;
  for (const layer of spec.layers) {
    count += previous * layer.units + layer.units;
    previous = layer.units;
  }
  return count;
}

const spec = { inputs: 784, layers: [{ units: 32, activation: 'relu' }, { units: 10, activation: 'softmax' }] };
console.log('you count', countParameters(spec));
check.parameterCount(countParameters);
// Once it passes, compare with the engine's own count:
// console.log(network(spec));
