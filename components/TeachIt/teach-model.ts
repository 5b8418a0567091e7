// The state behind TeachIt, without any DOM: the examples the reader has labelled, the network, and the
// engine's training run (src/engine/run/) advanced in small slices (a few mini-batch steps at a time) so
// the page never blocks; the run owns shuffling, batches and divergence. A
// correction ("this prediction is wrong, it is class c") is nothing special to the network: it becomes one
// more labelled example, and gradient descent lowers the loss on it along with the others.
import { argmax, createReferenceNetwork, createRun, type TrainingRun } from '../../src/engine/index.ts';
import type { Dataset, Network, NetworkSpec, TrainConfig } from '../../src/engine/types.ts';
import { teachItStrings, trainingEndStrings } from '../../src/i18n/index.ts';

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

/** 'diverged': the loss or a weight stopped being finite; the network has been reset (examples kept). */
export type StepResult = { status: 'ok' } | { status: 'empty' } | { status: 'diverged'; reason: string };

export class TeachModel {
  readonly classes: number;
  points: LabelledPoint[] = [];
  network: Network;
  /** Training loss over all examples after each completed epoch, for the loss chart. */
  lossHistory: number[] = [];
  learningRate: number;
  readonly batchSize: number;
  private seed: number;
  /** A run works on a fixed data set: a new one (same network) starts when the examples change. */
  private run: TrainingRun | null = null;
  /** The learning rate the current run trains with. */
  private runRate = Number.NaN;
  /** Epochs completed by runs that were since replaced. */
  private earlierEpochs = 0;

  constructor(o: TeachOptions) {
    this.classes = o.classes;
    this.seed = o.seed ?? 1;
    this.learningRate = o.learningRate ?? 0.03;
    this.batchSize = o.batchSize ?? 8;
    this.network = createReferenceNetwork(teachSpec(this.classes, this.seed));
  }

  /** Completed passes over all the examples since the network was (re)initialised. */
  get epoch(): number {
    return this.earlierEpochs + (this.run?.epoch ?? 0);
  }

  get config(): TrainConfig {
    return { learningRate: this.learningRate, optimizer: { kind: 'adam' }, batchSize: this.batchSize, seed: this.seed };
  }

  /** New random starting weights (the next seed), same examples. */
  resetNetwork(): void {
    this.seed = (this.seed + 1) >>> 0;
    this.network = createReferenceNetwork(teachSpec(this.classes, this.seed));
    this.run = null;
    this.earlierEpochs = 0;
    this.lossHistory = [];
  }

  addPoint(p: LabelledPoint): void {
    if (!(p.label >= 0 && p.label < this.classes)) throw new Error(`label must be 0 to ${this.classes - 1}, got ${p.label}`);
    this.points.push({ ...p, x: clamp(p.x), y: clamp(p.y) });
    this.dataChanged();
  }

  /** Removes the example nearest (x, y) if it lies within `radius`; returns it. */
  removeNear(x: number, y: number, radius: number): LabelledPoint | undefined {
    let best = -1, bestD = radius * radius;
    this.points.forEach((p, i) => { const d = (p.x - x) ** 2 + (p.y - y) ** 2; if (d <= bestD) { bestD = d; best = i; } });
    if (best < 0) return undefined;
    const [removed] = this.points.splice(best, 1);
    this.dataChanged();
    return removed;
  }

  clearPoints(): void {
    this.points = [];
    this.dataChanged();
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
    const data = this.dataset();
    const out = this.network.predict(data.inputs, data.n);
    let loss = 0;
    const wrong: number[] = [];
    this.points.forEach((p, i) => {
      const probs = out.subarray(i * this.classes, (i + 1) * this.classes);
      loss += -Math.log(Math.max(probs[p.label], 1e-300));
      if (argmax(probs) !== p.label) wrong.push(i);
    });
    return { loss: loss / this.points.length, wrong };
  }

  /**
   * Runs up to `maxSteps` mini-batch steps, or fewer if `budgetMs` runs out (at least one step). The
   * engine's run visits every example once per epoch, shuffled, in batches of `batchSize`.
   */
  train(maxSteps: number, budgetMs = Infinity): StepResult {
    if (this.points.length === 0) return { status: 'empty' };
    if (!this.run) {
      // No blow-up rule here: at learning rate 10 the chapter lets the reader watch the loss bounce high
      // (a NaN or infinite loss still ends the run).
      this.run = createRun(this.network, { train: this.dataset(), config: this.config, blowUp: false });
      this.runRate = this.learningRate;
    }
    if (this.runRate !== this.learningRate) {
      this.run.setConfig(this.config);
      this.runRate = this.learningRate;
    }
    const report = this.run.advance(Number.isFinite(budgetMs) ? { steps: maxSteps, milliseconds: budgetMs } : { steps: maxSteps });
    for (const record of report.records) this.lossHistory.push(record.trainLoss);
    if (report.status !== 'diverged') return { status: 'ok' };
    // A diverged network has non-finite (or thrown-off) weights and cannot be trained on: start again, examples kept.
    this.resetNetwork();
    return { status: 'diverged', reason: report.end ? trainingEndStrings().describe(report.end) : teachItStrings().divergedFallback };
  }

  private dataChanged(): void {
    if (this.run) this.earlierEpochs += this.run.epoch;
    this.run = null;
  }

  /** The examples as an engine data set: inputs n x 2, one-hot targets n x classes. */
  dataset(): Dataset {
    const n = this.points.length;
    const inputs = new Float32Array(n * 2);
    const targets = new Float32Array(n * this.classes);
    this.points.forEach((p, i) => { inputs[2 * i] = p.x; inputs[2 * i + 1] = p.y; targets[i * this.classes + p.label] = 1; });
    return { n, inputSize: 2, targetSize: this.classes, inputs, targets };
  }
}

/** The "Add starter examples" button's points: four of each class around one centre per class. */
export function starterExamples(classes: number): LabelledPoint[] {
  const centres = [[-0.55, 0.45], [0.55, 0.4], [0, -0.55], [0.6, -0.6]];
  const offsets = [[0, 0], [0.15, 0.1], [-0.1, 0.15], [0.05, -0.15]];
  return centres.slice(0, classes).flatMap(([cx, cy], label) => offsets.map(([dx, dy]) => ({ x: cx! + dx!, y: cy! + dy!, label })));
}

export const clamp = (v: number) => Math.max(-EXTENT, Math.min(EXTENT, v));

