// The digit pad's words that the script writes (the static ones are in DigitPad.astro), in one place for
// the Spanish edition. Functions take the numbers they show, already formatted.
import type { NotADigit } from './digit-likeness.ts';

export const PAD_STRINGS = {
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

  own: {
    tooLarge: (megabytes: string, limit: number) => `This file is ${megabytes} MB; the pad opens models up to ${limit} MB (a small classifier of 28 × 28 pictures is well under 1 MB). Nothing was loaded.`,
    empty: 'This file is empty.',
    reading: (name: string) => `Opening ${name} in ONNX Runtime…`,
    notOpened: (name: string, reason: string) => `${name} could not be used: ${reason} The pad above keeps working with the course's model.`,
    runtimeRefused: (reason: string) => `ONNX Runtime cannot run it (${reason}). It may use operators or types that onnxruntime-web does not support.`,
    ready: (name: string, shape: string, classes: number) => `Your model ${name} is loaded: input [${shape}], ${classes} outputs. Draw on the pad to see its answer next to ours.`,
    failedOnDrawing: (reason: string) => `Your model failed on this drawing (${reason}).`,
    answer: (label: string, value: string, kind: 'probabilities' | 'scores') =>
      kind === 'probabilities' ? `Your model reads ${label} (${value} probability).` : `Your model's highest score is for ${label} (softmax of its scores: ${value}).`,
    classLabel: (index: number, classes: number) => (classes === 10 ? String(index) : `class ${index}`),
  },

  units: {
    notYet: 'Draw a digit to see which hidden units fire for it.',
    firing: (active: number, total: number, top: string) =>
      `${active} of ${total} hidden units fire for this drawing (a ReLU unit fires when its weighted sum is above zero). The strongest: ${top}. They are framed in the grid; units that stay at zero are faded.`,
    unitValue: (unit: number, value: string) => `unit ${unit} (${value})`,
  },
} as const;
