// The Neuron widget of chapter 1 (components/Neuron/).
import type { NeuronActivation } from '../../../components/Neuron/neuron-math.ts';

const names = { step: 'step', sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU', linear: 'linear (identity)' } satisfies Record<NeuronActivation, string>;

export const neuron = {
  caption: 'Try it: one artificial neuron',
  activationNames: names,
  /** The function's short name on the chart's axis: "sigmoid" in a = sigmoid(z). */
  activationShort: { step: 'step', sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU', linear: 'linear' } satisfies Record<NeuronActivation, string>,
  /** The one word inside the step function's formula: "1 if z ≥ 0". */
  formulaIf: 'if',
  fallback: (inputs: string, weights: string, bias: string, products: string, z: string, activation: string, a: string) =>
    `This is an interactive neuron; it needs JavaScript to run. Its starting example: inputs ${inputs}, weights ${weights} and bias b = ${bias}. The products w·x are ${products}, so the weighted sum plus bias is z = ${z}, and the ${activation} activation gives the output a = ${a}.`,
  and: ' and ',
  activationLabel: 'Activation function f',
  addInput: 'Add an input',
  removeInput: 'Remove the last input',
  drawingTitle: 'Drawing of the neuron',
  tableCaption: 'What the neuron computes',
  columns: { input: 'input', value: 'value x', weight: 'weight w', product: 'w × x' },
  biasRow: 'bias b',
  sumRow: 'weighted sum z = Σ w × x + b',
  outputRow: 'output a = f(z)',
  inputLegend: (n: number) => `Input ${n}`,
  valueLabel: (sub: string) => `Value x${sub}`,
  weightLabel: (sub: string) => `Weight w${sub}`,
  weightDescription: (n: number) => `weight of input ${n}`,
  biasLabel: 'Bias b',
  summary: (z: string, a: string, activation: string) => `Weighted sum z = ${z}; output a = ${a} with the ${activation} activation.`,
  weightZero: (n: number) => `weight ${n} is zero`,
  weightSigned: (n: number, positive: boolean, value: string) => `weight ${n} is ${positive ? 'positive' : 'negative'}, ${value}`,
  drawing: (inputs: number, weights: string, bias: string, z: string, a: string) =>
    `Drawing of the neuron with ${inputs} inputs: ${weights}. Bias ${bias}; weighted sum z = ${z}; output a = ${a}.`,
  zAxis: 'z (weighted sum + bias)',
  chartLabel: (activation: string, lo: string, hi: string) => `Graph of the ${activation} activation function from z = ${lo} to ${hi}`,
  chartPoint: (z: string, a: string) => `The current point is marked: z = ${z}, a = ${a}.`,
};
