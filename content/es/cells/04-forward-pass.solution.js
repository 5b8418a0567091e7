// La pasada hacia delante de una red con una capa oculta: tanh en la capa oculta, la sigmoide en la salida.
// W1[i][j] es el peso de la entrada i a la unidad oculta j (el w_ij del capítulo), b1[j] el sesgo de esa
// unidad; W2[j][k] y b2[k] hacen lo mismo de la capa oculta a las salidas. Devuelve la lista de salidas.

function forward(x, W1, b1, W2, b2) {
  const layer = (a, W, b, f) => b.map((bj, j) => f(a.reduce((z, ai, i) => z + ai * W[i][j], bj)));
  const h = layer(x, W1, b1, Math.tanh);
  return layer(h, W2, b2, (z) => 1 / (1 + Math.exp(-z)));
}

console.log(forward([1, -2], [[0.5, -0.3], [0.2, 0.7]], [0.1, -0.2], [[0.9], [-1.1]], [0.2]));
check.forwardPass(forward);
