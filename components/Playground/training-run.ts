// One training run, advanced in small pieces so the page stays responsive: `runFor(ms)` trains whole
// batches until the time budget is spent, `stepEpoch()` trains exactly one epoch. No DOM.
// Shuffling follows ENGINE-SEMANTICS: one rng = createRng(deriveSeed(seed, 1)) per run, Fisher-Yates on
// the example order at the start of every epoch, so a seed reproduces a run exactly, whatever the slicing.
import { createRng, deriveSeed, type Rng } from '../../src/engine/rng.ts';
import type { Dataset, Network, Parameters, TrainConfig } from '../../src/engine/types.ts';

export interface EpochRecord {
  /** Epochs completed (1 after the first full pass). */
  epoch: number;
  trainLoss: number;
  testLoss: number;
}

export type RunStatus =
  | { kind: 'ready' }
  | { kind: 'diverged'; epoch: number; reason: string }
  | { kind: 'stopped'; epoch: number; bestEpoch: number; reason: string };

export interface RunOptions {
  /** Stop when the test loss has not improved for this many epochs, and go back to the best weights. */
  earlyStopping?: { patience: number };
  /** Wall clock, injectable for tests. */
  now?: () => number;
}

export class TrainingRun {
  readonly history: EpochRecord[] = [];
  status: RunStatus = { kind: 'ready' };
  /** Examples consumed in the current epoch (a position, not a batch count, so the batch size may change mid-epoch). */
  private position = 0;
  private batchInEpoch = 0;
  private order: Int32Array;
  private readonly rng: Rng;
  private best: { loss: number; epoch: number; params: Parameters } | null = null;
  private readonly batchInputs: Float32Array;
  private readonly batchTargets: Float32Array;

  constructor(
    readonly network: Network,
    readonly train: Dataset,
    readonly test: Dataset,
    public config: TrainConfig,
    public options: RunOptions = {},
  ) {
    this.rng = createRng(deriveSeed(config.seed ?? 1, 1));
    this.order = Int32Array.from({ length: train.n }, (_, i) => i);
    // 100 is the largest batch the playground offers.
    this.batchInputs = new Float32Array(100 * train.inputSize);
    this.batchTargets = new Float32Array(100 * train.targetSize);
    this.record();
  }

  /** Epochs completed. */
  get epoch(): number {
    return this.history[this.history.length - 1]!.epoch;
  }

  get canTrain(): boolean {
    return this.status.kind === 'ready' && this.train.n > 0;
  }

  /** Trains one batch; returns false when training cannot go on (diverged, stopped, no data). */
  stepBatch(): boolean {
    if (!this.canTrain) return false;
    const { train } = this;
    const batchSize = Math.min(this.config.batchSize ?? 10, train.n, 100);
    if (this.position === 0) this.shuffle();
    const start = this.position;
    const n = Math.min(batchSize, train.n - start);
    const inSize = train.inputSize;
    const tSize = train.targetSize;
    for (let b = 0; b < n; b++) {
      const i = this.order[start + b]!;
      this.batchInputs.set(train.inputs.subarray(i * inSize, (i + 1) * inSize), b * inSize);
      this.batchTargets.set(train.targets.subarray(i * tSize, (i + 1) * tSize), b * tSize);
    }
    const loss = this.network.trainStep(this.batchInputs.subarray(0, n * inSize), this.batchTargets.subarray(0, n * tSize), n, this.config, this.epoch);
    if (!Number.isFinite(loss) || !parametersFinite(this.network.getParameters())) {
      this.status = {
        kind: 'diverged', epoch: this.epoch,
        reason: `Training diverged in epoch ${this.epoch + 1}, batch ${this.batchInEpoch + 1}: the loss became ${Number.isNaN(loss) ? 'not a number' : 'infinite'}. The learning rate, ${this.config.learningRate}, is probably too high.`,
      };
      return false;
    }
    this.batchInEpoch++;
    this.position += n;
    if (this.position >= train.n) {
      this.position = 0;
      this.batchInEpoch = 0;
      this.record();
    }
    return this.status.kind === 'ready';
  }

  /** Finishes the current epoch (or trains a whole one if at an epoch boundary). */
  stepEpoch(): void {
    const target = this.epoch + 1;
    while (this.canTrain && this.epoch < target) this.stepBatch();
  }

  /** Trains batches until `budgetMs` has passed (at least one batch) or epoch `untilEpoch` is complete. Returns batches trained. */
  runFor(budgetMs: number, untilEpoch = Infinity): number {
    const now = this.options.now ?? (() => performance.now());
    const end = now() + budgetMs;
    let batches = 0;
    do {
      if (this.epoch >= untilEpoch || !this.stepBatch()) break;
      batches++;
    } while (now() < end);
    return batches;
  }

  private shuffle(): void {
    const o = this.order;
    for (let i = o.length - 1; i > 0; i--) {
      const j = this.rng.int(i + 1);
      const t = o[i]!;
      o[i] = o[j]!;
      o[j] = t;
    }
  }

  private record(): void {
    const epoch = this.history.length === 0 ? 0 : this.epoch + 1;
    const trainLoss = this.train.n > 0 ? this.network.evaluate(this.train).loss : Number.NaN;
    const testLoss = this.test.n > 0 ? this.network.evaluate(this.test).loss : Number.NaN;
    this.history.push({ epoch, trainLoss, testLoss });
    const stop = this.options.earlyStopping;
    if (!stop || this.test.n === 0 || !Number.isFinite(testLoss)) return;
    if (!this.best || testLoss < this.best.loss) {
      this.best = { loss: testLoss, epoch, params: this.network.getParameters() };
    } else if (epoch - this.best.epoch >= stop.patience) {
      this.network.setParameters(this.best.params);
      this.status = {
        kind: 'stopped', epoch, bestEpoch: this.best.epoch,
        reason: `Early stopping: the test loss has not improved for ${stop.patience} epochs, so training stopped at epoch ${epoch} and went back to the weights of epoch ${this.best.epoch} (test loss ${this.best.loss.toFixed(3)}).`,
      };
    }
  }

  /** The epoch early stopping chose, when it has stopped. */
  get bestEpoch(): number | undefined {
    return this.status.kind === 'stopped' ? this.status.bestEpoch : undefined;
  }
}

function parametersFinite(p: Parameters): boolean {
  let sum = 0;
  for (const w of p.weights) for (const v of w) sum += v;
  for (const b of p.biases) for (const v of b) sum += v;
  return Number.isFinite(sum);
}
