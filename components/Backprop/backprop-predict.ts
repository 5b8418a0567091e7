// The predict-first question of the Backprop widget: which way will a chosen weight move in the first
// update? The feedback for a wrong answer names the idea that leads to it.
import { formatNumber } from '../../src/ui/format.ts';
import { PREDICTED_WEIGHT } from './backprop-model.ts';
import { PARAM_TEXT } from './backprop-steps.ts';
import { backpropStrings } from '../../src/i18n/index.ts';

export type Direction = 'up' | 'down' | 'stays';

/** Feedback for the predict-first question; a wrong answer names the idea behind it. */
export function predictionFeedback(choice: Direction, gradient: number): { correct: boolean; text: string } {
  const name = PARAM_TEXT[PREDICTED_WEIGHT];
  const actual: Direction = gradient > 0 ? 'down' : 'up';
  const g = formatNumber(gradient, 4);
  const T = backpropStrings().verdict;
  const why = T.why(name, g, actual === 'down');
  if (choice === actual) return { correct: true, text: T.right(why) };
  if (choice === 'stays') return { correct: false, text: T.stays(why) };
  return { correct: false, text: T.wrongWay(name, why) };
}

