// The state behind TeachIt, without any DOM: the examples the reader has labelled, the network, and a
// training loop that can be run in small slices (a few mini-batch steps at a time) so the page never
// blocks. A correction ("this prediction is wrong, it is class c") is nothing special to the network: it
// becomes one more labelled example, and gradient descent lowers the loss on it with the others.
import { createReferenceNetwork } from '../../src/engine/reference/network.ts';
import { createRng, deriveSeed, type Rng } from '../../src/engine/rng.ts';
import type { Network, NetworkSpec, TrainConfig } from '../../src/engine/types.ts';

/** A labelled example on the plane; x and y in [-1, 1], label in 0..classes-1. */
export interface LabelledPoint { x: number; y: number; label: number; corrected?: boolean }

export interface TeachOptions {
  classes: number;
  seed?: number;
  learningRate?: number;
  batchSize?: number;
}

export const EXTENT = 1;
export const HIDDEN_UNITS = [8, 8];

export function teachSpec(classes: number, seed: number): NetworkSpec {
  return {
    inputs: 2,
    layers: [...HIDDEN_UNITS.map((units) => ({ units, activation: 'tanh' as const })), { units: classes, activation: 'softmax' }],
    loss: 'softmaxCrossEntropy',
    seed,
  };
}

export type StepResult = { status: 'ok' } | { status: 'empty' } | { status: 'diverged'; reason: string };

export class TeachModel {
  readonly classes: number;
  points: LabelledPoint[] = [];
  network: Network;
  /** Completed passes over all the examples since the network was (re)initialised. */
  epoch = 0;
  /** Mean training loss of each completed epoch (over the batches it ran), for the loss chart. */
  lossHistory: number[] = [];
  learningRate: number;
  readonly batchSize: number;
  private seed: number;
  private shuffleRng: Rng;
  private order: number[] = [];
  private cursor = 0;
  private epochLossSum = 0;
  private epochExamples = 0;

  constructor(o: TeachOptions) {
    this.classes = o.classes;
    this.seed = o.seed ?? 1;
    this.learningRate = o.learningRate ?? 0.03;
    this.batchSize = o.batchSize ?? 8;
    this.network = createReferenceNetwork(teachSpec(this.classes, this.seed));
    this.shuffleRng = createRng(deriveSeed(this.seed, 1));
  }

  /** New random starting weights (the next seed), same examples. */
  resetNetwork(): void {
    this.seed = (this.seed + 1) >>> 0;
    this.network = createReferenceNetwork(teachSpec(this.classes, this.seed));
    this.shuffleRng = createRng(deriveSeed(this.seed, 1));
    this.epoch = 0;
    this.lossHistory = [];
    this.startEpoch();
  }

  addPoint(p: LabelledPoint): void {
    if (!(p.label >= 0 && p.label < this.classes)) throw new Error(`label must be 0 to ${this.classes - 1}, got ${p.label}`);
    this.points.push({ ...p, x: clamp(p.x), y: clamp(p.y) });
    // A new example joins from the next epoch on; the current epoch finishes over the examples it began with.
  }

  /** Removes the example nearest (x, y) if it lies within `radius`; returns it. */
  removeNear(x: number, y: number, radius: number): LabelledPoint | undefined {
    let best = -1, bestD = radius * radius;
    this.points.forEach((p, i) => { const d = (p.x - x) ** 2 + (p.y - y) ** 2; if (d <= bestD) { bestD = d; best = i; } });
    if (best < 0) return undefined;
    const [removed] = this.points.splice(best, 1);
    this.startEpoch();
    return removed;
  }

  clearPoints(): void {
    this.points = [];
    this.startEpoch();
  }

  /** Class probabilities at (x, y). */
  predict(x: number, y: number): number[] {
    return Array.from(this.network.predict([x, y], 1));
  }

  /** Cross-entropy loss of one labelled example: −log p(label). */
  pointLoss(x: number, y: number, label: number): number {
    return -Math.log(Math.max(this.predict(x, y)[label], 1e-300));
  }

  /** Mean loss over all examples and which of them the network currently gets wrong (argmax ≠ label). */
  evaluate(): { loss: number; wrong: number[] } {
    if (this.points.length === 0) return { loss: Number.NaN, wrong: [] };
    const out = this.network.predict(this.inputs(this.points), this.points.length);
    let loss = 0;
    const wrong: number[] = [];
    this.points.forEach((p, i) => {
      const probs = Array.from(out.subarray(i * this.classes, (i + 1) * this.classes));
      loss += -Math.log(Math.max(probs[p.label], 1e-300));
      if (argmax(probs) !== p.label) wrong.push(i);
    });
    return { loss: loss / this.points.length, wrong };
  }

  /**
   * Runs up to `maxSteps` mini-batch steps (stopping early when `shouldStop` says so, e.g. a time budget).
   * Each epoch visits every example once, in a fresh shuffled order, in batches of `batchSize`.
   */
  train(maxSteps: number, shouldStop: () => boolean = () => false): StepResult {
    if (this.points.length === 0) return { status: 'empty' };
    const config: TrainConfig = { learningRate: this.learningRate, optimizer: { kind: 'adam' }, batchSize: this.batchSize, seed: this.seed };
    for (let s = 0; s < maxSteps && !shouldStop(); s++) {
      if (this.cursor >= this.order.length) this.startEpoch();
      const batch = this.order.slice(this.cursor, this.cursor + this.batchSize).map((i) => this.points[i]);
      this.cursor += batch.length;
      const loss = this.network.trainStep(this.inputs(batch), this.targets(batch), batch.length, config, this.epoch);
      if (!Number.isFinite(loss)) {
        return { status: 'diverged', reason: `the loss became ${loss} in epoch ${this.epoch + 1}; a learning rate of ${this.learningRate} is probably too high` };
      }
      this.epochLossSum += loss * batch.length;
      this.epochExamples += batch.length;
      if (this.cursor >= this.order.length) this.finishEpoch();
    }
    if (!parametersFinite(this.network)) {
      return { status: 'diverged', reason: `the weights stopped being finite numbers in epoch ${this.epoch + 1}; a learning rate of ${this.learningRate} is probably too high` };
    }
    return { status: 'ok' };
  }

  private finishEpoch(): void {
    if (this.epochExamples > 0) {
      this.epoch++;
      this.lossHistory.push(this.epochLossSum / this.epochExamples);
    }
    this.startEpoch();
  }

  /** Fisher-Yates over all current examples (the engine's shuffling rule, with this model's stream). */
  private startEpoch(): void {
    const order = this.points.map((_, i) => i);
    for (let i = order.length - 1; i >= 1; i--) {
      const j = this.shuffleRng.int(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    this.order = order;
    this.cursor = 0;
    this.epochLossSum = 0;
    this.epochExamples = 0;
  }

  private inputs(points: readonly LabelledPoint[]): Float64Array {
    const a = new Float64Array(points.length * 2);
    points.forEach((p, i) => { a[2 * i] = p.x; a[2 * i + 1] = p.y; });
    return a;
  }

  private targets(points: readonly LabelledPoint[]): Float64Array {
    const t = new Float64Array(points.length * this.classes);
    points.forEach((p, i) => { t[i * this.classes + p.label] = 1; });
    return t;
  }
}

export const clamp = (v: number) => Math.max(-EXTENT, Math.min(EXTENT, v));

export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

function parametersFinite(network: Network): boolean {
  const p = network.getParameters();
  let sum = 0;
  for (const layer of [...p.weights, ...p.biases]) for (const v of layer) sum += v;
  return Number.isFinite(sum);
}
