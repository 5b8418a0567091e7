// Un Value recuerda cómo se hizo. new Value(resultado, [x], [d]) crea un Value calculado a partir de x cuya
// derivada local d(resultado)/dx es d; después backward() aplica por ti la regla de la cadena.
// Da a sigmoid y a tanh sus derivadas locales, escritas con la salida s (o t) que ya tienes.

function sigmoid(x) {
  const s = 1 / (1 + Math.exp(-x.data));
  return new Value(s, [x], [s * (1 - s)]);
}

function tanh(x) {
  const t = Math.tanh(x.data);
  return new Value(t, [x], [1 - t * t]);
}

// check.grad compara tu derivada con la pendiente que mide empujando x un poquito hacia cada lado.
check.grad(sigmoid, 0.8);
check.grad(tanh, -0.4);
// También funciona con expresiones enteras:
check.grad((a, b) => tanh(a.mul(b)).add(sigmoid(a)), [0.3, -1.5]);
// Y las comprobaciones del ejercicio prueban varios puntos y nombran un error probable:
check.sigmoid(sigmoid);
check.tanh(tanh);
