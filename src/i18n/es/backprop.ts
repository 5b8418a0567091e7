import type { Catalogue } from '../catalogue.ts';

export const backprop: Catalogue['backprop'] = {
  learningRate: 'Tasa de aprendizaje η',
  learningRateHint: 'la usa la próxima actualización',
  target: 'Objetivo t',
  targetHint: 'la salida que debería dar el ejemplo; al cambiarlo empieza un nuevo historial de la pérdida desde los pesos actuales',
};
