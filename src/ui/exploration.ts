// The wiring the predict-then-run explorations share (CrossEntropyRace, OptimizerSurface, VanishingGradients,
// in TrainingWidgetFrame.astro, started by mountWidgets): show the app in place of the no-JavaScript fallback, lay
// out the widget's controls, the prediction question, Run / Reset with the status line, the epoch/step line
// and the verdict, then the widget's results; Run waits for a prediction; Reset clears what every exploration
// shows before the widget resets its own part. The widget brings only its controls, its computation and its
// drawing. The computation goes through `compute` (in the page's engine Worker, through the run client; where
// no Worker can start, on the page), and the finished runs are replayed a few steps a frame (reveal.ts).
import { el, isBusy, setBusy } from './dom.ts';
import { trainingControlsStrings } from '../i18n/index.ts';
import { prefersReducedMotion, reveal } from './reveal.ts';
import { chosenPrediction, createRunControls, predictionFieldset, requirePrediction, revealApp, type PredictionChoice, type RunControls } from './training-controls.ts';
import { createTrainingProgress, type FormulaProgress, type TrainingProgress } from './training-progress.ts';

export interface ExplorationOptions {
  /** The section's data-widget name; also the id prefix when a section has no data-id. */
  widget: string;
  /** The widget's class prefix ('cer', 'os', 'vg'): `${prefix}-train`, `${prefix}-status`, … (see training-controls.ts). */
  prefix: string;
  question: string;
  choices: readonly PredictionChoice[];
  runLabel: string;
  /** Said in the status line when Run is pressed before a prediction is chosen. */
  askFirst: string;
  /** The epoch/step line before a run (and after Reset). */
  progress: TrainingProgress | FormulaProgress;
}

export interface Exploration {
  root: HTMLElement;
  /** The section's id, the prefix of every id inside it. */
  id: string;
  /** The question's legend, for widgets whose question follows their settings. */
  legend: HTMLLegendElement;
  controls: RunControls;
  progress: { update(p: TrainingProgress | FormulaProgress): void };
  /** The chosen prediction's value, or undefined before the reader chose. */
  choice(): string | undefined;
  /**
   * Replays a computed run, `o.stepsPerFrame` steps a frame (reveal.ts; reduced motion: the end at once):
   * the root's data-state is "running" and Run is disabled until `o.finish()` has run, then the status says
   * `o.doneText` and data-state is "done". A new replay or Reset cancels the one under way.
   */
  replay(o: ReplayOptions): void;
  /**
   * Runs `work` (the widget's computation, off the main thread through the run client) with Run disabled,
   * then hands the result to `use`, unless a newer `compute` or Reset came first. `o.starting` marks a
   * Run: data-state is "running" from the press. A failure is said in the status line.
   */
  compute<T>(work: () => Promise<T>, use: (value: T) => void, o?: { starting?: boolean }): void;
}

export interface ReplayOptions {
  total: number;
  stepsPerFrame: number;
  /** The status line while replaying; with reduced motion `reduced` is added ("the curves appear complete"). */
  running: string;
  reduced: string;
  doneText: string;
  draw(shown: number): void;
  finish(): void;
}

export interface ExplorationParts {
  /** The widget's own controls (sliders, menus), in a grid above the question. */
  fields: HTMLElement[];
  /** What the run shows (legend, charts, tables), below the verdict. */
  results: Node[];
  /** Called on Run once a prediction is chosen. */
  run(): void;
  /** Called on Reset after the shared parts are cleared: put the widget's settings and results back. */
  reset(): void;
}

/** Mounts one exploration at `root` (for mountWidgets): `build` makes the widget's own parts from the shared ones. */
export function mountExploration(root: HTMLElement, o: ExplorationOptions, build: (x: Exploration) => ExplorationParts): void {
  const app = revealApp(root);
  if (!app) return;
  const id = root.dataset.id ?? o.widget;
  const predict = predictionFieldset(id, o.prefix, o.question, o.choices);
  const controls = createRunControls(o.prefix, o.runLabel);
  controls.skipButton.hidden = true; // a replay is short, and reduced motion shows the end at once
  const progress = createTrainingProgress(o.progress);
  let cancelReplay = () => {};
  /** Bumped by each computation and by Reset: only the latest computation's result is used. */
  let computation = 0;
  const x: Exploration = {
    root, id, controls, progress,
    legend: predict.querySelector('legend')!,
    choice: () => chosenPrediction(predict),
    replay(r) {
      cancelReplay();
      root.dataset.state = 'running';
      setBusy(controls.trainButton, true);
      controls.setStatus(r.running + (prefersReducedMotion() ? ` ${r.reduced}` : ''));
      cancelReplay = reveal({
        total: r.total,
        stepsPerFrame: r.stepsPerFrame,
        draw: r.draw,
        done: () => {
          r.finish();
          setBusy(controls.trainButton, false);
          controls.setStatus(r.doneText);
          root.dataset.state = 'done';
        },
      });
    },
    compute(work, use, c = {}) {
      const mine = ++computation;
      if (c.starting) { cancelReplay(); root.dataset.state = 'running'; }
      setBusy(controls.trainButton, true);
      work().then((value) => {
        if (mine !== computation) return;
        setBusy(controls.trainButton, false);
        use(value);
      }, (error: unknown) => {
        if (mine !== computation) return;
        setBusy(controls.trainButton, false);
        if (c.starting) delete root.dataset.state;
        controls.setStatus(trainingControlsStrings().computeFailed(error instanceof Error ? error.message : String(error)));
      });
    },
  };
  const parts = build(x);
  app.append(
    el('div', { className: `${o.prefix}-controls exploration-controls` }, ...parts.fields),
    predict, controls.buttons, controls.status, progress.element, controls.feedback,
    ...parts.results,
  );
  controls.trainButton.addEventListener('click', () => {
    if (isBusy(controls.trainButton)) return;
    if (requirePrediction(predict, controls.setStatus, o.askFirst)) parts.run();
  });
  controls.resetButton.addEventListener('click', () => {
    cancelReplay();
    computation++;
    for (const input of predict.querySelectorAll('input')) input.checked = false;
    controls.feedback.replaceChildren();
    setBusy(controls.trainButton, false);
    controls.setStatus('');
    progress.update(o.progress);
    delete root.dataset.state;
    parts.reset();
  });
}
