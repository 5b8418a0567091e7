// The playground (components/Playground/): its controls, run buttons, notices, pictures' words, charts,
// the teacher panel, CSV import and export, the link's problems and the screen-reader summary.
// Numbers inside messages go through src/ui/format.ts in this language ('en').
import { formatCount, formatInteger, formatNumber, formatPercent, formatPlain } from '../../ui/format.ts';
import { quoteEn as typed } from '../quote.ts';

const n = (v: number, decimals = 2) => formatNumber(v, decimals, undefined, 'en');
const plain = (v: number) => formatPlain(v, 'en');
const count = (c: number, one: string, many?: string) => formatCount(c, one, many, 'en');

export const playground = {
  fallback: 'The playground trains a small neural network in this page: you choose a data set of two-dimensional points, the input features, the hidden layers and their activations, the optimiser and its settings, and watch the decision boundary, every neuron\'s picture, the loss curves and the confusion matrix change as it learns. It needs JavaScript; with it switched off, the rest of this chapter still explains each control.',

  /** The page's frame: headings, regions, notices. */
  page: {
    heading: 'The playground',
    settingsRegion: 'Data and training settings',
    networkRegion: 'Network',
    outputRegion: 'Output',
    outputHeading: 'Output',
    yourData: 'Your data',
    linkProblems: 'Some settings in this link could not be used, so their defaults are shown:',
    dismiss: 'Dismiss this message',
  },

  toolbar: {
    label: 'Training',
    rewind: 'Rewind',
    rewindTitle: 'Back to the same initial weights, epoch 0',
    play: 'Play',
    pause: 'Pause',
    step: 'Step one epoch',
    newWeights: 'New weights',
    newWeightsTitle: 'Draw new initial weights (a new seed)',
    epoch: 'Epoch ',
    epochsTrained: 'Epochs trained',
    copyLink: 'Copy link to this set-up',
    copied: 'Link copied.',
    copyThis: (link: string) => `Copy this link: ${link}`,
  },

  /** Training problems: divergence and its fix, early stopping, no data, a failure. */
  status: {
    paused: (reason: string) => `Paused: ${reason}`,
    lowerButton: (rate: number) => `Lower the learning rate to ${plain(rate)} and reset`,
    lowered: (rate: number) => `Learning rate lowered to ${plain(rate)} and the weights reset. Press Play to train again.`,
    noData: 'There are no training points: add points on the plane, import a CSV file, or pick a data set.',
    failed: (why: string) => `Training could not go on: ${why}`,
    stopped: (v: { held: number; patience: number; epoch: number; kept: number }) =>
      `Early stopping: the validation loss (on the ${count(v.held, 'training point')} held out for it, not the test points) ` +
      `has not improved for ${count(v.patience, 'epoch')}, so training stopped after epoch ${formatInteger(v.epoch, 'en')} and went back to the weights of epoch ${formatInteger(v.kept, 'en')}.`,
  },

  /** Names shown for the data sets (controls and messages). */
  datasets: {
    circle: 'Circle', xor: 'Exclusive or (XOR)', gauss: 'Gaussian clusters', spiral: 'Spirals', moons: 'Two moons',
    sine: 'Boundary y = sin x', cubic: 'Boundary y = x³', abs: 'Boundary y = |x|',
    plane: 'Plane', multigauss: 'Several Gaussians', custom: 'Own data (added or imported)',
  },
  /** The classes' names: colour and marker shape, as the plane draws them. */
  classNames: ['orange circles', 'blue crosses', 'green triangles', 'pink squares'],
  /** The first word of each class name (the confusion matrix's headers). */
  classShort: ['orange', 'blue', 'green', 'pink'],
  activations: { relu: 'ReLU', tanh: 'tanh', sigmoid: 'sigmoid', linear: 'linear' },

  data: {
    panel: 'Data',
    problem: 'Problem',
    binary: 'Two classes',
    multiclass: 'Several classes (softmax)',
    regression: 'Regression',
    classes: 'Classes',
    dataSet: 'Data set',
    multiHint: (sets: string) => `Several classes are offered only for ${sets}, or your own points.`,
    and: ' and ',
    noise: 'Noise (%)',
    trainShare: 'Training share (%)',
    points: 'Number of points',
    regenerate: 'Regenerate data',
    showTest: 'Show test points',
    discretize: 'Discretise output (show only the decision)',
  },

  editor: {
    /** The name of the file "Download CSV" saves. */
    fileName: 'nn101-playground-data.csv',
    newPoints: 'New points are',
    clear: 'Clear data',
    export: 'Export data (CSV)',
    import: 'Import CSV (x1, x2, label)',
    value: (v: number) => `value ${plain(v)}`,
    classOption: (i: number, name: string) => `class ${i}: ${name}`,
    cleared: 'Data cleared. Click the plane, or use its arrow keys and Enter, to add points.',
    tooBig: (name: string, kilobytes: number) => `${name} is ${formatInteger(kilobytes, 'en')} kB; a data file can be at most 2 MB. The data was not changed.`,
    notImported: (name: string, problem: string) => `${name} was not imported. ${problem} The data was not changed.`,
    imported: (points: number, name: string, header: boolean) => `Imported ${count(points, 'point')} from ${name}${header ? ' (first line read as a header)' : ''}.`,
    exported: (points: number) => `Exported ${count(points, 'point')} as CSV.`,
    picked: (what: string) => `New points are ${what}.`,
    full: (max: number) => `The playground holds at most ${formatInteger(max, 'en')} points.`,
    added: (x: number, y: number, what: string) => `Added a point at (${plain(x)}, ${plain(y)}): ${what}.`,
  },

  /** CSV import problems, each naming its line (components/Playground/data-csv.ts returns the codes). */
  csv: {
    line: (line: number, problem: string) => `Line ${line}: ${problem}`,
    columns: (found: number) => `has ${count(found, 'column')}; each line needs 3: x1, x2, label.`,
    notNumber: (column: string, text: string) => `${column} ${typed(text)} is not a number.`,
    tooMany: (max: number) => `the file has more than ${formatInteger(max, 'en')} rows; the playground takes at most ${formatInteger(max, 'en')}.`,
    offPlane: (column: string, value: number, extent: number) => `${column} = ${plain(value)} is outside the plane (−${extent} to ${extent}).`,
    regressionLabel: (value: number) => `label ${plain(value)} is outside −1 to 1 (a regression target).`,
    classLabel: (value: number, classes: number) => `label ${plain(value)} is not a class of this problem (${Array.from({ length: classes }, (_, i) => i).join(', ')}${classes === 2 ? ', or −1 for 0' : ''}).`,
    empty: 'The file has no data rows: each line needs x1, x2, label.',
  },

  features: {
    /** The input features as the page writes them (plain text; Spanish writes the sine "sen"). */
    names: { x1: 'x₁', x2: 'x₂', x1Squared: 'x₁²', x2Squared: 'x₂²', x1x2: 'x₁·x₂', sinX1: 'sin x₁', sinX2: 'sin x₂' },
    panel: 'Inputs',
    lastOne: 'At least one input stays on.',
  },

  network: {
    panel: 'Network',
    hiddenLayers: 'Hidden layers: ',
    removeLayer: '− layer',
    removeLayerLabel: 'Remove a hidden layer',
    addLayer: '+ layer',
    addLayerLabel: 'Add a hidden layer',
    layer: (i: number) => `Layer ${i}: `,
    neurons: (units: number) => count(units, 'neuron'),
    removeNeuron: (layer: number) => `Remove a neuron from layer ${layer}`,
    addNeuron: (layer: number) => `Add a neuron to layer ${layer}`,
    layerActivation: (layer: number) => `Activation of layer ${layer}`,
    same: (activation: string) => `same (${activation})`,
    layerDropout: (layer: number) => `Dropout of layer ${layer}`,
    noDropout: 'no dropout',
    dropout: (rate: number) => `dropout ${plain(rate)}`,
    activation: 'Activation (every layer)',
    loss: 'Loss',
    squaredError: 'Squared error',
    crossEntropy: 'Cross-entropy',
    init: 'Weight initialisation',
    initAuto: 'Automatic (He for ReLU, else Xavier)',
    initXavier: 'Xavier (Glorot) normal',
    initHe: 'He normal',
  },

  training: {
    panel: 'Training',
    speed: 'Speed',
    slow: 'Slow: one mini-batch a frame',
    normal: 'Normal: one epoch a frame',
    fast: 'Fast: as many epochs as fit',
    learningRate: 'Learning rate',
    batch: 'Batch size',
    optimizer: 'Optimiser',
    sgd: 'SGD',
    momentumSgd: 'SGD with momentum',
    adam: 'Adam',
    momentum: 'Momentum',
    schedule: 'Learning-rate schedule',
    constant: 'Constant',
    stepDecay: 'Step decay',
    exponential: 'Exponential decay',
    cosine: 'Cosine',
    decay: 'Decay factor',
    period: 'Period (epochs)',
    regularization: 'Regularization',
    none: 'None',
    regRate: 'Regularization rate',
    dropout: 'Dropout (every hidden layer)',
    noHiddenLayers: 'no hidden layers',
    perLayer: 'per layer (see Network)',
    noDropout: 'none',
    earlyStopping: 'Early stopping (pause when the validation loss stops improving)',
    patience: 'Patience (epochs)',
    validationNote: (percent: number) => `It holds out ${plain(percent)} % of the training points (drawn as training points, but not trained on) and watches their loss, the validation loss; the test points stay unseen.`,
  },

  view: {
    connections: 'Connections show',
    weights: 'weights',
    gradients: 'gradients dL/dw',
  },

  teacher: {
    summary: 'For teachers: make an exercise link',
    intro: 'Set up the playground, hide what the class should not change, write the task, and share the link. The link holds the data, the network, every setting and both seeds.',
    hide: 'Hide these controls',
    task: 'Exercise text (up to 280 characters)',
    copy: 'Copy exercise link',
    exercise: 'Exercise',
    exerciseLead: 'Exercise: ',
    groups: {
      data: 'data set', noise: 'noise', split: 'training share', regenerate: 'regenerate / points', edit: 'adding and importing points',
      features: 'input features', layers: 'layers and neurons', activation: 'activation', dropout: 'dropout', problem: 'problem type',
      loss: 'loss', lr: 'learning rate', batch: 'batch size', init: 'initialisation', optimizer: 'optimiser', schedule: 'schedule',
      regularization: 'regularization', earlystop: 'early stopping', weights: 'new weights', views: 'view settings', speed: 'training speed',
    },
  },

  /** The plane, the legend under it and the cursor line. */
  plane: {
    role: 'data plane',
    label: 'Data plane from −6 to 6 on both axes. Arrow keys move the cursor, Enter adds a point, 1 to 4 choose the class.',
    legendRegression: 'Colour shows the value: orange −1, grey 0, blue +1. Filled dots: training points; rings: test points.',
    legendClasses: (names: readonly string[]) => `${names.map((name, i) => `class ${i}: ${name}`).join('; ')}. Filled marks: training points; hollow marks: test points. The background shows the network's prediction.`,
    predictsValue: (value: number) => `predicts ${n(value)}`,
    predictsClass: (name: string) => `predicts ${name}`,
    cursor: (x: number, y: number, what: string) => `Cursor at x₁ = ${n(x)}, x₂ = ${n(y)}: the network ${what}.`,
  },

  /** The network diagram and the formula of the neuron under the pointer or the keyboard. */
  diagram: {
    label: 'Network diagram: inputs on the left, output on the right. Arrow keys move between neurons.',
    out: 'out',
    outOf: (j: number) => `out ${j}`,
    input: (feature: string) => `Input ${feature}`,
    outputNeuron: 'out: the output neuron',
    outputNeuronOf: (j: number) => `out ${j}: output neuron ${j}`,
    neuron: (layer: number, j: number) => `Layer ${layer}, neuron ${j}`,
    neuronLower: (layer: number, j: number) => `layer ${layer}, neuron ${j}`,
    theOutput: 'the output',
    weight: (from: string, to: string, value: number) => `Weight from ${from} to ${to}: ${n(value, 3)}`,
    gradient: (value: number) => ` · gradient dL/dw: ${n(value, 4)}`,
    inputAt: (feature: string, x: number, y: number, value: number) => `Input ${feature}: at the cursor (x₁ = ${n(x)}, x₂ = ${n(y)}) it is ${n(value, 3)}.`,
    output: 'Output',
    outputOf: (j: number) => `Output ${j}`,
    atCursor: (x: number, y: number, z: number, a: number) => `At the cursor (x₁ = ${n(x)}, x₂ = ${n(y)}): z = ${n(z, 3)}, a = ${n(a, 3)}.`,
    edit: 'Edit these weights',
    weightFrom: (from: string) => `w from ${from}`,
    bias: 'bias',
  },

  /** Losses, accuracies, the loss chart and the confusion matrix. */
  charts: {
    trainLoss: 'Train loss',
    testLoss: 'Test loss',
    trainAccuracy: 'Train accuracy',
    testAccuracy: 'Test accuracy',
    percent: (fraction: number) => `${n(100 * fraction, 1)} %`,
    keptWeights: (epoch: number) => `These numbers are for the weights of epoch ${formatInteger(epoch, 'en')}, which early stopping kept.`,
    caption: 'Loss over epochs, on a log scale: training (solid line), test (dashed line).',
    stopCaption: (stoppedAt: number, kept: number) => ` Early stopping stopped after epoch ${formatInteger(stoppedAt, 'en')} (dotted vertical line) and kept the weights of epoch ${formatInteger(kept, 'en')} (solid vertical line, ringed point), where the test loss was lowest.`,
    epochAxis: 'epoch',
    lossAxis: 'loss (log scale)',
    train: 'train',
    test: 'test',
    tip: (epoch: number, set: string, loss: number) => `epoch ${formatInteger(epoch, 'en')}\n${set} loss ${n(loss, 4)}`,
    keptLabel: (epoch: number) => `weights kept: epoch ${formatInteger(epoch, 'en')}`,
    stoppedLabel: (epoch: number) => `stopped after epoch ${formatInteger(epoch, 'en')}`,
    confusionCaption: 'Confusion matrix on the test points: rows are the true class, columns the predicted class.',
    predicted: (name: string) => `predicted ${name}`,
    actual: (name: string) => `true ${name}`,
  },

  /** The screen-reader summary (a polite live region, a few seconds apart while training). */
  summary: {
    epoch: (epoch: number, kept: number | undefined) => `Epoch ${formatInteger(epoch, 'en')}${kept !== undefined ? ` (weights of epoch ${formatInteger(kept, 'en')} kept)` : ''}.`,
    losses: (train: number, test: number, trainPoints: number, testPoints: number) => {
      const none = (points: number, which: string) => (points === 0 ? `not measured (no ${which} points)` : 'not a finite number (the training diverged)');
      return `Training loss ${formatNumber(train, 3, none(trainPoints, 'training'), 'en')}, test loss ${formatNumber(test, 3, none(testPoints, 'test'), 'en')}.`;
    },
    accuracy: (fraction: number) => `Test accuracy ${formatPercent(fraction)}.`,
    regions: (parts: readonly { name: string; percent: number }[]) => `The network predicts ${parts.map((p) => `${p.name} on ${p.percent} %`).join(', ')} of the plane.`,
    range: (low: number, high: number) => `Predicted values range from ${n(low)} to ${n(high)} over the plane.`,
  },

  /** Things the link or a change had to fix (src/state/playground-state.ts `reconcile`). */
  fixes: {
    twoClassesOnly: (data: string, replacement: string, multiclassSets: string) => `The data set ${data} has only two classes, so ${replacement} is used instead: several classes (3 or 4) are offered only for ${multiclassSets}, or your own points.`,
    doesNotFit: (data: string, problem: string, replacement: string) => `The data set ${data} does not fit a ${problem} problem; using ${replacement}.`,
    crossEntropyNeedsClasses: 'Cross-entropy needs classes; a regression problem uses squared error.',
    badLabels: (problem: string, example: number) => `The added points have labels that do not fit a ${problem} problem (e.g. ${plain(example)}); they were removed.`,
    activations: (listed: number, layers: number, act: string) => `The per-layer activations list ${count(listed, 'layer')} but the network has ${layers}; every layer uses ${act}.`,
    dropout: (listed: number, layers: number) => `The per-layer dropout lists ${count(listed, 'layer')} but the network has ${layers}; dropout is off.`,
    problems: { binary: 'two-class', multiclass: 'multi-class', regression: 'regression' },
  },

  /** What each key of a playground link is called in messages about it. */
  keys: {
    problem: 'problem type', classes: 'number of classes', data: 'data set', noise: 'noise (%)', train: 'training share (%)',
    points: 'number of generated points', dataSeed: 'data seed', pts: 'added points', showTest: 'show test points',
    discretize: 'discretised output', features: 'input features', layers: 'hidden layers', act: 'activation',
    acts: 'per-layer activations', dropout: 'per-layer dropout', loss: 'loss', init: 'weight initialisation', seed: 'weight seed',
    lr: 'learning rate', batch: 'batch size', opt: 'optimiser', momentum: 'momentum', sched: 'learning-rate schedule',
    decay: 'schedule decay factor', every: 'schedule period (epochs)', reg: 'regularization', regRate: 'regularization rate',
    stop: 'early stopping', patience: 'early-stopping patience (epochs)', speed: 'training speed', view: 'connection view',
    hide: 'hidden controls', task: 'exercise text', projector: 'projector view', challenge: 'challenge',
    replay: 'replay (epochs to train on opening)',
  },

};
