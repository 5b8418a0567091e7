// Abandono (dropout) invertido. Durante el entrenamiento, pon cada activación a 0 con probabilidad p (usa
// random(), que da un número en [0, 1)) y divide por 1 − p las que conserves. En la prueba (training es
// false) devuelve las activaciones sin cambios.

function dropout(activations, p, training, random) {
  if (!training) return activations;
  return activations.map((a) => (random() < p ? 0 : a / (1 - p)));
}

check.dropout(dropout);

// El experimento: la misma red, datos, pesos iniciales y pasos, entrenada con tu abandono y sin él.
// Tarda unos segundos; la gráfica muestra las dos ejecuciones (discontinua: pérdida de prueba).
const result = await dropoutExperiment(dropout, { p: 0.5 });
console.log('pérdida de prueba sin abandono:', result.without.testLoss.toFixed(3));
console.log('pérdida de prueba con tu abandono:', result.withDropout.testLoss.toFixed(3));
console.log(result.improved ? 'El abandono bajó la pérdida de prueba.' : 'El abandono no bajó la pérdida de prueba.');
