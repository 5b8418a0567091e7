// The gradient-per-layer exploration (components/VanishingGradients/): every word it shows, and its verdict.
import { formatSmall } from '../../ui/small-numbers.ts';
import type { DepthActivation, GradientTrend, InitChoice } from '../../scenarios/vanishing-gradients.ts';

const TREND_WORDS: Record<GradientTrend, string> = { same: 'about the same size', vanishes: 'under a tenth', explodes: 'over ten times as large' };

export const vanishingGradients = {
  title: 'Try it: how big is the gradient that reaches each layer?',
  depth: 'Hidden layers',
  init: 'Initial weights',
  initNames: {
    small: 'small: every weight from N(0, 0.1²)',
    xavier: 'Xavier: σ = √(2 / (inputs + outputs))',
    he: 'He: σ = √(2 / inputs)',
  } satisfies Record<InitChoice, string>,
  initShort: { small: 'small', xavier: 'Xavier', he: 'He' } satisfies Record<InitChoice, string>,
  activationNames: { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU' } satisfies Record<DepthActivation, string>,
  question: (depth: number, init: string) =>
    `Predict first: in the sigmoid network with ${depth} hidden layer${depth === 1 ? '' : 's'} and ${init} initial weights, how does the gradient reaching layer 1 compare with the one at layer ${depth}?`,
  choices: [
    { value: 'same', text: 'About the same size (within a factor of 10)' },
    { value: 'vanishes', text: 'Much smaller: under a tenth' },
    { value: 'explodes', text: 'Much larger: over ten times' },
  ] satisfies { value: GradientTrend; text: string }[],
  measure: 'Measure the gradients',
  reset: 'Reset',
  askFirst: 'Choose a prediction first, then press Measure the gradients.',
  measured: 'Measured on one batch of 64 examples, before any training. Change the settings to measure again.',
  chartLabel: 'gradient size per weight (RMS, log scale)',
  layerAxis: 'layer (1 = nearest the input)',
  outputLayer: 'out',
  chartSummary: (depth: number, init: string, firsts: string) => `Gradient size per layer for ${depth} hidden layers, ${init} initial weights. At layer 1: ${firsts}.`,
  table: { caption: 'Gradient size per weight (root mean square of ∂L/∂w) in each layer', layer: 'Layer', output: 'output' },
  chartsFailed: 'The chart could not be loaded; the table below has every number.',
  /** The verdict, decided by the measured ratio; a wrong answer names the idea that leads to it. */
  intro: (width: number, batch: number) => `A network of ${width} inputs and equal hidden layers of ${width} units, one sigmoid output, freshly initialised: no training yet. On one batch of ${batch} examples the engine computes the gradient of the loss for every weight, and the chart shows its typical size in each layer (the root mean square over the layer's weights). Going backwards, each layer passes on its error signal δ through its weights and its activation's slope:`,
  fallback: (depth: number, sigmoid: string, relu: string) => `With JavaScript on, this widget measures the gradient of each layer. With ${depth} sigmoid hidden layers and Xavier initial weights, layer 1's gradient is ${sigmoid} times the last hidden layer's; with ReLU and He initial weights it is ${relu} times.`,
  verdict(choice: GradientTrend, actual: GradientTrend, ratio: number, depth: number): { correct: boolean; text: string } {
    const facts = `Layer 1's gradient is ${formatSmall(ratio, 'en')} times layer ${depth}'s: ${TREND_WORDS[actual]}.`;
    const why = 'Going back one layer multiplies the gradient by that layer\'s weights and by the slope of its activation; sigmoid\'s slope is never more than 1/4, so in a sigmoid stack those factors shrink it layer after layer.';
    if (choice === actual) return { correct: true, text: `Right. ${facts} ${why}` };
    if (choice === 'same') {
      return { correct: false, text: `Not here. It is tempting to think every layer gets an equal share of the blame, but backpropagation hands it back through a product of factors, one per layer. ${facts} ${why}` };
    }
    if (choice === 'explodes') {
      return { correct: false, text: `Not with these settings: gradients can explode, when the factors are above 1 (large weights), but a sigmoid's slope pulls the other way. ${facts} ${why}` };
    }
    return { correct: false, text: `Not with these settings. ${facts} With one layer, or with these weights, the product of factors stays near 1.` };
  },
};
