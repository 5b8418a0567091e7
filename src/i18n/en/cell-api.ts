// The cell API (src/cells/api/): verdicts, misconceptions, descriptions and error messages a cell's code
// shows. Verdicts never contain the right answer.

import type { InputField, InputProblem } from '../../engine/validate.ts';
import type { DigitsProblem } from '../../cells/api/digits.ts';
import { formatInteger, formatPlain } from '../../ui/format.ts';

const list = (names: readonly string[]) => names.join(', ');
const n = (x: number) => String(Number(x.toPrecision(6)));
/** A limit in an engine problem: a whole number grouped, others as they are. */
const limit = (x: number) => (Number.isInteger(x) ? formatInteger(x, 'en') : formatPlain(x, 'en'));

/** What each field a reader hands the engine is called in a sentence (its name in code in brackets). */
const FIELDS: Record<InputField, string> = {
  inputs: 'inputs', seed: 'seed', leakySlope: 'leakySlope', dropout: 'dropout', learningRate: 'the learning rate (learningRate)',
  momentum: 'momentum', beta1: 'beta1', beta2: 'beta2', epsilon: 'epsilon', batchSize: 'the batch size (batchSize)', l1: 'l1', l2: 'l2',
  scheduleEvery: 'the schedule\'s every', scheduleFactor: 'the schedule\'s factor', scheduleRate: 'the schedule\'s rate',
  scheduleEpochs: 'the schedule\'s epochs', scheduleMin: 'the schedule\'s min', gridSize: 'the grid size', unitLayer: 'the unit\'s layer',
  unitIndex: 'the unit\'s index',
};
const field = (f: InputField, layer?: number) => `${FIELDS[f]}${layer === undefined ? '' : ` of layers[${layer}]`}`;
const numbers = (what: string, layer?: number) => (layer === undefined ? what : `${what}[${layer}]`);

