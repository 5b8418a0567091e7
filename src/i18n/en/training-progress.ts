// The training-progress line every training widget shows (src/ui/training-progress.ts).
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const trainingProgress = {
  epoch: (e: number) => `Epoch ${e}`,
  epochOf: (e: number, total: number) => `Epoch ${e} of ${total}`,
  step: (s: number) => plural(s, 'step', 'steps'),
  batches: (batch: number, train: number, perEpoch: number) =>
    `batches of ${batch} of ${plural(train, 'training point', 'training points')} (${plural(perEpoch, 'step', 'steps')} an epoch)`,
  noData: 'no training examples yet',
  stepOf: (s: number, total: number) => `Step ${s} of ${total}`,
  exactGradient: 'no examples, so no epochs or batches: the loss is a formula of the weights, and each step uses its exact gradient',
  fullBatch: (train: number) => train === 1
    ? 'each step uses the one training example (one step an epoch)'
    : `each step uses all ${train} training examples (one step an epoch)`,
};
