// Una neurona: multiplica cada entrada por su peso, suma los productos y el sesgo, y aplica la sigmoide.
// Completa el cuerpo de neuron() y pulsa Ejecutar; check.neuron la prueba con unas cuantas neuronas propias.

function neuron(inputs, weights, bias) {
  let z = bias;
  for (let i = 0; i < inputs.length; i++) z += inputs[i] * weights[i];
  return 1 / (1 + Math.exp(-z));
}

console.log(neuron([1, 0.5], [0.8, -0.4], 0.1));
check.neuron(neuron);
