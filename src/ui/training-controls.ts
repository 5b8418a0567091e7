// Scaffolding shared by the widgets where the reader predicts, then trains networks with a click
// (SizeMatters, RegularizationLab): mounting every instance, showing the app in place of the no-JavaScript
// fallback, the prediction question, the Train / Skip / Reset row with its status line and feedback box,
// and how the slice loop starts (reduced motion: straight to the end), pauses and skips.
// `prefix` is the widget's class prefix ('sm', 'rl'): elements carry `${prefix}-predict`, `${prefix}-choice`,
// `${prefix}-train`, `${prefix}-reset`, `${prefix}-status` and `${prefix}-feedback` (the widget's own styles and tests use them)
// next to the shared classes prediction-choice, training-status, prediction-feedback and prediction-wrong,
// which global.css styles once for every such widget.
import type { SliceLoop } from '../scenarios/slice-loop.ts';
import { el } from './dom.ts';
import { trainingControlsStrings } from '../i18n/index.ts';

/** Marks the root mounted, hides the fallback and returns the shown app container; undefined if mounted already. */
export function revealApp(root: HTMLElement): HTMLElement | undefined {
  if (root.dataset.mounted) return undefined;
  root.dataset.mounted = 'true';
  const app = root.querySelector<HTMLElement>('[data-role="app"]')!;
  root.querySelector<HTMLElement>('[data-role="fallback"]')?.setAttribute('hidden', '');
  app.hidden = false;
  return app;
}

export interface PredictionChoice {
  value: string;
  text: string;
}

/** The "predict first" question: radio buttons named `${id}-predict`, one per choice. */
export function predictionFieldset(id: string, prefix: string, question: string, choices: readonly PredictionChoice[]): HTMLFieldSetElement {
  const predict = el('fieldset', { class: `${prefix}-predict` }, el('legend', {}, question));
  for (const c of choices) {
    const input = el('input', { type: 'radio', name: `${id}-predict`, value: c.value, id: `${id}-predict-${c.value}` });
    predict.append(el('label', { for: input.id, class: `${prefix}-choice prediction-choice` }, input, ` ${c.text}`));
  }
  return predict;
}

/** The chosen prediction's value, or undefined before the reader chose. */
export const chosenPrediction = (predict: HTMLElement): string | undefined => predict.querySelector<HTMLInputElement>('input:checked')?.value;

/**
 * True once a prediction is chosen; otherwise says `ask` in the status line, moves focus to the first
 * choice and returns false (training waits for a prediction).
 */
export function requirePrediction(predict: HTMLElement, setStatus: (text: string) => void, ask: string): boolean {
  if (predict.querySelector('input:checked')) return true;
  setStatus(ask);
  predict.querySelector<HTMLInputElement>('input')!.focus();
  return false;
}

export interface RunControls {
  trainButton: HTMLButtonElement;
  skipButton: HTMLButtonElement;
  resetButton: HTMLButtonElement;
  /** The three buttons in a row. */
  buttons: HTMLDivElement;
  /** A polite live region (role=status) for progress and messages. */
  status: HTMLParagraphElement;
  /** Where the verdict on the prediction goes (aria-live polite). */
  feedback: HTMLDivElement;
  setStatus(text: string): void;
  /** Replaces the feedback with one paragraph, marked right or wrong (a wrong one has another border colour). */
  showVerdict(right: boolean, text: string): void;
}

export function createRunControls(prefix: string, trainLabel: string): RunControls {
  const trainButton = el('button', { type: 'button', class: `primary ${prefix}-train` }, trainLabel);
  const T = trainingControlsStrings();
  const skipButton = el('button', { type: 'button', disabled: true }, T.skip);
  const resetButton = el('button', { type: 'button', class: `${prefix}-reset` }, T.reset);
  const status = el('p', { class: `${prefix}-status training-status` });
  status.setAttribute('role', 'status');
  const feedback = el('div', { class: `${prefix}-feedback prediction-feedback` });
  feedback.setAttribute('aria-live', 'polite');
  const buttons = el('div', { class: 'button-row' }, trainButton, skipButton, resetButton);
  return {
    trainButton, skipButton, resetButton, buttons, status, feedback,
    setStatus: (text) => { status.textContent = text; },
    showVerdict: (right, text) => feedback.replaceChildren(el('p', { class: right ? `${prefix}-right` : `${prefix}-wrong prediction-wrong` }, text)),
  };
}

/** Starts the loop: animated, or with reduced motion without animation until the end (and says so). */
export function startLoop(loop: SliceLoop, setStatus: (text: string) => void, progress: () => string): void {
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  setStatus(reduced ? `${progress()} ${trainingControlsStrings().reducedMotion}` : progress());
  loop.start(!reduced);
}

/** Pauses the loop and says where training stands. */
export function pauseLoop(loop: SliceLoop, setStatus: (text: string) => void, progress: () => string): void {
  loop.pause();
  setStatus(trainingControlsStrings().paused(progress()));
}

/** Runs the rest without animation (the Skip button). */
export function skipToEnd(loop: SliceLoop, setStatus: (text: string) => void, progress: () => string): void {
  loop.pause();
  setStatus(trainingControlsStrings().skipping(progress()));
  loop.start(false);
}