/** Why the engine refused what a cell handed it (src/engine/validate.ts); `got` is the value written as code. */
function engineProblem(p: InputProblem): string {
  switch (p.code) {
    case 'spec-not-object': return `A network spec must be an object like { inputs: 2, layers: [...] }, got ${p.got}.`;
    case 'whole-number': return `${cap(field(p.field, p.layer))} must be a whole number from ${limit(p.min)} to ${limit(p.max)}, got ${p.got}.`;
    case 'range': return `${cap(field(p.field, p.layer))} must be a number from ${limit(p.min)} ${p.closed ? 'to' : 'up to (not including)'} ${limit(p.max)}, got ${p.got}.`;
    case 'layer-count': return `layers must list up to ${p.max} hidden layers followed by the output layer (1 to ${p.max + 1} entries), got ${p.got}.`;
    case 'layer-not-object': return `layers[${p.layer}] must be an object like { units: 4, activation: "tanh" }.`;
    case 'units': return `layers[${p.layer}] has ${p.got} units; each layer needs 1 to ${limit(p.max)}.`;
    case 'activation': return `layers[${p.layer}] has activation ${p.got}; the activations are ${list(p.allowed)}.`;
    case 'softmax-hidden': return `layers[${p.layer}] uses softmax, which only the output layer (layers[${p.last}]) may use.`;
    case 'dropout-output': return `layers[${p.layer}] is the output layer; only hidden layers can have dropout.`;
    case 'loss': return `The loss ${p.got} does not exist; the losses are ${list(p.allowed)}.`;
    case 'loss-output': return `The ${p.loss} loss needs a ${p.needs} output layer, but the output layer is ${p.got}.`;
    case 'softmax-loss': return `A softmax output layer needs the softmaxCrossEntropy loss, got ${p.got}.`;
    case 'init': return `init is ${p.got}; use "xavier" or "he", or leave it out for each layer's default.`;
    case 'config-not-object': return `The training options must be an object, got ${p.got}.`;
    case 'learning-rate': return `The learning rate (learningRate) must be a number above 0 and at most ${limit(p.max)}, got ${p.got}.`;
    case 'optimizer-not-object': return `The optimizer must be an object like { kind: "adam" }, got ${p.got}.`;
    case 'optimizer-kind': return `There is no optimizer ${p.got}: use "sgd", "momentum" or "adam".`;
    case 'schedule-not-object': return `The schedule must be an object like { kind: "constant" }, got ${p.got}.`;
    case 'schedule-kind': return `There is no schedule ${p.got}: use "constant", "step", "exponential" or "cosine".`;
    case 'parameters-not-object': return 'The parameters must be an object { weights: number[][], biases: number[][] }.';
    case 'parameter-layers': return `The parameters have ${p.weights} weight and ${p.biases} bias layers, but the network has ${p.layers} layers.`;
    case 'weights-size': return `weights[${p.layer}] has ${limit(p.got)} numbers, but layers[${p.layer}] needs ${p.inputs} × ${p.units} = ${limit(p.inputs * p.units)}.`;
    case 'biases-size': return `biases[${p.layer}] has ${limit(p.got)} numbers, but layers[${p.layer}] has ${p.units} units.`;
    case 'not-numbers': return `${numbers(p.what, p.layer)} must be a list of numbers, got ${p.got}.`;
    case 'not-finite': return `${numbers(p.what, p.layer)}[${p.index}] is ${p.got}; every value must be a finite number.`;
    case 'step-untrainable': return `layers[${p.layer}] uses step, whose gradient is 0 almost everywhere, so nothing can learn through it; use sigmoid to train (step is for forward passes only).`;
    case 'not-saved-network': return 'This is not a network: boundary(…) and the engine need one made with network(…), or its toJSON().';
    case 'saved-version': return `This saved network has version ${p.got}; the course reads version 1.`;
  }
}
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const misconceptions = {
  noReturn: 'The function computes but does not return its result (a missing return).',
  forgotBias: 'This matches the computation without the bias: add b to the weighted sum before the activation.',
  noActivation: 'This matches the weighted sum itself: the activation function was not applied.',
  activationTwice: 'This matches applying the activation twice: apply it once, to the weighted sum plus bias.',
  biasAfterActivation: 'This matches adding the bias after the activation: the bias belongs inside, added to the weighted sum.',
  subtractedBias: 'This matches subtracting the bias: it is added to the weighted sum.',
  sigmoidSign: 'This matches 1 / (1 + e^z): the sigmoid has e to the minus z.',
  multipliedSums: 'This matches (sum of inputs) × (sum of weights): each input is multiplied by its own weight, then the products are added.',
  firstInputOnly: 'This matches using only the first input: loop over every input.',
  forgotBiases: 'This matches counting only the weights: every unit (in every layer after the inputs) also has a bias.',
  countedUnits: 'This matches counting units (neurons): parameters are the weights on the connections plus one bias per unit.',
  countedUnitsNoInputs: 'This matches counting the units of each layer: parameters are the weights on the connections plus one bias per unit.',
  biasesOnInputs: 'This matches giving the inputs biases too: inputs are just numbers fed in; only units of the layers have biases.',
  oneBiasPerLayer: 'This matches one bias per layer: every unit has its own bias.',
  addedInsteadOfMultiplied: 'This matches adding the sizes of neighbouring layers: every input of a layer connects to every unit, so the weights are n_in × n_out.',
  skippedFirstLayer: 'This matches leaving out the first layer (inputs to the first hidden layer): the connections from the inputs have weights too.',
  noHiddenActivation: 'This matches leaving out tanh on the hidden layer: without it, the two layers collapse into one linear map.',
  noOutputActivation: 'This matches leaving out the sigmoid on the output layer.',
  swappedActivations: 'This matches sigmoid on the hidden layer and tanh on the output: the hidden layer uses tanh, the output the sigmoid.',
  sameActivationEverywhere: 'This matches tanh on both layers: the output layer uses the sigmoid.',
  transposedWeights: 'This matches reading the weights the wrong way round: W[i][j] is the weight from input i to unit j, so unit j sums over i of a[i] × W[i][j].',
  forwardWrong: 'The forward value is not the function itself: compute it first, then its derivative.',
  disconnected: 'The input got no gradient: the result was made without listing x as its input (new Value(s, [x], [derivative])).',
  zeroDerivative: 'Your local derivative is 0 everywhere: put the derivative of the function in its place.',
  passedStraightThrough: 'This matches a local derivative of 1, as if the operation were not there.',
  derivativeOnInput: 'This matches the formula applied to the input x: the derivative is written in terms of the output of the function, not its input.',
  outputAsDerivative: 'This matches using the output itself as the derivative (that is the rule for e^x, not this function).',
  tanhRuleForSigmoid: 'This matches 1 − σ², which is tanh’s rule written with σ.',
  sigmoidRuleForTanh: 'This matches t(1 − t), which is the sigmoid’s rule written with tanh.',
  signFlipped: 'This matches the right size with the wrong sign: this function is increasing, so its slope is positive.',
  halfTheRule: 'This matches only one of the two factors of the rule.',
  forgotSquare: 'This matches 1 − t: the tanh in the rule is squared.',
  plusInsteadOfMinus: 'This matches 1 + t²: the slope of tanh is largest at 0 and falls off on both sides.',
  paramsNeverMoved: 'The parameters never moved: the update used gradients that were 0. Call loss.backward() before the update, set the grads to 0 before backward (not between backward and the update), and change p.data, not p.grad.',
  gradientsNotZeroed: 'This matches never setting the gradients back to 0: backward adds to .grad, so each step also used every earlier step’s gradient.',
  gradientAscent: 'This matches moving with the gradient: the gradient points uphill, so step against it (subtract).',
  ignoredLearningRate: 'This matches a step of the whole gradient: multiply it by the learning rate.',
  dropoutAtTest: 'With training = false the activations must come back unchanged: dropout is only for training.',
  droppedNothing: 'No unit was dropped while training.',
  keepProbability: 'This matches treating p as the probability to keep a unit: p is the probability to drop it.',
  dropoutRate: 'The share of units set to 0 is not p.',
  dropoutScaleVaries: 'The kept units were not all scaled by the same factor.',
  noRescaling: 'This matches dropout without rescaling: the kept units must be divided by 1 − p, so the layer’s expected output stays the same and nothing needs changing at test time.',
  multipliedByKeep: 'This matches multiplying the kept units by 1 − p: that shrinks them further; inverted dropout divides by 1 − p.',
  scaledByP: 'This matches scaling by p: the keep probability is 1 − p.',
  wrongScale: 'The kept units were scaled by a factor that keeps the expected output from staying the same.',
};

