// A Value remembers how it was made. new Value(result, [x], [d]) makes a Value computed from x whose
// local derivative d(result)/dx is d; backward() then applies the chain rule for you.
// Give sigmoid and tanh their local derivatives, written with the output s (or t) you already have.

function sigmoid(x) {
  const s = 1 / (1 + Math.exp(-x.data));
  return new Value(s, [x], [s * (1 - s)]);
}

function tanh(x) {
  const t = Math.tanh(x.data);
  return new Value(t, [x], [1 - t * t]);
}

// check.grad compares your derivative with the slope it measures by nudging x a tiny bit each way.
check.grad(sigmoid, 0.8);
check.grad(tanh, -0.4);
// It works through whole expressions too:
check.grad((a, b) => tanh(a.mul(b)).add(sigmoid(a)), [0.3, -1.5]);
// And the exercise checks try several points and name a likely mistake:
check.sigmoid(sigmoid);
check.tanh(tanh);
