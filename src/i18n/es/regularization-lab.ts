import type { Catalogue } from '../catalogue.ts';

export const regularizationLab: Catalogue['regularizationLab'] = {
  without: 'Sin',
  with: 'Con',
  weightsCaption: 'Tamaño de los pesos (sin contar los sesgos): cuántos pesos tienen cada tamaño |w|, en escala logarítmica, de 0 a la izquierda a 10 a la derecha. L2 desplaza todo el montón a la izquierda; L1 amontona muchos pesos cerca de 0.',
  weightsSummary: (meanAbs: string, nearZero: string) => `tamaño medio ${meanAbs}; el ${nearZero} de los pesos está a menos de 0,01 de cero`,
};
