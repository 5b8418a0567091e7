import type { Catalogue } from '../catalogue.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const networkBuilder: Catalogue['networkBuilder'] = {
  caption: 'Construye una red',
  input: 'Capa de entrada',
  output: 'Capa de salida',
  hidden: (index: number) => `Capa oculta ${index}`,
  inSentence: (name: string) => `la ${name.toLowerCase()}`,
  neurons: (n: number) => plural(n, 'neurona', 'neuronas'),
  shape: (shape: string, parts: string, connections: number) => `Una red ${shape}. ${parts}. ${plural(connections, 'conexión', 'conexiones')}, cada una solo entre capas vecinas.`,
  noScript: 'Con JavaScript activado, aquí puedes añadir y quitar capas y neuronas.',
  layersLabel: 'Capas, de la entrada a la salida',
  addLayer: 'Añadir una capa oculta',
  withTheseLayers: 'Con estas capas:',
  weights: 'pesos',
  biases: 'sesgos',
  removeNeuronFrom: (layer: string) => `Quitar una neurona de ${layer}`,
  addNeuronTo: (layer: string) => `Añadir una neurona a ${layer}`,
  removeLayer: 'Quitar la capa',
  removeLayerLabel: (layer: string) => `Quitar ${layer}`,
  refused: (reason: string, fallback: string) => `Se rechazó la forma inicial de este constructor (${reason}); en su lugar se muestra ${fallback}.`,
  addedNeuron: (layer: string) => `Se añadió una neurona a ${layer}.`,
  removedNeuron: (layer: string) => `Se quitó una neurona de ${layer}.`,
  removedLayer: (layer: string) => `Se quitó ${layer}.`,
  addedLayer: (layer: string) => `Se añadió ${layer}.`,
  count: (shape: string, weights: number, biases: number, total: number) => `Ahora ${shape}: ${weights} pesos + ${biases} sesgos = ${total} parámetros.`,
  columnInput: 'ent.',
  columnOutput: 'sal.',
  columnHidden: (index: number) => `h${index}`,
};
