// SizeMatters widget: the same few noisy points learnt by networks of different sizes. The reader predicts
// which of three sizes will overfit, trains all three side by side (curves + boundaries), gets feedback that
// names the misconception, then may try any size from the slider. Training runs in the engine Worker (on
// the page only where no Worker can start), a slice per animation frame (or, with reduced motion, without
// animation until the end); nothing starts without a click.
import { keepPrediction } from '../../src/classroom/progress/prediction.ts';
import { createTrainingProgress } from '../../src/ui/training-progress.ts';
import { diagnose, type Fit } from '../../src/scenarios/diagnose.ts';
import { sizeFeedback, type SizeOutcome } from '../../src/scenarios/feedback.ts';
import { advanceRuns, createRun, type ScenarioRun } from '../../src/scenarios/run.ts';
import { createSliceLoop } from '../../src/scenarios/slice-loop.ts';
import { parameterCount, SIZE_SCENARIO, sizeSetup } from '../../src/scenarios/size-matters.ts';
import { DATA_EXTENT } from '../../src/scenarios/two-class-data.ts';
import { createBoundaryPanel, type BoundaryPanel } from '../../src/ui/boundary-panel.ts';
import { el, setDisabled } from '../../src/ui/dom.ts';
import { formatNumber, formatPercent as percent } from '../../src/ui/format.ts';
import { createLineLegend, type LineStyle } from '../../src/ui/loss-legend.ts';
import { setSlot } from '../../src/ui/slots.ts';
import { accessibleChart, loadPlot, plotTheme, type PlotModule } from '../../src/ui/plot.ts';
import { NEGATIVE, POSITIVE } from '../../src/ui/colors.ts';
import { createSliderField } from '../../src/ui/slider-field.ts';
import {
  chosenPrediction,
  createRunControls,
  pauseLoop,
  predictionFieldset,
  requirePrediction,
  revealApp,
  skipToEnd,
  startLoop,
} from '../../src/ui/training-controls.ts';
import { currentEngine, loadFastEngine, trainingRunner } from '../../src/scenarios/engine-choice.ts';
import { sizeMattersStrings, trainingControlsStrings } from '../../src/i18n/index.ts';

const T = sizeMattersStrings();
const TRAIN_LINE: LineStyle = { label: T.trainLine, color: POSITIVE };
const TEST_LINE: LineStyle = { label: T.testLine, color: NEGATIVE, dash: '6 4' };
const FIT_WORDS: Record<Fit, string> = T.fits;
/** Redraw curves and pictures at most this often while training (Plot rebuilds its SVG each time). */
const REDRAW_MS = 200;

interface Card {
  size: number;
  run: ScenarioRun;
  element: HTMLElement;
  heading: HTMLElement;
  panel: BoundaryPanel;
  chart: HTMLElement;
  numbers: HTMLElement;
}

const { neurons } = T;

