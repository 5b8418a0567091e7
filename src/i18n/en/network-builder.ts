// The network builder of chapter 3 (components/NetworkBuilder/).
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const networkBuilder = {
  caption: 'Build a network',
  input: 'Input layer',
  output: 'Output layer',
  hidden: (index: number) => `Hidden layer ${index}`,
  /** A layer's name inside a sentence ("hidden layer 2"). */
  inSentence: (name: string) => name.toLowerCase(),
  neurons: (n: number) => plural(n, 'neuron'),
  shape: (shape: string, parts: string, connections: number) => `A ${shape} network. ${parts}. ${plural(connections, 'connection')}, each between neighbouring layers only.`,
  noScript: 'With JavaScript on, you can add and remove layers and neurons here.',
  layersLabel: 'Layers, from input to output',
  addLayer: 'Add a hidden layer',
  withTheseLayers: 'With these layers:',
  weights: 'weights',
  biases: 'biases',
  removeNeuronFrom: (layer: string) => `Remove a neuron from ${layer}`,
  addNeuronTo: (layer: string) => `Add a neuron to ${layer}`,
  removeLayer: 'Remove layer',
  removeLayerLabel: (layer: string) => `Remove layer: ${layer}`,
  refused: (reason: string, fallback: string) => `This builder's starting shape was refused (${reason}); showing ${fallback} instead.`,
  addedNeuron: (layer: string) => `Added a neuron to ${layer}.`,
  removedNeuron: (layer: string) => `Removed a neuron from ${layer}.`,
  removedLayer: (layer: string) => `Removed ${layer}.`,
  addedLayer: (layer: string) => `Added ${layer}.`,
  /** After an edit, in the live status: the new shape and its count. */
  count: (shape: string, weights: number, biases: number, total: number) => `Now ${shape}: ${weights} weights + ${biases} biases = ${total} parameters.`,
  /** The drawing's short layer names under each column, e.g. "in: 2", "h1: 3", "out: 1". */
  columnInput: 'in',
  columnOutput: 'out',
  columnHidden: (index: number) => `h${index}`,
};
