// Why a training run ended early (the engine's TrainingEnd: divergence, a finite blow-up, early
// stopping), for any widget that shows it. The numbers come from the engine; the words from here.
import type { TrainingEnd } from '../../engine/trainer.ts';
import { formatInteger, formatPlain } from '../../ui/format.ts';

const OPTIMISERS: Record<string, string> = { sgd: 'SGD', momentum: 'SGD with momentum', adam: 'Adam' };
const rate = (lr: number) => formatPlain(Number(lr.toPrecision(3)), 'en');
const loss = (v: number) => formatPlain(Number(v.toPrecision(4)), 'en', String(v));
const int = (v: number) => formatInteger(v, 'en');

export const trainingEnd = {
  describe(end: TrainingEnd): string {
    switch (end.kind) {
      case 'non-finite':
        return `Training diverged at step ${int(end.step)} (epoch ${int(end.epoch)}): ${end.loss === undefined ? 'a weight became NaN or infinite' : `the loss became ${String(end.loss)}`}. ` +
          `The learning rate ${rate(end.learningRate)} is probably too high; try a smaller one (for example ${rate(end.learningRate / 10)}).`;
      case 'blow-up':
        return `Training diverged by epoch ${int(end.epoch)}: over the last ${end.epochs} epochs the training loss (now ${end.trainLoss.toFixed(3)}) ` +
          `was at least half the time more than ${formatPlain(end.factor, 'en')} times its value before training (${end.startLoss.toFixed(3)}). ` +
          `The learning rate ${rate(end.learningRate)} is probably too high for ${OPTIMISERS[end.optimizer] ?? end.optimizer}; try a smaller one.`;
      case 'early-stop':
        return `Stopped early after epoch ${int(end.epoch)}: the ${end.monitored} loss has not improved for ${int(end.patience)} epochs; ` +
          `best was epoch ${int(end.bestEpoch)} (${end.monitored} loss ${loss(end.bestLoss)})${end.restored ? ', whose weights were restored' : ''}.`;
    }
  },
  /** When a run ended without saying why. */
  diverged: 'Training diverged.',
};
