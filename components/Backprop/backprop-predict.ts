// The predict-first question of the Backprop widget: which way will a chosen weight move in the first
// update? The feedback for a wrong answer names the idea that leads to it.
import { formatNumber } from '../../src/ui/format.ts';
import { PREDICTED_WEIGHT } from './backprop-model.ts';
import { PARAM_TEXT } from './backprop-steps.ts';

export type Direction = 'up' | 'down' | 'stays';

/** Feedback for the predict-first question; a wrong answer names the idea behind it. */
export function predictionFeedback(choice: Direction, gradient: number): { correct: boolean; text: string } {
  const name = PARAM_TEXT[PREDICTED_WEIGHT];
  const actual: Direction = gradient > 0 ? 'down' : 'up';
  const g = formatNumber(gradient, 4);
  const why = `Its gradient ∂L/∂${name} is ${g}, and the optimiser steps against the gradient (w ← w − η·∂L/∂w), so ${name} goes ${actual}.`;
  if (choice === actual) {
    return { correct: true, text: `Right. ${why} Step through the backward pass to see where the sign comes from: the output is too low, v₁ is positive, and x₂ = −2 is negative.` };
  }
  if (choice === 'stays') {
    return {
      correct: false,
      text: `Not quite: that is the popular picture of backpropagation as data travelling back to earlier layers to be processed again. Data only ever flows forward. What travels back is the gradient of the loss, and then an optimiser does change every weight. ${why}`,
    };
  }
  return {
    correct: false,
    text: `Not this time. Two tempting slips lead here: "the output is too small, so every weight should grow" (but ${name} multiplies x₂ = −2, a negative input, so growing it lowers the output), and "a weight moves along its gradient" (the gradient points uphill on the loss; the update goes the other way). ${why}`,
  };
}

