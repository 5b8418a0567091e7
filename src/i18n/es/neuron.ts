import type { Catalogue } from '../catalogue.ts';

export const neuron: Catalogue['neuron'] = {
  caption: 'Pruébalo: una neurona artificial',
  activationNames: { step: 'escalón', sigmoid: 'sigmoide', tanh: 'tanh', relu: 'ReLU', linear: 'lineal (identidad)' },
  activationShort: { step: 'escalón', sigmoid: 'sigmoide', tanh: 'tanh', relu: 'ReLU', linear: 'lineal' },
  formulaIf: 'si',
  fallback: (inputs: string, weights: string, bias: string, products: string, z: string, activation: string, a: string) =>
    `Esta es una neurona interactiva; necesita JavaScript para funcionar. Su ejemplo inicial: entradas ${inputs}, pesos ${weights} y sesgo b = ${bias}. Los productos w·x son ${products}, así que la suma ponderada más el sesgo es z = ${z}, y la función de activación ${activation} da la salida a = ${a}.`,
  and: ' y ',
  activationLabel: 'Función de activación f',
  addInput: 'Añadir una entrada',
  removeInput: 'Quitar la última entrada',
  drawingTitle: 'Dibujo de la neurona',
  tableCaption: 'Lo que calcula la neurona',
  columns: { input: 'entrada', value: 'valor x', weight: 'peso w', product: 'w × x' },
  biasRow: 'sesgo b',
  sumRow: 'suma ponderada z = Σ w × x + b',
  outputRow: 'salida a = f(z)',
  inputLegend: (n: number) => `Entrada ${n}`,
  valueLabel: (sub: string) => `Valor x${sub}`,
  weightLabel: (sub: string) => `Peso w${sub}`,
  weightDescription: (n: number) => `peso de la entrada ${n}`,
  biasLabel: 'Sesgo b',
  summary: (z: string, a: string, activation: string) => `Suma ponderada z = ${z}; salida a = ${a} con la función de activación ${activation}.`,
  weightZero: (n: number) => `el peso ${n} es cero`,
  weightSigned: (n: number, positive: boolean, value: string) => `el peso ${n} es ${positive ? 'positivo' : 'negativo'}, ${value}`,
  drawing: (inputs: number, weights: string, bias: string, z: string, a: string) =>
    `Dibujo de la neurona con ${inputs} entradas: ${weights}. Sesgo ${bias}; suma ponderada z = ${z}; salida a = ${a}.`,
  zAxis: 'z (suma ponderada + sesgo)',
  chartLabel: (activation: string, lo: string, hi: string) => `Gráfica de la función de activación ${activation} de z = ${lo} a ${hi}`,
  chartPoint: (z: string, a: string) => `El punto actual está marcado: z = ${z}, a = ${a}.`,
};
