import type { Catalogue } from '../catalogue.ts';

export const trainingControls: Catalogue['trainingControls'] = {
  couldNotStart: (reason: string) => `Este widget no pudo arrancar: ${reason}`,
  skip: 'Saltar al final',
  reset: 'Reiniciar',
  reducedMotion: 'Tienes activado el movimiento reducido, así que los resultados aparecen cuando termina el entrenamiento.',
  paused: (progress: string) => `En pausa. ${progress}`,
  skipping: (progress: string) => `${progress} Saltando al final…`,
  computeFailed: (reason: string) => `El cálculo falló: ${reason}`,
  stopped: (reason: string) => `El entrenamiento se detuvo: ${reason}`,
};
