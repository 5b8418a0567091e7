// From the playground's state to what the engine needs: the network spec, the training config, how a
// point's label becomes a target row, and how an output row becomes a class or a colour value.
// Pure functions; the output layer follows from the problem and the loss:
//   two classes, cross-entropy → 1 sigmoid unit, targets 0/1
//   two classes, squared error → 1 tanh unit, targets −1/+1 (as TensorFlow Playground does)
//   k classes, cross-entropy   → k softmax units, one-hot targets
//   k classes, squared error   → k sigmoid units, one-hot targets (softmax is tied to cross-entropy)
//   regression                 → 1 linear unit, squared error, targets in [−1, 1]
import type { LayerSpec, NetworkSpec, TrainConfig } from '../../src/engine/types.ts';
import { classCount, layerActivation, layerDropout, type PlaygroundState } from '../../src/state/playground-state.ts';

export function networkSpec(s: PlaygroundState): NetworkSpec {
  const hidden: LayerSpec[] = s.layers.map((units, i) => {
    const dropout = layerDropout(s, i);
    return dropout > 0 ? { units, activation: layerActivation(s, i), dropout } : { units, activation: layerActivation(s, i) };
  });
  const k = classCount(s);
  let output: LayerSpec;
  let loss: NetworkSpec['loss'];
  if (k === 0) [output, loss] = [{ units: 1, activation: 'linear' }, 'mse'];
  else if (k === 2) [output, loss] = s.loss === 'xent' ? [{ units: 1, activation: 'sigmoid' }, 'binaryCrossEntropy'] : [{ units: 1, activation: 'tanh' }, 'mse'];
  else [output, loss] = s.loss === 'xent' ? [{ units: k, activation: 'softmax' }, 'softmaxCrossEntropy'] : [{ units: k, activation: 'sigmoid' }, 'mse'];
  const spec: NetworkSpec = { inputs: s.features.length, layers: [...hidden, output], loss, seed: s.seed };
  if (s.init !== 'auto') spec.init = s.init;
  return spec;
}

export function trainConfig(s: PlaygroundState, learningRate = s.lr): TrainConfig {
  const schedule: TrainConfig['schedule'] =
    s.sched === 'step' ? { kind: 'step', every: s.every, factor: s.decay }
      : s.sched === 'exponential' ? { kind: 'exponential', rate: s.decay }
        : s.sched === 'cosine' ? { kind: 'cosine', epochs: s.every }
          : { kind: 'constant' };
  const optimizer: TrainConfig['optimizer'] =
    s.opt === 'momentum' ? { kind: 'momentum', momentum: s.momentum } : { kind: s.opt };
  return {
    learningRate,
    optimizer,
    schedule,
    batchSize: s.batch,
    l1: s.reg === 'l1' ? s.regRate : 0,
    l2: s.reg === 'l2' ? s.regRate : 0,
    seed: s.seed,
  };
}

/** Width of a target row. */
export function targetSize(s: PlaygroundState): number {
  const k = classCount(s);
  return k > 2 ? k : 1;
}

/** Writes the target row for a label (class index, or regression value) at `out[offset..]`. */
export function encodeTarget(s: PlaygroundState, label: number, out: Float32Array, offset: number): void {
  const k = classCount(s);
  if (k === 0) out[offset] = label;
  else if (k === 2) out[offset] = s.loss === 'xent' ? label : label === 1 ? 1 : -1;
  else for (let c = 0; c < k; c++) out[offset + c] = c === label ? 1 : 0;
}

/** The class an output row predicts (index into `row` at `offset`), for k ≥ 2 classes. */
export function predictedClass(s: PlaygroundState, row: ArrayLike<number>, offset = 0): number {
  const k = classCount(s);
  if (k === 2) return row[offset]! >= (s.loss === 'xent' ? 0.5 : 0) ? 1 : 0;
  let best = 0;
  for (let c = 1; c < k; c++) if (row[offset + c]! > row[offset + best]!) best = c;
  return best;
}

/**
 * One output unit's value mapped onto [−1, 1] for the diverging colour scale: a sigmoid output p
 * becomes 2p − 1 (class 0 ↔ −1, class 1 ↔ +1); tanh and regression outputs are already on that scale.
 */
export function outputToSigned(s: PlaygroundState, value: number): number {
  const k = classCount(s);
  return k === 2 && s.loss === 'xent' ? 2 * value - 1 : value;
}
