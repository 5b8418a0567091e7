// Learning-rate schedules: the rate used for every step of epoch `epoch` (counting from 0).

import type { TrainConfig } from './types.ts';

export function learningRateAt(config: TrainConfig, epoch = 0): number {
  const lr = config.learningRate;
  const s = config.schedule ?? { kind: 'constant' };
  switch (s.kind) {
    case 'constant':
      return lr;
    case 'step':
      return lr * s.factor ** Math.floor(epoch / s.every);
    case 'exponential':
      return lr * s.rate ** epoch;
    case 'cosine': {
      const min = s.min ?? 0;
      return min + ((lr - min) * (1 + Math.cos((Math.PI * Math.min(epoch, s.epochs)) / s.epochs))) / 2;
    }
  }
}
