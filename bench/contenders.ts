// Every contender behind one small interface: a train step on a gathered batch, or one grid frame.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { NetworkSpec, TrainConfig } from '../src/engine/types.ts';
import { loadWasmEngine } from '../src/engine/wasm/index.ts';
import { NaiveMLP } from './peers/naive.ts';
import { gridPoints, type Workload } from './workloads.ts';

const require = createRequire(import.meta.url);

export interface Runner {
  /** One optimiser step on n examples (rows `indices` of the workload, already gathered). */
  train(inputs: Float32Array, targets: Float32Array, n: number, indices: Int32Array): void;
  /** One full forward pass over the workload's grid. */
  frame(): void;
}

export interface Contender {
  name: string;
  setup(w: Workload): Promise<Runner>;
}

const naiveActs = (w: Workload) => [...w.sizes.slice(1, -1).map(() => w.hidden), w.output];

export const nn101: Contender = {
  name: 'nn101',
  async setup(w) {
    const engine = await loadWasmEngine();
    const spec: NetworkSpec = {
      inputs: w.sizes[0]!,
      layers: w.sizes.slice(1).map((units, l) => ({ units, activation: l === w.sizes.length - 2 ? w.output : w.hidden })),
      loss: w.output === 'softmax' ? 'softmaxCrossEntropy' : 'mse',
    };
    const net = engine.createNetwork(spec);
    const config: TrainConfig = { learningRate: w.learningRate || 0.01 };
    const size = w.gridSize ?? 0;
    return {
      train: (inputs, targets, n) => void net.trainStep(inputs, targets, n, config),
      frame: () => void net.evaluateGrid({ size, extent: [-6, 6, -6, 6] }),
    };
  },
};

export const naive: Contender = {
  name: 'naive-ts',
  async setup(w) {
    const net = new NaiveMLP(w.sizes, naiveActs(w));
    const size = w.gridSize ?? 0;
    const grid = gridPoints(size);
    const out = new Float32Array(size * size);
    return {
      train: (inputs, targets, n) => net.trainStep(inputs, targets, n, w.learningRate),
      frame: () => {
        for (let p = 0; p < size * size; p++) out[p] = net.forward(grid, 2 * p)[0]!;
      },
    };
  },
};

export const convnet: Contender = {
  name: 'convnetjs',
  async setup(w) {
    const convnetjs = require('convnetjs');
    const d = w.sizes[0]!;
    const k = w.sizes.at(-1)!;
    const defs: object[] = [{ type: 'input', out_sx: 1, out_sy: 1, out_depth: d }];
    for (const units of w.sizes.slice(1, -1)) defs.push({ type: 'fc', num_neurons: units, activation: w.hidden });
    if (w.output === 'softmax') defs.push({ type: 'softmax', num_classes: k });
    else {
      if (w.output === 'tanh') defs.push({ type: 'fc', num_neurons: k, activation: 'tanh' });
      defs.push({ type: 'regression', num_neurons: k });
    }
    const net = new convnetjs.Net();
    net.makeLayers(defs);
    const trainer = new convnetjs.Trainer(net, { method: 'sgd', learning_rate: w.learningRate, batch_size: w.batch, l2_decay: 0, momentum: 0 });
    // ConvNetJS trains on its own Vol objects: make them once, as its demos do.
    const vols = Array.from({ length: w.n }, (_, e) => {
      const v = new convnetjs.Vol(1, 1, d, 0);
      for (let i = 0; i < d; i++) v.w[i] = w.inputs[e * d + i]!;
      return v;
    });
    const labels = Array.from({ length: w.n }, (_, e) => {
      const t = Array.from(w.targets.subarray(e * k, (e + 1) * k));
      return w.output === 'softmax' ? t.indexOf(1) : t;
    });
    const size = w.gridSize ?? 0;
    const grid = gridPoints(size);
    const point = new convnetjs.Vol(1, 1, 2, 0);
    return {
      train: (_inputs, _targets, n, indices) => {
        for (let b = 0; b < n; b++) trainer.train(vols[indices[b]!], labels[indices[b]!]);
      },
      frame: () => {
        for (let p = 0; p < size * size; p++) {
          point.w[0] = grid[2 * p]!;
          point.w[1] = grid[2 * p + 1]!;
          net.forward(point);
        }
      },
    };
  },
};

// TensorFlow.js lives in bench/node_modules, installed on first use (scripts/bench-deps.mjs), so the
// course's type check cannot see its types: this is the little of its API the bench calls.
interface Tensor { dataSync(): unknown; }
interface TF {
  setBackend(name: string): Promise<boolean>;
  getBackend(): string;
  sequential(): { add(layer: unknown): void; apply(x: Tensor): Tensor; predict(x: Tensor): Tensor };
  layers: { dense(config: object): unknown };
  train: { sgd(lr: number): { minimize(loss: () => Tensor): void } };
  tensor2d(values: Float32Array, shape: [number, number]): Tensor;
  tidy(fn: () => unknown): void;
  losses: { softmaxCrossEntropy(labels: Tensor, logits: Tensor): Tensor; meanSquaredError(labels: Tensor, predictions: Tensor): Tensor };
}
// Names held in variables so the type check does not look for the packages.
const TFJS = '@tensorflow/tfjs';
const TFJS_WASM = '@tensorflow/tfjs-backend-wasm';
let tfPromise: Promise<TF> | undefined;
async function loadTf(): Promise<TF> {
  tfPromise ??= (async () => {
    const tf = (await import(TFJS)) as TF;
    const wasm = (await import(TFJS_WASM)) as { setWasmPaths(prefix: string): void };
    // the wasm backend's .wasm files, straight from node_modules
    wasm.setWasmPaths(`${dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm'))}/`);
    return tf;
  })();
  return tfPromise;
}

function tfContender(backend: 'cpu' | 'wasm'): Contender {
  return {
    name: `tfjs-${backend}`,
    async setup(w) {
      const tf = await loadTf();
      await tf.setBackend(backend);
      const d = w.sizes[0]!;
      const k = w.sizes.at(-1)!;
      const model = tf.sequential();
      w.sizes.slice(1).forEach((units, l) => {
        const last = l === w.sizes.length - 2;
        const activation = last ? (w.output === 'softmax' ? 'linear' : w.output) : w.hidden;
        model.add(tf.layers.dense({ units, activation, ...(l === 0 ? { inputShape: [d] } : {}) }));
      });
      const optimizer = tf.train.sgd(w.learningRate || 0.01);
      const size = w.gridSize ?? 0;
      const grid = size ? tf.tensor2d(gridPoints(size), [size * size, 2]) : undefined;
      const activate = async () => {
        if (tf.getBackend() !== backend) await tf.setBackend(backend);
      };
      await activate();
      return {
        train: (inputs, targets, n) => {
          tf.tidy(() => {
            const xs = tf.tensor2d(inputs.subarray(0, n * d), [n, d]);
            const ys = tf.tensor2d(targets.subarray(0, n * k), [n, k]);
            optimizer.minimize(() => {
              const out = model.apply(xs);
              return (w.output === 'softmax' ? tf.losses.softmaxCrossEntropy(ys, out) : tf.losses.meanSquaredError(ys, out));
            });
          });
        },
        frame: () => {
          tf.tidy(() => model.predict(grid!).dataSync());
        },
        activate,
      } as Runner & { activate(): Promise<void> };
    },
  };
}

export const tfjsCpu = tfContender('cpu');
export const tfjsWasm = tfContender('wasm');
export const CONTENDERS: Contender[] = [nn101, naive, convnet, tfjsCpu, tfjsWasm];
