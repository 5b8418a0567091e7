// The state behind TeachIt, without any DOM: the examples the reader has labelled, the page's copy of the
// network (what the widget draws and probes), and the engine's training run (src/engine/run/), advanced in
// small slices (a few mini-batch steps at a time). The run lives where the engine's runner puts it: in the
// page's engine Worker when one is given (training never blocks the page), else on this thread; either way
// each slice's report brings the page's copy of the weights up to date, and the run owns shuffling,
// batches and divergence. A correction ("this prediction is wrong, it is class c") is nothing special to
// the network: it becomes one more labelled example, and gradient descent lowers the loss on it along
// with the others.
import { argmax, createReferenceNetwork } from '../../src/engine/index.ts';
import { boundedHistory, type BoundedHistory } from '../../src/engine/run/bounded-history.ts';
import type { RunBudget, RunReport, RunSetup } from '../../src/engine/run/run.ts';
import { createRunner, isWorkerFailure, type RunHandle, type Runner, type RunPlace } from '../../src/engine/worker/run-client.ts';
import type { Dataset, Network, NetworkSpec, TrainConfig } from '../../src/engine/types.ts';
import { teachItStrings, trainingEndStrings } from '../../src/i18n/index.ts';

/** A labelled example on the plane; x and y in [-1, 1], label in 0..classes-1. */
export interface LabelledPoint { x: number; y: number; label: number; corrected?: boolean }

/** Which engine makes the page's copy of the network, and where runs train (default: the reference engine, on this thread). */
export interface TeachEngine {
  factory: (spec: NetworkSpec) => Network;
  /** Starts runs (the page's shared engine Worker); without it, runs train on this thread. */
  runner?: Runner;
}

export interface TeachOptions {
  classes: number;
  seed?: number;
  learningRate?: number;
  batchSize?: number;
  /** Asked each time a run starts (the WebAssembly engine and its Worker may become available after mounting). */
  engine?: () => TeachEngine;
}

/** The loss after an epoch (epochs counted from 1), a point of the loss chart. */
export interface LossPoint { epoch: number; loss: number }

export const EXTENT = 1;
export const HIDDEN_UNITS = [8, 8];
/**
 * Loss-chart points kept (old epochs thinned, recent ones in full): the chart is 300 px wide, and a
 * reader who leaves it training must not make the page's memory grow.
 */
export const LOSS_POINTS = 600;

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

/** A run on the current examples: its handle (a promise while it starts) and what its last report said. */
interface CurrentRun {
  handle: Promise<RunHandle>;
  /** The learning rate the run trains with. */
  rate: number;
  epoch: number;
  step: number;
}

const referenceOnPage = (): TeachEngine => ({ factory: createReferenceNetwork });

export class TeachModel {
  readonly classes: number;
  points: LabelledPoint[] = [];
  /** The page's copy of the network: what the widget draws (the run's weights as of its last report). */
  network: Network;
  learningRate: number;
  readonly batchSize: number;
  /** Where the last slice trained. */
  place: RunPlace = 'page';
  private seed: number;
  private readonly engine: () => TeachEngine;
  private factory: (spec: NetworkSpec) => Network;
  private history: BoundedHistory<LossPoint> = boundedHistory(LOSS_POINTS);
  /** A run works on a fixed data set: a new one (from the same weights) starts when the examples change. */
  private run: CurrentRun | null = null;
  /** Bumped whenever the current run is left: a slice's report for an older run is dropped. */
  private generation = 0;
  /** Epochs and steps completed by runs that were since replaced. */
  private earlierEpochs = 0;
  private earlierSteps = 0;
  /** The Worker failed once: later runs train on this thread. */
  private workerFailed = false;

  constructor(o: TeachOptions) {
    this.classes = o.classes;
    this.seed = o.seed ?? 1;
    this.learningRate = o.learningRate ?? 0.03;
    this.batchSize = o.batchSize ?? 8;
    this.engine = o.engine ?? referenceOnPage;
    this.factory = this.engine().factory;
    this.network = this.factory(teachSpec(this.classes, this.seed));
  }

  /** Completed passes over all the examples since the network was (re)initialised. */
  get epoch(): number {
    return this.earlierEpochs + (this.run?.epoch ?? 0);
  }

