import type { Catalogue } from '../catalogue.ts';

export const recurrentFigure: Catalogue['recurrentFigure'] = {
  caption: 'Prealimentada, recurrente y recurrente desplegada en el tiempo',
  feedForward: 'Prealimentada',
  feedForwardDescription: 'La entrada x alimenta la unidad oculta h, que alimenta la salida y. Todas las flechas apuntan hacia delante; nada vuelve a una unidad anterior.',
  recurrent: 'Recurrente',
  recurrentDescription: 'Las mismas tres unidades, más un bucle discontinuo de la unidad oculta h a sí misma: lo que h calculó en un paso de tiempo es una entrada de h en el paso siguiente.',
  next: 'paso',
  step: 'siguiente',
  unrolledTitle: 'La red recurrente desplegada en el tiempo',
  unrolledDescription: (steps: number, t: string) => `La red recurrente dibujada una vez por paso de tiempo, durante ${steps} pasos. En cada paso t, la entrada x${t} alimenta h${t}, que alimenta la salida y${t}, y h en el paso t alimenta también h en el paso t+1. Las flechas entre pasos llevan siempre los mismos pesos. Desplegada así, vuelve a ser una red prealimentada: todas las flechas apuntan hacia delante en el tiempo.`,
  sameWeights: 'misma W',
  fewer: 'Menos pasos',
  more: 'Desplegar un paso más',
  partly: (shown: number, max: number) => `La red recurrente desplegada durante ${shown} de ${max} pasos de tiempo. ${shown === 1 ? 'Un solo paso es una pasada prealimentada normal: de x1 a h1 y a y1.' : `Cada h alimenta la h del paso siguiente, con los mismos pesos; ${shown} copias de la red, con todas las flechas hacia delante en el tiempo.`}`,
  showing: (shown: number, max: number) => `Se muestran ${shown} de ${max} pasos de tiempo.`,
};
