// The shape of a plain feed-forward network as the reader builds it: a list of layer sizes
// [inputs, hidden 1, ..., hidden k, outputs]. Pure functions, no DOM; every edit returns a new shape and
// never produces one outside the limits below (the drawing stays readable, the engine would accept it).
import { networkBuilderStrings } from '../../src/i18n/index.ts';

export const LIMITS = {
  /** Neurons in any one layer (inputs and outputs included). 16 lets the reader build every network
   *  chapter 3 counts (10-5-10, 10-6-10, 10-5-3-10) with room to spare; the drawing shrinks its circles
   *  to fit a tall layer. */
  minUnits: 1,
  maxUnits: 16,
  /** Hidden layers between the input and the output layer. */
  maxHidden: 5,
  /** Size a newly added hidden layer starts with. */
  newLayerUnits: 3,
} as const;

export type Shape = readonly number[];

export type LayerRole = 'input' | 'hidden' | 'output';

export function roleOf(shape: Shape, index: number): LayerRole {
  if (index === 0) return 'input';
  return index === shape.length - 1 ? 'output' : 'hidden';
}

/** "Input layer", "Hidden layer 2", "Output layer" (in the page's language): the name a reader sees and hears. */
export function layerName(shape: Shape, index: number): string {
  const T = networkBuilderStrings();
  const role = roleOf(shape, index);
  if (role === 'input') return T.input;
  if (role === 'output') return T.output;
  return T.hidden(index);
}

export const hiddenCount = (shape: Shape): number => shape.length - 2;

export const canAddNeuron = (shape: Shape, index: number): boolean => shape[index] < LIMITS.maxUnits;
export const canRemoveNeuron = (shape: Shape, index: number): boolean => shape[index] > LIMITS.minUnits;
export const canAddLayer = (shape: Shape): boolean => hiddenCount(shape) < LIMITS.maxHidden;
export const canRemoveLayer = (shape: Shape, index: number): boolean => roleOf(shape, index) === 'hidden';

export function addNeuron(shape: Shape, index: number): Shape {
  if (!canAddNeuron(shape, index)) return shape;
  return shape.map((n, i) => (i === index ? n + 1 : n));
}

export function removeNeuron(shape: Shape, index: number): Shape {
  if (!canRemoveNeuron(shape, index)) return shape;
  return shape.map((n, i) => (i === index ? n - 1 : n));
}

/** Adds a hidden layer just before the output layer. */
export function addLayer(shape: Shape): Shape {
  if (!canAddLayer(shape)) return shape;
  return [...shape.slice(0, -1), LIMITS.newLayerUnits, shape[shape.length - 1]];
}

/** Removes hidden layer `index`; the input and output layers cannot be removed. */
export function removeLayer(shape: Shape, index: number): Shape {
  if (!canRemoveLayer(shape, index)) return shape;
  return shape.filter((_, i) => i !== index);
}

/**
 * Reads a shape from an attribute such as "2,3,1". Anything malformed or out of limits is refused with a
 * message (the widget then shows the message and starts from the fallback) instead of being guessed at.
 * The message is English, for authors: the shape is an MDX attribute, and a bad one fails the build.
 */
export function parseShape(text: string | null | undefined): { shape: Shape } | { error: string } {
  const parts = (text ?? '').split(',').map((s) => s.trim());
  const sizes = parts.map(Number);
  if (sizes.length < 2 || sizes.length > LIMITS.maxHidden + 2) {
    return { error: `a network needs an input and an output layer and at most ${LIMITS.maxHidden} hidden layers, got "${text}"` };
  }
  for (const n of sizes) {
    if (!Number.isInteger(n) || n < LIMITS.minUnits || n > LIMITS.maxUnits) {
      return { error: `each layer needs a whole number of neurons from ${LIMITS.minUnits} to ${LIMITS.maxUnits}, got "${text}"` };
    }
  }
  return { shape: sizes };
}
