// Gradient descent by hand. step() gets the parameters (Values), the loss (a Value computed from them)
// and the learning rate. It should: set every parameter's grad back to 0, run loss.backward(), then move
// each parameter's data a small step against its gradient.

function step(params, loss, learningRate) {
  for (const p of params) p.grad = 0;
  loss.backward();
  for (const p of params) p.data -= learningRate * p.grad;
}

check.descentStep(step);

// Then use it: a tiny network, 2 inputs → 2 tanh units → 1 tanh output, learns XOR.
const rand = random(3);
const param = () => new Value(rand() * 2 - 1);
const hidden = [0, 1].map(() => ({ w: [param(), param()], b: param() }));
const out = { w: [param(), param()], b: param() };
const params = [...hidden.flatMap((u) => [...u.w, u.b]), ...out.w, out.b];
const unit = (u, inputs) => inputs.reduce((z, x, i) => z.add(u.w[i].mul(x)), u.b).tanh();
const predict = (x) => unit(out, hidden.map((u) => unit(u, x)));
const examples = [[[0, 0], -1], [[0, 1], 1], [[1, 0], 1], [[1, 1], -1]];

for (let epoch = 0; epoch <= 300; epoch++) {
  let loss = new Value(0);
  for (const [x, target] of examples) loss = loss.add(predict(x).sub(target).pow(2));
  loss = loss.div(examples.length);
  if (epoch % 50 === 0) {
    console.log(`epoch ${epoch}: loss ${loss.data.toFixed(4)}`);
    await pause(); // let the page show the output so far
  }
  step(params, loss, 0.2);
}
for (const [x, target] of examples) console.log(x, '→', predict(x).data.toFixed(2), `(target ${target})`);
