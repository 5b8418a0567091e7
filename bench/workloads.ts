// The bench's workloads: the same networks, data and batches for every contender.
import { loadMnist } from '../src/engine/data/mnist.ts';
import { createRng } from '../src/engine/rng.ts';

export type Hidden = 'tanh' | 'relu';
export type Output = 'tanh' | 'linear' | 'softmax';

export interface Workload {
  name: string;
  /** 'train': examples per second through train steps; 'grid': 256x256 forward frames per second. */
  kind: 'train' | 'grid';
  sizes: number[];
  hidden: Hidden;
  output: Output;
  /** mse (squared loss) or softmax cross-entropy (when output is softmax). */
  batch: number;
  learningRate: number;
  n: number;
  inputs: Float32Array;
  targets: Float32Array;
  /** For 'grid': pixels per side. */
  gridSize?: number;
}

/** 2-D points in [-6, 6]^2 with XOR-like ±1 labels (speed does not depend on the labels). */
function points(n: number, seed: number): { inputs: Float32Array; targets: Float32Array } {
  const rng = createRng(seed);
  const inputs = new Float32Array(2 * n);
  const targets = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    inputs[2 * i] = 12 * rng.next() - 6;
    inputs[2 * i + 1] = 12 * rng.next() - 6;
    targets[i] = inputs[2 * i]! * inputs[2 * i + 1]! >= 0 ? 1 : -1;
  }
  return { inputs, targets };
}

/** The first n digits of the course's seeded MNIST training split (shuffled, so all classes appear). */
function digits(n: number): { inputs: Float32Array; targets: Float32Array } {
  const { train } = loadMnist(1);
  return { inputs: train.inputs.slice(0, n * 784), targets: train.targets.slice(0, n * 10) };
}

export function workloads(): Workload[] {
  const play = points(500, 7);
  return [
    { name: 'playground', kind: 'train', sizes: [2, 8, 8, 1], hidden: 'tanh', output: 'tanh', batch: 10, learningRate: 0.03, n: 500, ...play },
    { name: 'playground-wide', kind: 'train', sizes: [2, 16, 16, 16, 1], hidden: 'relu', output: 'linear', batch: 32, learningRate: 0.01, n: 500, ...play },
    { name: 'digits', kind: 'train', sizes: [784, 128, 10], hidden: 'relu', output: 'softmax', batch: 64, learningRate: 0.05, n: 2048, ...digits(2048) },
    { name: 'grid', kind: 'grid', sizes: [2, 8, 8, 1], hidden: 'tanh', output: 'tanh', batch: 0, learningRate: 0, n: 0, inputs: new Float32Array(), targets: new Float32Array(), gridSize: 256 },
  ];
}

/** Pixel-centre inputs of a size x size grid over [-6, 6]^2, row-major, row 0 at the top. */
export function gridPoints(size: number): Float32Array {
  const out = new Float32Array(2 * size * size);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      out[2 * (r * size + c)] = -6 + ((c + 0.5) * 12) / size;
      out[2 * (r * size + c) + 1] = 6 - ((r + 0.5) * 12) / size;
    }
  }
  return out;
}