export const cellApi = {
  misconceptions,
  // Verdicts
  passed: (cases: number) => `Right on all ${cases} test cases.`,
  notAFunction: (type: string) => `The check needs your function itself (its name, without calling it), not ${type === 'undefined' ? 'undefined' : `a ${type}`}.`,
  threw: (where: string, message: string) => `Your function stopped with an error on ${where}: ${message}`,
  /** Where check.descentStep's test run was, for `threw`. */
  descentTestFit: 'the test fit',
  returnedNothing: 'Your function returned undefined.',
  wrongOn: (where: string, answer: string) => `Not yet: for ${where} your function returned ${answer}, which is not right.`,
  opNotAValue: (what: string) => `Your operation returned ${what}; it must return a Value (new Value(result, [x], [derivative])).`,
  opForwardWrong: (where: string, answer: string) => `Not yet: for ${where} the Value you returned holds ${answer}, which is not the function’s value.`,
  opDisconnected: 'Not yet: the Value your operation returns was not made from x, so no gradient can reach x.',
  descentPassed: (steps: number) => `Right: ${steps} steps of your gradient descent followed the correct path.`,
  descentWrong: 'Not yet: after a few steps of your update the parameters are not where gradient descent takes them.',
  dropoutPassed: 'Right: while training about p of the units are 0 and the rest are scaled so the mean is kept; at test time nothing changes.',
  dropoutWrong: 'Not yet: this is not inverted dropout.',
  dropoutShape: (what: string, length: number) => `Your function returned ${what}; it must return an array of the same length as its input (${length}).`,
  // check.grad
  gradNeedsFunction: 'check.grad needs a function of Values, for example check.grad((x) => x.mul(x), 3).',
  gradBadPoint: 'check.grad needs a point: a number, or an array of numbers, one per argument of the function.',
  gradNotAValue: (type: string) => `check.grad: the function returned ${type === 'undefined' ? 'undefined' : `a ${type}`}, not a Value built from its arguments.`,
  gradAgrees: (rows: { at: number; backward: number }[]) =>
    `Your derivative agrees with the measured slope: ${rows.map((r) => `at ${n(r.at)}, ${n(r.backward)}`).join('; ')}.`,
  gradDisagrees: (index: number, count: number, r: { at: number; backward: number; numeric: number }) =>
    `Your derivative${count > 1 ? ` with respect to argument ${index + 1}` : ''} at ${n(r.at)} is ${n(r.backward)}, but the slope measured by finite differences is ${n(r.numeric)}.`,
  gradDisconnected: misconceptions.disconnected,
  // A check's test case, in its verdict ("for … your function returned"); the values come written as code.
  caseNeuron: (inputs: string, weights: string, bias: string) => `inputs ${inputs}, weights ${weights}, bias ${bias}`,
  caseLayers: (inputs: number, units: number[]) => `${inputs} inputs and layers of ${units.join(', ')} units`,
  caseTwoLayers: (inputs: number, hidden: number, outputs: number, x: string) => `${inputs} inputs, ${hidden} hidden units, ${outputs} output${outputs === 1 ? '' : 's'} (x = ${x})`,
  // Descriptions (console.log)
  // These are the cell's own summaries: their counts and rates are written the page's way.
  dataset: (name: string, count: number, width: number, perClass: number[]) =>
    `${name}: ${formatInteger(count, 'en')} examples of ${width} number${width === 1 ? '' : 's'}${perClass.length ? `, ${perClass.length} classes (${perClass.map((c) => formatInteger(c, 'en')).join(' / ')})` : ''}`,
  network: (shape: string, loss: string, parameters: number, seed: number) => `Network ${shape}, loss ${loss}, ${formatInteger(parameters, 'en')} parameters, seed ${seed}`,
  /** A layer's dropout inside the network's shape ("4 tanh (dropout 0.2)"). */
  layerDropout: (rate: number) => `(dropout ${formatPlain(rate, 'en')})`,
  // Errors
  unknownDataset: (name: string, names: readonly string[]) => `There is no data set called "${name}". Try one of: ${list(names)} (and digits(), which loads handwritten digits).`,
  notADataset: 'Expected a data set: an object with inputs and targets (arrays of rows).',
  badRows: (what: string) => `The data set's ${what} must be a non-empty array of rows (arrays of numbers).`,
  rowCount: (what: string, got: number, want: number) => `The data set has ${want} rows of inputs but ${got} rows of ${what}: they need one row each.`,
  ragged: (what: string, row: number, width: number) => `Row ${row} of ${what} does not have ${width} numbers like the first row.`,
  notANumber: (what: string, row: number, value: unknown) => `Row ${row} of ${what} holds ${String(value)}, which is not a finite number.`,
  badSpec: 'network(spec) needs a spec like { inputs: 2, layers: [{ units: 4, activation: "tanh" }, { units: 1, activation: "sigmoid" }] }.',
  inputWidth: (row: number, got: number, want: number) => `Input ${row} has ${got < 0 ? 'no array of' : got} numbers; this network takes ${want}.`,
  trainNeedsNetwork: 'train(net, data, options) needs a network made with network(spec) first.',
  unknownOptimizer: (name: string) => `There is no optimiser "${name}". Use "sgd", "momentum" or "adam".`,
  epochs: (epochs: unknown, max: number) => `epochs must be a whole number from 1 to ${max}, got ${String(epochs)}.`,
  trainTwice: 'This training run has already been used: call train(...) again for a new one.',
  digitsUnavailable: (p: DigitsProblem) => `The digits could not be loaded (${
    p.kind === 'no-fetch' ? 'this environment cannot fetch files'
    : p.kind === 'offline' ? 'no connection, and the digit file is not saved on this device yet'
    : p.kind === 'status' ? `the server answered ${p.status}`
    : `the file has ${formatInteger(p.bytes, 'en')} bytes, not the expected size`}).`,
  digitsCount: (max: number, got: unknown) => `digits() has 1 to ${max} digits of that kind; asked for ${String(got)}.`,
  dropoutExperiment: (p: number) => `p must be a number from 0 to 0.9 for this experiment, got ${p}.`,
  engineProblem,
};
