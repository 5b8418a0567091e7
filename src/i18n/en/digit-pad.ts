// The digit pad (components/DigitPad/): the words its script writes. Functions take the numbers they
// show, already formatted.
import type { NotADigit } from '../../../components/DigitPad/digit-likeness.ts';
import { quoteEn } from '../quote.ts';
import { onnxProblem } from './onnx-problem.ts';

/** A file name the reader chose, quoted (long names clipped). */
const file = (name: string) => quoteEn(name, 60);

export const digitPad = {
  notADigit: {
    'little-ink': 'This does not look like a digit: there is almost no ink, only a dot or a speck. Draw the digit large, filling most of the box.',
    solid: 'This does not look like a digit: most of it is solid ink (a dot, a filled area, a tangle, or a digit drawn so small that the pen fills it). A digit is a thin line: draw it large, in one or two strokes.',
    flat: 'This does not look like a digit: it is a flat mark, far wider than tall, and digits stand upright.',
    scattered: 'This does not look like a digit: it is several separate heavy marks, and a digit is one or two strokes.',
    tangle: 'This does not look like a digit: it has more closed loops than any digit (an 8 has two).',
  } satisfies Record<NotADigit, string>,
  /** After a not-a-digit verdict: what the network says anyway, and why it must. */
  stillAnswers: (digit: number, probability: string) =>
    `The network still answers ${digit} (${probability}): its ten probabilities always add up to 100%, so a classifier always picks one of its classes, digit or not. The check above is a separate rule, not the network.`,
  exerciseNotCounted: 'Not counted for the exercise: it does not look like a digit.',

  ort: {
    loading: 'Loading ONNX Runtime (about 3.6 MB, once)…',
    failed: (reason: string) => `ONNX Runtime could not run here (${reason}). The pad above keeps working on the course's engine.`,
    nothingDrawn: 'Draw a digit (or load a test digit) first, then check it.',
    agree: (digit: number, probability: string, difference: string) =>
      `ONNX Runtime reads ${digit} (${probability}), as our engine does: over the ten probabilities the two differ by at most ${difference}. Same file, two independent programs, same answer.`,
    disagree: (ortDigit: number, ourDigit: number, difference: string) =>
      `ONNX Runtime reads ${ortDigit} but our engine reads ${ourDigit}; the probabilities differ by up to ${difference}. That should not happen: please report it.`,
  },

  /** Why an .onnx file could not be used (src/onnx/problem.ts codes). */
  onnx: onnxProblem,

  own: {
    tooLarge: (megabytes: string, limit: number) => `This file is ${megabytes} MB; the pad opens models up to ${limit} MB (a small classifier of 28 × 28 pictures is well under 1 MB). Nothing was loaded.`,
    reading: (name: string) => `Opening ${file(name)} in ONNX Runtime…`,
    notOpened: (name: string, reason: string) => `${file(name)} could not be used: ${reason} The pad above keeps working with the course's model.`,
    runtimeRefused: (reason: string) => `ONNX Runtime cannot run it (${reason}). It may use operators or types that onnxruntime-web does not support.`,
    ready: (name: string, shape: string, classes: number) => `Your model ${file(name)} is loaded: input [${shape}], ${classes} outputs. Draw on the pad to see its answer next to ours.`,
    failedOnDrawing: (reason: string) => `Your model failed on this drawing (${reason}).`,
    answer: (label: string, value: string, kind: 'probabilities' | 'scores') =>
      kind === 'probabilities' ? `Your model reads ${label} (${value} probability).` : `Your model's highest score is for ${label} (softmax of its scores: ${value}).`,
    classLabel: (index: number, classes: number) => (classes === 10 ? String(index) : `class ${index}`),
  },

  /** The pad's static markup (DigitPad.astro) and the sentences its script writes. */
  page: {
    canvasLabel: 'Drawing area for one digit',
    help: 'Draw one digit, 0 to 9, large, with a mouse, a finger or a pen. Without a pointer: focus this area and press <kbd>Enter</kbd> to load a handwritten test digit (again for the next one) and <kbd>Delete</kbd> to clear; the buttons below do the same.',
    clear: 'Clear',
    sample: 'Load a test digit',
    seen: 'What the network sees: 28 × 28 pixels',
    loadsOnScroll: 'The digit model loads when you scroll here (it needs JavaScript).',
    listLabel: 'Probability of each digit',
    ortSummary: 'Check with ONNX Runtime, or open your own model',
    ortIntro: 'The pad runs the model file with this course\'s own engine. ONNX Runtime, the standard program for ONNX files (about 3.6 MB), loads only when you press the button or choose a file below.',
    ortCheck: 'Check with ONNX Runtime',
    ownHeading: 'Open your own model',
    ownHelp: 'A small classifier of your own in ONNX format, for example exported from PyTorch (<code>torch.onnx.export</code>) or from Keras (with tf2onnx). It gets the picture in the small square: one float32 input of shape [batch, 784], [batch, 28, 28], [batch, 1, 28, 28] or [batch, 28, 28, 1], ink 1 on paper 0, the digit centred in a 20-pixel box as in MNIST. Its first output is read as one score or probability per class. Files up to 20 MB; the file stays in your browser.',
    ownFile: 'Choose a model file (.onnx)',
    unitsHeading: 'What the network learned: its 96 hidden units',
    unitsIntro: 'Each hidden unit adds up the 784 pixels, each times its own weight, and fires (ReLU) when the sum is above zero. Its 784 weights can be drawn as a 28 × 28 picture: blue where ink on that pixel pushes the unit up, orange where ink holds it down, pale where the pixel hardly matters.',
    unitsQuestion: 'Predict first: drawn this way, what do the 96 units\' weights look like?',
    unitsChoices: {
      digits: '96 small clear digits, about ten of each',
      parts: 'Broad strokes and blobs, pieces of several digits at once, with speckle all over',
      noise: 'Random speckle with no shape: the pattern is only in the numbers',
    },
    unitsReveal: 'Show the weights',
    unitsExplain: {
      digits: 'Not quite: hardly any unit looks like a whole digit. Nothing asked the network to keep one unit per digit; each unit answers to a pattern of strokes, and the output layer adds up many units to decide.',
      parts: 'Yes: most units are broad strokes and blobs, often ink-here beside no-ink-there, mixing pieces of several digits. The speckle is left from the random numbers the weights started from: after training they still correlate about 0.5 with those starting values. Training only moved them as far as it needed to tell ten digits apart.',
      noise: 'Look again: under the speckle, most tiles have broad strokes and blobs. The speckle is the random start (the trained weights still correlate about 0.5 with their starting values); the shapes are what training added.',
    },
    unitsCanvas: 'The 96 hidden units\' weights as 28 by 28 pictures, 12 per row',
    unitsLegend: 'Units are numbered 1 to 96, left to right, top to bottom. Each picture is scaled to its own largest weight. Blue: positive; orange: negative.',
    unitsChooseFirst: 'Choose an answer first: predicting is the point.',
    unitsCanvasLive: (count: number, columns: number, active: number) => `The ${count} hidden units' weights as 28 by 28 pictures, ${columns} per row; ${active} fire for this drawing, the strongest framed.`,
    exerciseHeading: 'Exercise: make it read all ten digits',
    exerciseIntro: 'Draw each digit from 0 to 9 so that the network reads it with at least 80% probability. The page ticks a digit off when that happens with your own drawing (test digits do not count).',
    notYet: 'not yet',
    read: 'read',
    allRead: 'All ten digits read. Well done: now try to fool it (see below).',
    someRead: (done: number) => `${done} of 10 digits read so far.`,
    caption: 'A network with one hidden layer, trained in this course\'s own engine on handwritten digits from MNIST (by Yann LeCun, Corinna Cortes and Christopher J. C. Burges), runs in your browser on this course\'s own engine, read from a standard ONNX file.',
    card: (heldOut: string, right: string, accuracy: string) => `On ${heldOut} MNIST digits it never trained on, it was right ${right} times (${accuracy}).`,
    loading: 'Loading the digit model…',
    ready: 'Model ready: draw a digit.',
    serverAnswered: (status: number) => `the server answered ${status}`,
    loadFailed: (reason: string) => `The digit model could not be loaded (${reason}). Reload the page to try again.`,
    samplesFailed: (reason: string) => `The test digits could not be loaded (${reason}).`,
    sampleShown: (n: number, total: number, label: number) => `Test digit ${n} of ${total}: MNIST labels it ${label}.`,
    failedOnDrawing: (reason: string) => `The model failed on this drawing (${reason}).`,
    reads: (digit: number, probability: string) => `The network reads ${digit} (${probability} probability)`,
    secondGuess: (digit: number, probability: string) => `; second guess ${digit} (${probability})`,
    digitAxis: 'digit',
    probabilityAxis: 'probability',
  },

  units: {
    notYet: 'Draw a digit to see which hidden units fire for it.',
    firing: (active: number, total: number, top: string) =>
      `${active} of ${total} hidden units fire for this drawing (a ReLU unit fires when its weighted sum is above zero). The strongest: ${top}. They are framed in the grid; units that stay at zero are faded.`,
    unitValue: (unit: number, value: string) => `unit ${unit} (${value})`,
  },
};
