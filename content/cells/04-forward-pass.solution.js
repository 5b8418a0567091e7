// The forward pass of a network with one hidden layer: tanh on the hidden layer, the sigmoid on the output.
// W1[i][j] is the weight from input i to hidden unit j (the chapter's w_ij), b1[j] that unit's bias;
// W2[j][k] and b2[k] do the same from the hidden layer to the outputs. Return the array of outputs.

function forward(x, W1, b1, W2, b2) {
  const layer = (a, W, b, f) => b.map((bj, j) => f(a.reduce((z, ai, i) => z + ai * W[i][j], bj)));
  const h = layer(x, W1, b1, Math.tanh);
  return layer(h, W2, b2, (z) => 1 / (1 + Math.exp(-z)));
}

console.log(forward([1, -2], [[0.5, -0.3], [0.2, 0.7]], [0.1, -0.2], [[0.9], [-1.1]], [0.2]));
check.forwardPass(forward);
