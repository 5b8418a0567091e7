// Descenso del gradiente a mano. step() recibe los parámetros (Values), la pérdida (un Value calculado a
// partir de ellos) y la tasa de aprendizaje. Debe: volver a poner a 0 el grad de cada parámetro, ejecutar
// loss.backward() y mover el data de cada parámetro un pequeño paso en contra de su gradiente.

function step(params, loss, learningRate) {
  for (const p of params) p.grad = 0;
  loss.backward();
  for (const p of params) p.data -= learningRate * p.grad;
}

check.descentStep(step);

// Después, úsalo: una red diminuta, 2 entradas → 2 unidades tanh → 1 salida tanh, aprende XOR.
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
    console.log(`época ${epoch}: pérdida ${loss.data.toFixed(4)}`);
    await pause(); // deja que la página muestre la salida hasta ahora
  }
  step(params, loss, 0.2);
}
for (const [x, target] of examples) console.log(x, '→', predict(x).data.toFixed(2), `(objetivo ${target})`);
