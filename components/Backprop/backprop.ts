// DOM wiring of the Backprop widget: steps through the walk-through, fills the formula slots, marks the
// diagram (outline + "now" label + ✓, animated backward arrow unless reduced motion), runs updates and
// grades the predict-first question. The maths is in ./backprop-model.ts.
import { keepPrediction } from '../../src/classroom/progress/prediction.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { setSlot } from '../../src/ui/slots.ts';
import { createSliderField } from '../../src/ui/slider-field.ts';
import { createTrainingProgress } from '../../src/ui/training-progress.ts';
import {
  computeRound, createBackpropNetwork, EXAMPLE, forwardValues, INITIAL_PARAMETERS, LEARNING_RATE_RANGE, paramValue,
  PREDICTED_WEIGHT, sgdStep, slotNumbers, TARGET_RANGE, type Example, type HiddenActivation, type Round, type UpdateResult,
} from './backprop-model.ts';
import { backpropStrings } from '../../src/i18n/index.ts';

const S = backpropStrings();
import { slotTexts } from './backprop-format.ts';
import { PARAM_TEXT } from './backprop-steps.ts';
import { predictionFeedback, type Direction } from './backprop-predict.ts';
import { formatSmall } from '../../src/ui/small-numbers.ts';

export function mountBackprop(root: HTMLElement): void {
  const activation = (root.dataset.activation === 'tanh' ? 'tanh' : 'sigmoid') as HiddenActivation;
  let learningRate = Number(root.dataset.learningRate) || 2;
  const network = createBackpropNetwork(activation);
  const items = [...root.querySelectorAll<HTMLLIElement>('[data-step]')];
  const parts = [...root.querySelectorAll<SVGGElement>('[data-part]')];
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const next = root.querySelector<HTMLButtonElement>('[data-next]')!;

  let example: Example = { ...EXAMPLE };
  let round: Round = computeRound(network, activation, example);
  let update: UpdateResult | undefined;
  let current = 0;
  let losses: number[] = [round.forward.loss];
  let predictionNote = '';
  // One example, so every update is a full-batch step and one epoch: step count = epoch count.
  let updates = 0;
  const progress = createTrainingProgress({ epoch: 0, batchSize: 1, trainSize: 1, steps: 0 });
  const showProgress = () => progress.update({ epoch: updates, batchSize: 1, trainSize: 1, steps: updates });

  for (const el of root.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
  const field = createSliderField({
    id: `${root.id}-eta`,
    label: S.learningRate,
    ...LEARNING_RATE_RANGE, value: learningRate,
    description: S.learningRateHint,
    onInput(v) { learningRate = v; },
  });
  const targetField = createSliderField({
    id: `${root.id}-target`,
    label: S.target,
    ...TARGET_RANGE, value: example.target,
    description: S.targetHint,
    onInput(v) {
      example = { ...example, target: v };
      startRound();
      losses = [round.forward.loss];
      render();
    },
  });
  root.querySelector('[data-learning-rate-field]')!.append(field.element, targetField.element, progress.element);

  const stepParts = (li: HTMLLIElement) => (li.dataset.parts ?? '').split(' ').filter(Boolean);

  const renderHistory = () => {
    const box = root.querySelector<HTMLElement>('[data-history]')!;
    box.hidden = losses.length < 2;
    root.querySelector('[data-losses]')!.replaceChildren(...losses.map((l, i) => {
      const li = document.createElement('li');
      li.textContent = i === 0 ? S.historyStart(formatNumber(l, 4)) : S.historyAfter(i, formatNumber(l, 4));
      return li;
    }));
    const max = Math.max(...losses);
    const points = losses.map((l, i) => `${(i / Math.max(1, losses.length - 1)) * 296 + 2},${58 - (l / (max || 1)) * 54}`);
    root.querySelector('[data-spark]')!.setAttribute('points', points.join(' '));
  };

  const render = () => {
    const texts = slotTexts(slotNumbers(round, update));
    for (const [name, text] of Object.entries(texts)) setSlot(root, name, text);
    const step = items[current]!;
    const phase = step.dataset.phase;
    const done = new Set<string>();
    items.forEach((li, i) => {
      li.hidden = i > current;
      if (i === current) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
      if (i < current && li.dataset.gradient) for (const p of stepParts(li)) if (p.startsWith('edge-')) done.add(p);
    });
    const now = new Set(stepParts(step));
    for (const part of parts) {
      const name = part.dataset.part!;
      const state = [
        // the update changes every weight at once: thick edges, without a "now" label on each
        now.has(name) ? (phase === 'update' ? 'changed' : 'current') : '',
        // the dashed backward arrow; CSS animates it unless the reader prefers reduced motion
        now.has(name) && phase === 'backward' && name.startsWith('edge-') ? 'flow' : '',
        done.has(name) ? 'done' : '',
      ].filter(Boolean).join(' ');
      part.dataset.state = state;
    }
    for (const el of root.querySelectorAll<HTMLElement>('[data-fd]')) {
      const key = el.dataset.fd as keyof Round['gradients'];
      if (!(key in round.finiteDifferences)) continue;
      el.textContent = formatNumber(round.finiteDifferences[key], 4);
      const gap = Math.abs(round.finiteDifferences[key] - round.gradients[key]);
      root.querySelector(`[data-fd-verdict="${key}"]`)!.textContent = gap < 1e-7
        ? S.agreesBy(formatSmall(gap))
        : S.differs(formatSmall(gap));
    }
    const f = round.forward;
    const nodeValues: Record<string, number> = { x1: f.x1, x2: f.x2, h1: f.h1, h2: f.h2, o: f.yhat, loss: f.loss };
    for (const el of root.querySelectorAll<SVGTextElement>('[data-node-value]')) {
      el.textContent = formatNumber(nodeValues[el.dataset.nodeValue!]!, 3);
    }
    let text = S.stepOf(current + 1, items.length, step.dataset.title ?? '');
    const key = step.dataset.gradient as keyof Round['gradients'] | '';
    if (key) {
      text += S.gradientAndCheck(formatNumber(round.gradients[key], 4), formatNumber(round.finiteDifferences[key], 4));
    }
    if (phase === 'forward') text += S.loss(formatNumber(round.forward.loss, 4));
    if (phase === 'update' && update) {
      const before = paramValue(round.parameters, PREDICTED_WEIGHT);
      const after = paramValue(update.after, PREDICTED_WEIGHT);
      text += S.weightMoved(PARAM_TEXT[PREDICTED_WEIGHT], after < before, formatNumber(before, 4), formatNumber(after, 4), formatNumber(round.forward.loss, 4), formatNumber(update.lossAfter, 4)) + predictionNote;
    }
    status.textContent = text;
    showProgress();
    next.textContent = phase === 'update' ? S.nextForward : S.next;
    renderHistory();
  };

  const startRound = () => {
    round = computeRound(network, activation, example);
    update = undefined;
    current = 0;
  };

  next.addEventListener('click', () => {
    if (current < items.length - 1) {
      current++;
      if (items[current]!.dataset.phase === 'update') {
        sgdStep(network, learningRate, example);
        updates++;
        update = { learningRate, after: network.getParameters(), lossAfter: forwardValues(network, example).loss };
        losses.push(update.lossAfter);
      }
    } else {
      startRound();
    }
    render();
  });

  root.querySelector('[data-train]')!.addEventListener('click', () => {
    const start = forwardValues(network, example).loss;
    // Ten more updates from the current weights (whether or not this round's update has been shown).
    for (let i = 0; i < 10; i++) {
      sgdStep(network, learningRate, example);
      updates++;
      losses.push(forwardValues(network, example).loss);
    }
    startRound();
    render();
    status.textContent = `${S.ranTen(formatNumber(learningRate, 2), formatNumber(start, 4), formatNumber(losses.at(-1)!, 4))} ${status.textContent}`;
  });

  root.querySelector('[data-reset]')!.addEventListener('click', () => {
    network.setParameters(INITIAL_PARAMETERS);
    updates = 0;
    startRound();
    losses = [round.forward.loss];
    render();
  });

  const feedback = root.querySelector<HTMLElement>('[data-prediction-feedback]')!;
  const recordPrediction = keepPrediction(root.querySelector<HTMLElement>('[data-predict]')!);
  root.querySelector('[data-check-prediction]')!.addEventListener('click', () => {
    const choice = root.querySelector<HTMLInputElement>('[data-predict] input:checked')?.value as Direction | undefined;
    if (!choice) {
      feedback.textContent = S.chooseFirst;
      return;
    }
    // The question is about the first update from the starting weights.
    const first = computeRound(createBackpropNetwork(activation), activation).gradients[PREDICTED_WEIGHT];
    const { correct, text } = predictionFeedback(choice, first);
    feedback.textContent = text;
    feedback.dataset.correct = String(correct);
    predictionNote = S.youPredicted(choice);
    recordPrediction(correct);
  });
  render();
}
