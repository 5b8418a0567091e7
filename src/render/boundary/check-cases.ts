// Seeded networks that exercise every path of the boundary renderer: each activation, every feature,
// the deepest playground network, multi-class softmax, class mode, and a single hidden unit.
// Shared by the self-check page (src/pages/lab/boundary-check.astro) and its browser test, which rebuilds
// the same networks in Node and compares the page's pixels with the engine's own evaluation.
import { createReferenceNetwork, createRng, deriveSeed } from '../../engine/index.ts';
import type { Network, NetworkSpec } from '../../engine/types.ts';
import type { DataPoint } from '../points/draw-points.ts';
import type { BoundaryRenderer, createBoundaryRenderer } from './index.ts';
import type { BoundaryView } from './view.ts';

export interface BoundaryCase {
  id: string;
  /** What the picture shows, for the page's caption and the canvas's text alternative. */
  title: string;
  spec: NetworkSpec;
  /** Initial weights are multiplied by this (and biases drawn too), so a fresh network draws a curvy boundary. */
  weightScale: number;
  view: BoundaryView;
}

const E: [number, number, number, number] = [-4, 4, -4, 4];
const hidden = (n: number, units: number, activation: NetworkSpec['layers'][number]['activation']) =>
  Array.from({ length: n }, () => ({ units, activation }));

export const BOUNDARY_CASES: readonly BoundaryCase[] = [
  {
    id: 'tanh-sigmoid',
    title: '2 inputs, 4 tanh units, sigmoid output, shown as a value',
    spec: { inputs: 2, layers: [{ units: 4, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy', seed: 3 },
    weightScale: 2.5,
    view: { extent: E },
  },
  {
    id: 'all-features-relu',
    title: 'All seven features, two ReLU layers of 8, tanh output',
    spec: {
      inputs: 7, layers: [...hidden(2, 8, 'relu'), { units: 1, activation: 'tanh' }], loss: 'mse', seed: 10,
    },
    weightScale: 1.5,
    view: { extent: E, features: ['x1', 'x2', 'x1Squared', 'x2Squared', 'x1x2', 'sinX1', 'sinX2'] },
  },
  {
    id: 'deep-leaky',
    title: 'Six leaky-ReLU layers of 8 (the playground maximum), sigmoid output in class mode',
    spec: { inputs: 3, layers: [...hidden(6, 8, 'leakyRelu'), { units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy', seed: 14, leakySlope: 0.1 },
    weightScale: 1.4,
    view: { extent: E, features: ['x1', 'x2', 'sinX1'], output: 'class' },
  },
  {
    id: 'softmax-4',
    title: 'Four classes: 8 sigmoid units, softmax output, argmax class colours',
    spec: { inputs: 3, layers: [{ units: 8, activation: 'sigmoid' }, { units: 4, activation: 'softmax' }], loss: 'softmaxCrossEntropy', seed: 8 },
    weightScale: 4,
    view: { extent: E, features: ['x1', 'x2', 'x1x2'] },
  },
  {
    id: 'hidden-unit',
    title: 'One hidden unit (layer 2, unit 3) of a sigmoid-tanh network, on x₁² and x₂²',
    spec: {
      inputs: 4,
      layers: [{ units: 5, activation: 'sigmoid' }, { units: 4, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }],
      loss: 'binaryCrossEntropy',
      seed: 16,
    },
    weightScale: 3,
    view: { extent: E, features: ['x1', 'x2', 'x1Squared', 'x2Squared'], unit: { layer: 1, index: 2 } },
  },
  {
    id: 'wide-12',
    title: 'Wider than the playground: two tanh layers of 12 and 3 linear outputs in class mode',
    spec: { inputs: 2, layers: [...hidden(2, 12, 'tanh'), { units: 3, activation: 'linear' }], loss: 'mse', seed: 2 },
    weightScale: 2,
    view: { extent: E, output: 'class', range: [-2, 2] },
  },
  {
    id: 'step-linear',
    title: '3 step units and a linear output, value range −2 to 2',
    spec: { inputs: 2, layers: [{ units: 3, activation: 'step' }, { units: 1, activation: 'linear' }], loss: 'mse', seed: 24 },
    weightScale: 1,
    view: { extent: E, range: [-2, 2] },
  },
];

export function buildCaseNetwork(c: BoundaryCase): Network {
  const network = createReferenceNetwork(c.spec);
  const p = network.getParameters();
  const rng = createRng(deriveSeed(c.spec.seed ?? 1, 99));
  network.setParameters({
    weights: p.weights.map((w) => w.map((v) => v * c.weightScale)),
    biases: p.biases.map((b) => b.map(() => rng.normal())),
  });
  return network;
}

/** What the self-check page puts on `window.nn101BoundaryCheck` for its browser test. */
export interface BoundaryCheckHook {
  cases: readonly BoundaryCase[];
  buildCaseNetwork: typeof buildCaseNetwork;
  createBoundaryRenderer: typeof createBoundaryRenderer;
  /** Per case id: the page's WebGL2 renderer (or its fallback) and the forced 2-D canvas fallback. */
  renderers: Map<string, { gpu: BoundaryRenderer; cpu: BoundaryRenderer }>;
  points: DataPoint[];
  pointsRenderer: BoundaryRenderer;
}
