// Chapter 1's figure of a biological and an artificial neuron (components/Neuron/NeuronComparisonFigure.astro).
export const neuronFigure = {
  bioTitle: 'A biological neuron',
  bioDescription: 'Branching dendrites on the left receive signals from other cells and lead into the cell body. A long axon leaves the cell body to the right and splits into terminals that pass the signal on across synapses.',
  dendrites: 'dendrites',
  cellBody: 'cell body',
  axon: 'axon',
  synapses: 'synapses',
  bioName: 'biological neuron',
  annTitle: 'An artificial neuron',
  annDescription: 'Three inputs x1, x2 and x3 on the left, each joined to a circle by a line labelled with its weight w1, w2 or w3. In the circle the weighted inputs are added to a bias b, giving z, and an activation function f turns z into the output a, which leaves to the right.',
  inputs: 'inputs',
  bias: 'bias b',
  annName: 'artificial neuron',
  /** HTML: the caption's variables are in <i>. */
  caption: 'Left, a nerve cell: dendrites collect signals from other cells, the cell body combines them, and the axon carries a pulse on to the synapses. Right, the artificial neuron it inspired: inputs <i>x</i>, each multiplied by a weight <i>w</i>, added up with a bias <i>b</i> (Σ), and passed through an activation function <i>f</i>. The match is loose: see “Where the analogy stops” below.',
};
