import type { TrainingEnd } from '../../engine/trainer.ts';
import { formatInteger, formatNumber, formatPlain } from '../../ui/format.ts';
import type { Catalogue } from '../catalogue.ts';

const OPTIMISERS: Record<string, string> = { sgd: 'SGD', momentum: 'SGD con momento', adam: 'Adam' };
const rate = (lr: number) => formatPlain(Number(lr.toPrecision(3)), 'es');
const loss = (v: number) => formatPlain(Number(v.toPrecision(4)), 'es', String(v));
const fixed = (v: number) => formatNumber(v, 3, String(v), 'es');
const int = (v: number) => formatInteger(v, 'es');
/** NaN and ±Infinity as a reader of Spanish reads them. */
const nonFinite = (v: number) => (Number.isNaN(v) ? 'NaN (no es un número)' : v > 0 ? 'infinita' : 'menos infinita');

export const trainingEnd: Catalogue['trainingEnd'] = {
  describe(end: TrainingEnd): string {
    switch (end.kind) {
      case 'non-finite':
        return `El entrenamiento divergió en el paso ${int(end.step)} (época ${int(end.epoch)}): ${end.loss === undefined ? 'un peso se volvió NaN o infinito' : `la pérdida se volvió ${nonFinite(end.loss)}`}. ` +
          `La tasa de aprendizaje ${rate(end.learningRate)} es probablemente demasiado alta; prueba una más pequeña (por ejemplo, ${rate(end.learningRate / 10)}).`;
      case 'blow-up':
        return `El entrenamiento divergió hacia la época ${int(end.epoch)}: en las últimas ${end.epochs} épocas, la pérdida de entrenamiento (ahora ${fixed(end.trainLoss)}) ` +
          `fue al menos la mitad de las veces más de ${formatPlain(end.factor, 'es')} veces su valor antes de entrenar (${fixed(end.startLoss)}). ` +
          `La tasa de aprendizaje ${rate(end.learningRate)} es probablemente demasiado alta para ${OPTIMISERS[end.optimizer] ?? end.optimizer}; prueba una más pequeña.`;
      case 'early-stop': {
        const what = end.monitored === 'validation' ? 'de validación' : 'de entrenamiento';
        return `Parada temprana tras la época ${int(end.epoch)}: la pérdida ${what} no ha mejorado en ${int(end.patience)} épocas; ` +
          `la mejor fue la época ${int(end.bestEpoch)} (pérdida ${what} ${loss(end.bestLoss)})${end.restored ? ', cuyos pesos se han recuperado' : ''}.`;
      }
    }
  },
  diverged: 'El entrenamiento divergió.',
};
