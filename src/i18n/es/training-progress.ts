import type { Catalogue } from '../catalogue.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const trainingProgress: Catalogue['trainingProgress'] = {
  epoch: (e: number) => `Época ${e}`,
  epochOf: (e: number, total: number) => `Época ${e} de ${total}`,
  step: (s: number) => plural(s, 'paso', 'pasos'),
  batches: (batch: number, train: number, perEpoch: number) =>
    `lotes de ${batch} de ${plural(train, 'punto de entrenamiento', 'puntos de entrenamiento')} (${plural(perEpoch, 'paso', 'pasos')} por época)`,
  noData: 'todavía no hay ejemplos de entrenamiento',
  stepOf: (s: number, total: number) => `Paso ${s} de ${total}`,
  exactGradient: 'no hay ejemplos, así que no hay épocas ni lotes: la pérdida es una fórmula de los pesos, y cada paso usa su gradiente exacto',
  fullBatch: (train: number) => train === 1
    ? 'cada paso usa el único ejemplo de entrenamiento (un paso por época)'
    : `cada paso usa los ${train} ejemplos de entrenamiento (un paso por época)`,
};
