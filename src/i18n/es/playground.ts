import type { Catalogue } from '../catalogue.ts';

export const playground: Catalogue['playground'] = {
  fallback: 'El área de pruebas entrena una red neuronal pequeña en esta página: eliges un conjunto de datos de puntos en dos dimensiones, las características de entrada, las capas ocultas y sus funciones de activación, el optimizador y sus ajustes, y ves cómo cambian mientras aprende la frontera de decisión, la imagen de cada neurona, las curvas de pérdida y la matriz de confusión. Necesita JavaScript; sin él, el resto de este capítulo explica igualmente cada control.',
};
