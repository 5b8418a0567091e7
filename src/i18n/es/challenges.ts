// Retos del playground (véase src/i18n/en/challenges.ts).
import type { Catalogue } from '../catalogue.ts';
import type { ChallengeMetric } from '../en/challenges.ts';
import { formatNumber, formatPercent } from '../../ui/format.ts';

const num = (metric: ChallengeMetric, x: number) => (metric === 'testAccuracy' ? formatPercent(x) : formatNumber(x, 3));
const METRIC_NAMES: Record<ChallengeMetric, string> = { testLoss: 'pérdida de prueba', trainLoss: 'pérdida de entrenamiento', testAccuracy: 'exactitud de prueba' };

export const challenges: Catalogue['challenges'] = {
  readyMade: {
    circle: 'En el círculo (10 % de ruido), consigue una pérdida de prueba menor que 0,2 con 4 neuronas ocultas como mucho.',
    xor: 'En el o exclusivo (5 % de ruido), consigue una exactitud de prueba mayor que el 90 % con 6 neuronas ocultas como mucho.',
    spiral: 'En las espirales, consigue una pérdida de prueba menor que 0,15 con 12 neuronas ocultas como mucho.',
  },
  metric: METRIC_NAMES,
  goal: (metric, below, above, maxNeurons) =>
    [below !== undefined ? `${METRIC_NAMES[metric]} menor que ${num(metric, below)}` : '', above !== undefined ? `${METRIC_NAMES[metric]} mayor que ${num(metric, above)}` : '',
      maxNeurons !== undefined ? `${maxNeurons === 1 ? '1 neurona oculta' : `${maxNeurons} neuronas ocultas`} como mucho` : ''].filter(Boolean).join(', '),
  noValue: (metric) => `La ejecución no tiene ${METRIC_NAMES[metric]} (no hay puntos de prueba, o divergió).`,
  notBelow: (metric, value, limit) => `La ${METRIC_NAMES[metric]} es ${num(metric, value)}, no menor que ${num(metric, limit)}.`,
  notAbove: (metric, value, limit) => `La ${METRIC_NAMES[metric]} es ${num(metric, value)}, no mayor que ${num(metric, limit)}.`,
  tooManyNeurons: (n, max) => `La red tiene ${n === 1 ? '1 neurona oculta' : `${n} neuronas ocultas`}; se permiten ${max} como mucho.`,
  otherData: 'La ejecución usó otro conjunto de datos que el del reto.',
  otherSeeds: 'La ejecución usó otros datos o pesos iniciales que los propios del alumno (se cambiaron las semillas).',
  replaying: (epochs) => `Repitiendo la ejecución de un alumno: entrenando ${epochs === 1 ? '1 época' : `${epochs} épocas`} desde la configuración guardada…`,
  replayed: (epochs, testLoss) => `Repetida: ${epochs === 1 ? '1 época entrenada' : `${epochs} épocas entrenadas`} desde la configuración guardada; pérdida de prueba ${formatNumber(testLoss, 3)}.`,
};
