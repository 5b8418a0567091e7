// Divergence that stays finite: at a learning rate far too high (Adam or momentum at 3-10 especially)
// the weights jump between saturated values, so no loss ever becomes NaN or Infinity (the engine's own
// check), but the training loss sits far above where it started. The playground treats that as
// divergence too: it pauses and names the learning rate, as for a NaN.
//
// Rule: the training loss after BLOW_UP_EPOCHS epochs in a row is above BLOW_UP_FACTOR times the loss
// of the untrained network. Measured on the built-in data sets (60 epochs each, sgd / momentum / Adam,
// learning rates 0.1 to 10): no run at 0.3 or below ever triggers it; Adam at 10 triggers it on circle,
// XOR, spirals and Gaussian clusters; the runs at 1-3 that trigger it end worse than they started.
import { formatNumber } from '../../src/ui/format.ts';

export const BLOW_UP_FACTOR = 3;
export const BLOW_UP_EPOCHS = 3;

export interface BlowUpWatch {
  /** Feeds the training loss after one epoch; true once the loss has blown up. */
  add(trainLoss: number): boolean;
}

/** `startLoss`: training loss of the network before it was trained (the reference for "worse"). */
export function watchBlowUp(startLoss: number): BlowUpWatch {
  let run = 0;
  return {
    add(trainLoss) {
      run = Number.isFinite(startLoss) && startLoss > 0 && trainLoss > BLOW_UP_FACTOR * startLoss ? run + 1 : 0;
      return run >= BLOW_UP_EPOCHS;
    },
  };
}

const OPTIMISER_NAMES: Record<string, string> = { sgd: 'SGD', momentum: 'SGD with momentum', adam: 'Adam' };

/** The pause message: what happened, in numbers, and which learning rate to blame. */
export function blowUpReason(v: { epoch: number; trainLoss: number; startLoss: number; learningRate: number; optimizer: string }): string {
  const rate = Number(v.learningRate.toPrecision(3));
  return `Training diverged by epoch ${v.epoch}: the training loss is ${formatNumber(v.trainLoss, 3)}, more than ${BLOW_UP_FACTOR} times ` +
    `its value before training (${formatNumber(v.startLoss, 3)}), for ${BLOW_UP_EPOCHS} epochs in a row. ` +
    `The learning rate ${rate} is probably too high for ${OPTIMISER_NAMES[v.optimizer] ?? v.optimizer}; try a smaller one.`;
}