export function mountSizeMatters(root: HTMLElement): void {
  const app = revealApp(root);
  if (!app) return;
  const id = root.dataset.id ?? 'size-matters';
  const seedAttr = Number(root.dataset.seed ?? SIZE_SCENARIO.seed);
  const seed = Number.isInteger(seedAttr) && seedAttr >= 0 ? seedAttr : SIZE_SCENARIO.seed;

  let Plot: PlotModule | undefined;
  loadPlot().then((p) => { Plot = p; drawCardsOverFrames(allCards()); }, () => setStatus(T.chartsFailed));

  // Prediction, buttons, status and feedback.
  const choices = [...SIZE_SCENARIO.compared.map((n) => ({ value: String(n), text: neurons(n) })), { value: 'unsure', text: T.unsure }];
  const predict = predictionFieldset(id, 'sm', T.question(SIZE_SCENARIO.epochs), choices);
  const recordPrediction = keepPrediction(predict);
  const { trainButton, skipButton, resetButton, buttons: controls, status, feedback, setStatus, showVerdict } = createRunControls('sm', T.trainAll);
  const legend = createLineLegend([TRAIN_LINE, TEST_LINE]);
  const showTest = el('input', { type: 'checkbox', id: `${id}-show-test` });
  const showTestLabel = el('label', { for: showTest.id, class: 'sm-show-test' }, showTest, T.showTest);
  showTest.addEventListener('change', () => drawCardsOverFrames(allCards()));
  const cardsBox = el('div', { class: 'sm-cards' });

  // Free exploration: any size from the slider.
  const explore = el('div', { class: 'sm-explore' });
  let exploreSize = 16;
  const slider = createSliderField({
    id: `${id}-size`,
    label: T.sliderLabel,
    min: SIZE_SCENARIO.minSize,
    max: SIZE_SCENARIO.maxSize,
    step: 1,
    value: exploreSize,
    decimals: 0,
    onInput: (v) => {
      exploreSize = Math.round(v);
      exploreButton.textContent = T.trainOne(neurons(exploreSize));
      showParameterCount(exploreSize);
    },
  });
  const exploreButton = el('button', { type: 'button' }, T.trainOne(neurons(exploreSize)));
  const exploreBox = el('div', { class: 'sm-cards sm-explore-cards' });
  explore.append(el('h3', {}, T.tryAny), slider.element, exploreButton, exploreBox);
  // Epoch, step and batch as the Notation page defines them.
  const trainingProgress = createTrainingProgress({ epoch: 0, epochs: SIZE_SCENARIO.epochs, batchSize: SIZE_SCENARIO.train.batchSize, trainSize: SIZE_SCENARIO.data.trainSize });
  app.append(predict, controls, status, trainingProgress.element, feedback, legend, showTestLabel, cardsBox, explore);

  const showParameterCount = (hiddenSize: number) => {
    setSlot(root, 'n1', String(hiddenSize));
    setSlot(root, 'params', String(parameterCount(hiddenSize)));
  };
  showParameterCount(exploreSize);

  // Cards: one per network being compared.
  // Headings follow the page's outline: the compared cards sit under the chapter's h2, the reader's own
  // card under "Try any size" (h3).
  const makeCard = (size: number, title: string, level: 'h3' | 'h4' = 'h3'): Card => {
    const heading = el(level, {}, title);
    const panel = createBoundaryPanel({ caption: T.panelCaption(neurons(size)), extent: DATA_EXTENT });
    const chart = el('div', { class: 'sm-chart' });
    const numbers = el('dl', { class: 'sm-numbers' });
    const element = el('section', { class: 'sm-card' }, heading, panel.element, chart, numbers);
    element.setAttribute('aria-label', title);
    element.dataset.size = String(size);
    const engine = currentEngine();
    root.dataset.engine = engine.name; // which engine the shown numbers come from (tests read it)
    // The Worker trains on the WebAssembly engine: a run goes there only once the page has that engine
    // too, so the page's copy of the network computes exactly the numbers the Worker's run trained.
    const runner = engine.name === 'wasm' ? trainingRunner : undefined;
    return { size, run: createRun(sizeSetup(size, seed), engine.factory, runner), element, heading, panel, chart, numbers };
  };

  let compared: Card[] = [];
  let exploreCard: Card | undefined;
  let active: Card[] = [];
  let lastDraw = 0;

  const allCards = () => (exploreCard ? [...compared, exploreCard] : compared);

  const resetCompared = () => {
    compared.forEach((c) => { c.panel.destroy(); c.run.dispose(); });
    compared = SIZE_SCENARIO.compared.map((n) => makeCard(n, neurons(n)));
    cardsBox.replaceChildren(...compared.map((c) => c.element));
    feedback.replaceChildren();
  };

  const yMax = () => {
    let max = 1;
    for (const c of allCards()) for (const e of c.run.history) max = Math.max(max, e.testLoss, e.trainLoss);
    return Math.min(max, 3);
  };

  const drawCard = (card: Card, scaleMax: number) => {
    const { run } = card;
    const { train, test } = run.setup;
    const testLayer = { inputs: test.inputs, targets: test.targets, hollow: true, radius: 3 };
    card.panel.draw(run.network, showTest.checked ? [testLayer, { inputs: train.inputs, targets: train.targets }] : [{ inputs: train.inputs, targets: train.targets }]);
    const h = run.history;
    const epochs = h.length;
    const last = h[epochs - 1];
    card.panel.setDescription(
      epochs === 0
        ? T.untrained(neurons(card.size), train.n, test.n)
        : T.trained(neurons(card.size), epochs, formatNumber(last!.trainLoss, 3), formatNumber(last!.testLoss, 3)),
    );
    if (Plot) {
      const width = Math.max(200, Math.min(card.chart.clientWidth || 280, 420));
      const rows = h.map((e) => ({ epoch: e.epoch + 1, train: e.trainLoss, test: e.testLoss }));
      const summary = last
        ? T.chartSummary(epochs, formatNumber(last.trainLoss, 3), formatNumber(last.testLoss, 3), formatNumber(Math.min(...h.map((e) => e.testLoss)), 3))
        : T.chartNotYet;
      const svg = accessibleChart(Plot.plot({
        ...plotTheme,
        width,
        height: 170,
        marginLeft: 40,
        x: { label: T.epochAxis, domain: [0, SIZE_SCENARIO.epochs] },
        y: { label: T.lossAxis, domain: [0, scaleMax], grid: true },
        marks: [
          Plot.ruleY([0]),
          Plot.line(rows, { x: 'epoch', y: 'train', stroke: TRAIN_LINE.color, strokeWidth: 2.5, clip: true }),
          Plot.line(rows, { x: 'epoch', y: 'test', stroke: TEST_LINE.color, strokeWidth: 2.5, strokeDasharray: TEST_LINE.dash, clip: true }),
        ],
        ariaLabel: T.chartLabel(neurons(card.size), summary),
      }));
      card.chart.replaceChildren(svg);
    }
    const status = run.status();
    const result = run.result();
    const row = (term: string, key: string, value: string) => {
      const dd = el('dd', {}, value);
      dd.dataset.value = key;
      return [el('dt', {}, term), dd];
    };
    const fit = status !== 'running' && epochs > 0 && status !== 'diverged' ? FIT_WORDS[diagnose(h)] : epochs === 0 ? T.notTrained : T.training;
    card.numbers.replaceChildren(
      ...row(T.epochs, 'epochs', String(epochs)),
      ...row(T.rows.trainLoss, 'train-loss', formatNumber(result.trainLoss, 3)),
      ...row(T.rows.testLoss, 'test-loss', formatNumber(result.testLoss, 3)),
      ...row(T.rows.trainRight, 'train-accuracy', percent(result.trainAccuracy)),
      ...row(T.rows.testRight, 'test-accuracy', percent(result.testAccuracy)),
      ...row(T.rows.verdict, 'fit', status === 'diverged' ? T.diverged(run.message() ?? '') : fit),
    );
  };

  // While training, and at the end, each animation frame redraws at most one card: a card is a boundary
  // picture plus a Plot chart, and three at once would make one long task.
  let nextCard = 0;
  const drawNextCard = () => {
    const cards = active.length ? active : allCards();
    if (!cards.length) return;
    nextCard = (nextCard + 1) % cards.length;
    drawCard(cards[nextCard]!, yMax());
  };
  const drawCardsOverFrames = (cards: Card[], then?: () => void) => {
    const [first, ...rest] = cards;
    if (!first) return then?.();
    drawCard(first, yMax());
    requestAnimationFrame(() => drawCardsOverFrames(rest, then));
  };

  const progress = () => {
    const done = Math.min(...active.map((c) => c.run.history.length));
    trainingProgress.update({ epoch: done, epochs: SIZE_SCENARIO.epochs, batchSize: SIZE_SCENARIO.train.batchSize, trainSize: SIZE_SCENARIO.data.trainSize });
    return T.trainingEpoch(active.map((c) => neurons(c.size)).join(', '), done, SIZE_SCENARIO.epochs);
  };

  const loop = createSliceLoop({
    slice: async (animated) => {
      const more = await advanceRuns(active.map((c) => c.run), animated);
      root.dataset.place = active[0]?.run.place ?? ''; // where the training ran (tests read it)
      return more;
    },
    onError: (error) => { setRunning(false); setStatus(trainingControlsStrings().stopped(error instanceof Error ? error.message : String(error))); },
    onSlice: () => {
      const now = performance.now();
      if (now - lastDraw < REDRAW_MS / Math.max(1, active.length)) return;
      lastDraw = now;
      drawNextCard();
      setStatus(progress());
    },
    onDone: () => finish(),
  });

  const setRunning = (running: boolean) => {
    trainButton.textContent = running ? T.pause : active.length ? T.continue : T.trainAll;
    setDisabled(skipButton, !running, trainButton); // Skip ends the run: the keyboard goes back to Train
    exploreButton.disabled = running;
  };

  const start = () => {
    startLoop(loop, setStatus, progress);
    setRunning(true);
  };

  const finish = () => {
    setRunning(false);
    trainButton.textContent = T.trainAll;
    const wasCompared = active.some((c) => compared.includes(c));
    active = [];
    drawCardsOverFrames(allCards(), () => {
      setStatus(T.finished);
      if (wasCompared) showFeedback();
    });
  };

  const showFeedback = () => {
    const choice = chosenPrediction(predict);
    const outcomes: SizeOutcome[] = compared.map((c) => ({
      size: c.size,
      fit: diagnose(c.run.history),
      result: c.run.result(),
      lowestTestLoss: Math.min(...c.run.history.map((e) => e.testLoss)),
    }));
    const overfitter = outcomes.find((o) => o.fit === 'overfitting')?.size ?? SIZE_SCENARIO.compared[2];
    const chosen = choice === undefined || choice === 'unsure' ? undefined : Number(choice);
    const { correct, text } = sizeFeedback(chosen ?? overfitter, outcomes);
    const lead = chosen === undefined ? T.theAnswer(neurons(overfitter)) : '';
    showVerdict(correct && chosen !== undefined, lead + text);
    recordPrediction(correct && chosen !== undefined);
  };

  trainButton.addEventListener('click', () => {
    if (loop.running) {
      pauseLoop(loop, setStatus, progress);
      setRunning(false);
      return;
    }
    if (active.length) return start(); // continue after a pause
    if (!requirePrediction(predict, setStatus, T.askFirst)) return;
    const stale = compared.some((c) => c.run.status() !== 'running' || c.run.history.length > 0);
    if (stale || root.dataset.engine !== currentEngine().name) resetCompared();
    active = compared;
    start();
  });

  skipButton.addEventListener('click', () => skipToEnd(loop, setStatus, progress));

  resetButton.addEventListener('click', () => {
    loop.pause();
    active = [];
    setRunning(false);
    resetCompared();
    if (exploreCard) {
      exploreCard.panel.destroy();
      exploreCard.run.dispose();
      exploreCard = undefined;
      exploreBox.replaceChildren();
    }
    drawCardsOverFrames(allCards());
    setStatus(T.resetDone);
  });

  exploreButton.addEventListener('click', () => {
    if (loop.running) return;
    exploreCard?.panel.destroy();
    exploreCard?.run.dispose();
    exploreCard = makeCard(exploreSize, T.yourChoice(neurons(exploreSize)), 'h4');
    exploreBox.replaceChildren(exploreCard.element);
    active = [exploreCard];
    start();
  });

  resetCompared();
  drawCardsOverFrames(allCards());
  loadFastEngine();
  setStatus(T.ready(SIZE_SCENARIO.data.trainSize));
}
