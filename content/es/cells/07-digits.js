// El motor con dígitos manuscritos: entran 784 píxeles, una capa oculta, diez salidas (una por dígito).
// Los dígitos son de MNIST (LeCun, Cortes y Burges) y se cargan de este sitio la primera vez que los pide una celda.

const { train: trainDigits, test: testDigits } = await digits();
console.log(trainDigits);

const net = network({
  inputs: 784,
  layers: [{ units: 32, activation: 'relu' }, { units: 10, activation: 'softmax' }],
  seed: 1,
});
console.log(net);

for await (const epoch of train(net, trainDigits, { epochs: 8, learningRate: 0.002, batchSize: 20, optimizer: 'adam', validation: testDigits })) {
  console.log(`época ${epoch.epoch + 1}: exactitud en la prueba ${(100 * epoch.validationAccuracy).toFixed(1)} %`);
}

// ¿En qué dígitos se equivoca? Muestra los primeros.
const outputs = net.forward(testDigits.inputs);
const guess = (row) => row.indexOf(Math.max(...row));
const wrong = testDigits.labels.map((label, k) => ({ label, guess: guess(outputs[k]) })).filter((r) => r.label !== r.guess);
console.log(`${wrong.length} de ${testDigits.n} dígitos de prueba mal, por ejemplo:`, wrong.slice(0, 5));
