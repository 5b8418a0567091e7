// ¿Cuántos números tiene que encontrar el entrenamiento? Cuenta los pesos y sesgos de cualquier red:
// entran spec.inputs números, y spec.layers da el número de unidades (units) de cada capa.

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
console.log('tu cuenta:', countParameters(spec));
check.parameterCount(countParameters);
// Cuando la pase, compárala con la cuenta del propio motor:
// console.log(network(spec));
