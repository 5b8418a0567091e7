// Divergence that stays finite: at a learning rate far too high (Adam or momentum at 3-10 especially)
// the weights jump between saturated values, so no loss ever becomes NaN or Infinity (the engine's own
// check), but the training loss sits far above where it started. The playground treats that as
// divergence too: a training run (run.ts) ends with status 'diverged' and names the learning rate, as
// for a NaN.
//
// Rule: the median training loss of the last BLOW_UP_EPOCHS epochs is above BLOW_UP_FACTOR times the
// loss of the untrained network: at least half of those epochs are that bad (a median, because such
// runs jump between bad and less bad epochs).
// Measured over 100 epochs on 11 set-ups (built-in data sets, own points, squared error, ReLU), SGD /
// momentum / Adam at learning rates 0.1 to 10, weight seeds 1-3: it never fires at 0.1; Adam at 10
// fires in 32 of 33 runs (within 10-33 epochs); the runs at 0.3-3 it fires on end worse than untrained.
// (components/Playground/blow-up.test.ts checks it on the playground's set-ups.)

export const BLOW_UP_FACTOR = 1.5;
export const BLOW_UP_EPOCHS = 10;

export interface BlowUpWatch {
  /** Feeds the training loss after one epoch; true once the loss has blown up. */
  add(trainLoss: number): boolean;
}

/** `startLoss`: training loss of the network before it was trained (the reference for "worse"). */
export function watchBlowUp(startLoss: number): BlowUpWatch {
  const recent: number[] = [];
  return {
    add(trainLoss) {
      recent.push(trainLoss);
      if (recent.length > BLOW_UP_EPOCHS) recent.shift();
      if (recent.length < BLOW_UP_EPOCHS || !(Number.isFinite(startLoss) && startLoss > 0)) return false;
      const sorted = [...recent].sort((a, b) => a - b);
      return sorted[Math.floor(BLOW_UP_EPOCHS / 2)]! > BLOW_UP_FACTOR * startLoss;
    },
  };
}

const OPTIMISER_NAMES: Record<string, string> = { sgd: 'SGD', momentum: 'SGD with momentum', adam: 'Adam' };

/** The pause message: what happened, in numbers, and which learning rate to blame. */
export function blowUpReason(v: { epoch: number; trainLoss: number; startLoss: number; learningRate: number; optimizer: string }): string {
  const rate = Number(v.learningRate.toPrecision(3));
  return `Training diverged by epoch ${v.epoch}: over the last ${BLOW_UP_EPOCHS} epochs the training loss (now ${v.trainLoss.toFixed(3)}) ` +
    `was at least half the time more than ${BLOW_UP_FACTOR} times its value before training (${v.startLoss.toFixed(3)}). ` +
    `The learning rate ${rate} is probably too high for ${OPTIMISER_NAMES[v.optimizer] ?? v.optimizer}; try a smaller one.`;
}
