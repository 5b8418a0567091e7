import type { Catalogue } from '../catalogue.ts';

export const neuronFigure: Catalogue['neuronFigure'] = {
  bioTitle: 'Una neurona biológica',
  bioDescription: 'A la izquierda, unas dendritas ramificadas reciben señales de otras células y llegan al cuerpo celular. Un axón largo sale del cuerpo celular hacia la derecha y se divide en terminales que transmiten la señal a través de las sinapsis.',
  dendrites: 'dendritas',
  cellBody: 'cuerpo celular',
  axon: 'axón',
  synapses: 'sinapsis',
  bioName: 'neurona biológica',
  annTitle: 'Una neurona artificial',
  annDescription: 'Tres entradas x1, x2 y x3 a la izquierda, unidas cada una a un círculo por una línea rotulada con su peso w1, w2 o w3. En el círculo, las entradas ponderadas se suman a un sesgo b, lo que da z, y una función de activación f convierte z en la salida a, que sale por la derecha.',
  inputs: 'entradas',
  bias: 'sesgo b',
  annName: 'neurona artificial',
  caption: 'A la izquierda, una célula nerviosa: las dendritas recogen señales de otras células, el cuerpo celular las combina y el axón lleva un impulso hasta las sinapsis. A la derecha, la neurona artificial que inspiró: entradas <i>x</i>, cada una multiplicada por un peso <i>w</i>, sumadas junto con un sesgo <i>b</i> (Σ) y pasadas por una función de activación <i>f</i>. El parecido es aproximado: lo explica el apartado sobre dónde termina la analogía, más abajo.',
};