  /** Mini-batch steps taken since the network was (re)initialised. */
  get step(): number {
    return this.earlierSteps + (this.run?.step ?? 0);
  }

  /** Training loss over all examples after each completed epoch, for the loss chart (bounded: old epochs thinned). */
  get lossHistory(): readonly LossPoint[] {
    return this.history.records;
  }

  get config(): TrainConfig {
    return { learningRate: this.learningRate, optimizer: { kind: 'adam' }, batchSize: this.batchSize, seed: this.seed };
  }

  /** New random starting weights (the next seed), same examples. */
  resetNetwork(): void {
    this.seed = (this.seed + 1) >>> 0;
    this.endRun();
    this.factory = this.engine().factory;
    this.network = this.factory(teachSpec(this.classes, this.seed));
    this.earlierEpochs = 0;
    this.earlierSteps = 0;
    this.history = boundedHistory(LOSS_POINTS);
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
   * Runs up to `maxSteps` mini-batch steps, or fewer if `budgetMs` runs out (at least one step), where
   * the run lives. The engine's run visits every example once per epoch, shuffled, in batches of
   * `batchSize`. When the examples or the network change while a slice is under way, its result is
   * dropped (the next call starts a run on the new examples, from the weights the page last saw).
   */
  async train(maxSteps: number, budgetMs = Infinity): Promise<StepResult> {
    if (this.points.length === 0) return { status: 'empty' };
    const mine = this.generation;
    const run = (this.run ??= this.startRun());
    const budget: RunBudget = { steps: maxSteps, parameters: true };
    if (Number.isFinite(budgetMs)) budget.milliseconds = budgetMs;
    let report: RunReport;
    try {
      const handle = await run.handle;
      if (mine !== this.generation) return { status: 'ok' };
      if (run.rate !== this.learningRate) {
        run.rate = this.learningRate;
        await handle.setConfig(this.config);
      }
      report = await handle.advance(budget);
      if (mine !== this.generation) return { status: 'ok' };
      this.place = handle.place;
    } catch (error) {
      if (mine !== this.generation || !isWorkerFailure(error)) throw error;
      // The Worker died: go on on this thread from the weights the page last saw.
      this.workerFailed = true;
      this.endRun();
      return { status: 'ok' };
    }
    run.epoch = report.epoch;
    run.step = report.step;
    for (const record of report.records) this.history.push({ epoch: this.earlierEpochs + record.epoch + 1, loss: record.trainLoss });
    if (report.parameters) this.network.setParameters(report.parameters);
    if (report.status !== 'diverged') return { status: 'ok' };
    // A diverged network has non-finite (or thrown-off) weights and cannot be trained on: start again, examples kept.
    this.resetNetwork();
    return { status: 'diverged', reason: report.end ? trainingEndStrings().describe(report.end) : teachItStrings().divergedFallback };
  }

  /** A run on the current examples from the page's weights (on the engine now available: a new copy if it changed). */
  private startRun(): CurrentRun {
    const engine = this.engine();
    if (engine.factory !== this.factory) {
      const parameters = this.network.getParameters();
      this.factory = engine.factory;
      this.network = this.factory(this.network.spec);
      this.network.setParameters(parameters);
    }
    const runner = !this.workerFailed && engine.runner ? engine.runner : createRunner({ createNetwork: this.factory, worker: null });
    // No blow-up rule here: at learning rate 10 the chapter lets the reader watch the loss bounce high
    // (a NaN or infinite loss still ends the run).
    const setup: RunSetup = { train: this.dataset(), config: this.config, blowUp: false };
    return { handle: runner.start(this.network.spec, this.network.getParameters(), setup), rate: this.learningRate, epoch: 0, step: 0 };
  }

  /** Leaves the current run (its epochs counted), freeing it where it lives. */
  private endRun(): void {
    this.generation++;
    if (!this.run) return;
    this.earlierEpochs += this.run.epoch;
    this.earlierSteps += this.run.step;
    this.run.handle.then((handle) => handle.dispose(), () => {});
    this.run = null;
  }

  private dataChanged(): void {
    this.endRun();
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

