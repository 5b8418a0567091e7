// OptimizerSurface widget: SGD, momentum and Adam step from the same start on a ravine-shaped loss of two
// weights (src/scenarios/optimizer-surface.ts, using the engine's own update rule). The contour lines are drawn
// by the course's contour renderer (src/render/contours: WebGL2, or its 2-D fallback) on one canvas, redrawn
// only when its size or colour changes; the paths are drawn on a 2-D canvas over it, replayed a few steps per
// frame (reduced motion: complete at once). The reader predicts which reaches the bottom first; the runs decide.
// The paths are computed by the engine through the page's run client (in its engine Worker; on the page
// where no Worker can start).
import { keepPrediction } from '../../src/classroom/progress/prediction.ts';
import {
  OPTIMIZER_KINDS, OPTIMIZER_SURFACE as S, fastest, optimizerPathsWith, stepsToBottom, surfaceHessian, type OptimizerKind, type PathPoint,
} from '../../src/scenarios/optimizer-surface.ts';
import { trainingRunner } from '../../src/scenarios/engine-choice.ts';
import { createContourRenderer } from '../../src/render/contours/index.ts';
import { toPixel } from '../../src/render/contours/cpu-picture.ts';
import { CLASS_COLORS } from '../../src/ui/colors.ts';
import { el } from '../../src/ui/dom.ts';
import { createLineLegend, type LineStyle } from '../../src/ui/loss-legend.ts';
import { createSliderField } from '../../src/ui/slider-field.ts';
import { formatSmall } from '../../src/ui/small-numbers.ts';
import { mountExploration, type Exploration, type ExplorationParts } from '../../src/ui/exploration.ts';
import type { FormulaProgress } from '../../src/ui/training-progress.ts';
import { optimizerSurfaceStrings } from '../../src/i18n/index.ts';

type SurfaceChoice = OptimizerKind | 'none';
const T = optimizerSurfaceStrings();

type Shape = 'circle' | 'triangle' | 'square';
// Colour, dash and the marker at the path's end: three signals per optimiser, never colour alone.
const STYLE: Record<OptimizerKind, LineStyle & { shape: Shape; glyph: string }> = {
  sgd: { label: T.endsAt(T.names.sgd, '●'), color: CLASS_COLORS[0], shape: 'circle', glyph: '●' },
  momentum: { label: T.endsAt(T.names.momentum, '▲'), color: CLASS_COLORS[1], dash: '6 4', shape: 'triangle', glyph: '▲' },
  adam: { label: T.endsAt(T.names.adam, '■'), color: CLASS_COLORS[2], dash: '2 3', shape: 'square', glyph: '■' },
};
/** Drawing-buffer pixels at most (the 2-D fallback's contour picture costs one loss evaluation per pixel). */
const MAX_PIXELS = 480;
/** The contour lines' opacity (0..255) over the text colour: visible, yet quieter than the paths. */
const CONTOUR_ALPHA = 110;

type Paths = Record<OptimizerKind, PathPoint[]>;

export function mountSurface(root: HTMLElement): void {
  mountExploration(root, {
    widget: 'optimizer-surface', prefix: 'os', question: T.question, choices: T.choices, runLabel: T.run, askFirst: T.askFirst,
    progress: progressAt(0),
  }, buildSurface);
}

// The loss is a formula of the two weights: steps only, no examples, so no epochs or batches.
const progressAt = (step: number): FormulaProgress => ({ formula: true, step, steps: S.steps });

function buildSurface({ root, id, controls, progress, legend, choice, replay, compute: computeOffPage }: Exploration): ExplorationParts {
  let learningRate: number = S.learningRate.value;
  let momentum: number = S.momentum.value;
  let paths: Paths | undefined;
  let shown = 0;

  const lrField = createSliderField({ id: `${id}-lr`, label: T.learningRate, ...S.learningRate, decimals: 3, onInput: (v) => { learningRate = v; changed(); } });
  const muField = createSliderField({ id: `${id}-mu`, label: T.momentum, ...S.momentum, decimals: 2, onInput: (v) => { momentum = v; changed(); } });
  const recordPrediction = keepPrediction(legend.closest('fieldset')!); // the prediction is kept (progress)
  // Two layers of one picture: the contour lines (decoration for a screen reader) and the paths over them.
  const contourCanvas = el('canvas', { className: 'os-contours' });
  contourCanvas.setAttribute('aria-hidden', 'true');
  const canvas = el('canvas', { className: 'os-paths' });
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', T.pictureLabel(''));
  const contours = createContourRenderer(contourCanvas);
  root.dataset.renderer = contours.backend;
  const table = el('table', { className: 'os-table exploration-table' });
  table.hidden = true;

  /** The three paths where the page's runner puts runs (root's data-place says where: tests read it). */
  const compute = async (): Promise<Paths> => {
    const runner = trainingRunner();
    const paths = await optimizerPathsWith(runner, learningRate, momentum);
    root.dataset.place = runner.place;
    return paths;
  };

  // The contour lines, redrawn only when the canvas size or the text colour (a theme switch) changes.
  let contourKey = '';
  const drawContours = (size: number) => {
    const [r, g, b] = (getComputedStyle(root).color.match(/\d+/g) ?? ['0', '0', '0']).map(Number);
    const key = `${size} ${r} ${g} ${b}`;
    if (key === contourKey) return;
    contourKey = key;
    contourCanvas.width = contourCanvas.height = size;
    contours.draw({ extent: S.extent, hessian: surfaceHessian(), rgba: [r!, g!, b!, CONTOUR_ALPHA] });
  };

  const marker = (ctx: CanvasRenderingContext2D, shape: Shape | 'ring' | 'plus', x: number, y: number, r: number) => {
    ctx.beginPath();
    if (shape === 'circle' || shape === 'ring') ctx.arc(x, y, r, 0, 2 * Math.PI);
    else if (shape === 'triangle') { ctx.moveTo(x, y - r * 1.2); ctx.lineTo(x + r * 1.1, y + r * 0.8); ctx.lineTo(x - r * 1.1, y + r * 0.8); ctx.closePath(); }
    else if (shape === 'square') ctx.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
    else { ctx.moveTo(x - r, y); ctx.lineTo(x + r, y); ctx.moveTo(x, y - r); ctx.lineTo(x, y + r); }
    if (shape === 'ring' || shape === 'plus') ctx.stroke();
    else ctx.fill();
  };

  const draw = () => {
    const css = canvas.clientWidth || 320;
    const size = Math.max(120, Math.min(MAX_PIXELS, Math.round(css * (window.devicePixelRatio || 1))));
    if (canvas.width !== size) { canvas.width = size; canvas.height = size; }
    drawContours(size);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, size, size);
    const px = (x: number, y: number) => toPixel(x, y, size, S.extent).map((v) => Math.max(-1e4, Math.min(1e4, v))) as [number, number];
    const unit = size / 320;
    ctx.strokeStyle = getComputedStyle(root).color;
    ctx.lineWidth = 1.5 * unit;
    ctx.setLineDash([]);
    marker(ctx, 'plus', ...px(0, 0), 6 * unit);
    marker(ctx, 'ring', ...px(S.start[0], S.start[1]), 6 * unit);
    if (!paths) return;
    for (const k of OPTIMIZER_KINDS) {
      const points = paths[k].slice(0, shown + 1);
      ctx.strokeStyle = STYLE[k].color;
      ctx.fillStyle = STYLE[k].color;
      ctx.lineWidth = 2 * unit;
      ctx.setLineDash((STYLE[k].dash ?? '').split(' ').filter(Boolean).map((d) => Number(d) * unit));
      ctx.beginPath();
      points.forEach((p, i) => (i === 0 ? ctx.moveTo(...px(p.w1, p.w2)) : ctx.lineTo(...px(p.w1, p.w2))));
      ctx.stroke();
      ctx.setLineDash([]);
      const end = points.at(-1)!;
      marker(ctx, STYLE[k].shape, ...px(end.w1, end.w2), 5 * unit);
    }
  };

  const summary = (): string => (paths ? OPTIMIZER_KINDS.map((k) => T.outcomeText(k, stepsToBottom(paths![k]), paths![k].at(-1)!.loss)).join('; ') : '');

  const drawTable = () => {
    if (!paths) return;
    const cell = (text: string, key: string) => { const td = el('td', {}, text); td.dataset.value = key; return td; };
    table.replaceChildren(
      el('caption', {}, T.table.caption),
      el('thead', {}, el('tr', {}, ...[T.table.optimizer, T.table.reached, T.table.final].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...OPTIMIZER_KINDS.map((k) => {
        const path = paths![k];
        const left = path.length < S.steps + 1;
        const row = el('tr', {}, el('th', { scope: 'row' }, `${STYLE[k].glyph} ${T.names[k]}`),
          cell(T.reachedText(stepsToBottom(path)), 'reached'),
          cell(left ? T.table.left(path.length - 1) : formatSmall(path.at(-1)!.loss), 'final'));
        row.dataset.optimizer = k;
        return row;
      })),
    );
    table.hidden = false;
    canvas.setAttribute('aria-label', T.pictureLabel(`${summary()}.`));
  };

  const verdict = () => {
    const chosen = choice() as SurfaceChoice | undefined;
    if (!paths || !chosen) return;
    const winners = fastest(paths);
    const { correct, text } = T.verdict(chosen, winners, summary(), momentum);
    controls.showVerdict(correct, text);
    recordPrediction(correct);
    root.dataset.winners = winners.join(' ') || 'none';
  };

  const run = () => computeOffPage(compute, (computed) => {
    paths = computed;
    replay({
      total: S.steps,
      stepsPerFrame: 2,
      running: T.running,
      reduced: T.reduced,
      doneText: T.done,
      draw: (k) => { shown = k; draw(); progress.update(progressAt(k)); },
      finish: () => { drawTable(); verdict(); },
    });
  }, { starting: true });

  const changed = () => {
    if (!paths || root.dataset.state !== 'done') return;
    computeOffPage(compute, (computed) => {
      paths = computed;
      shown = S.steps;
      draw();
      drawTable();
      verdict();
    });
  };

  const reset = () => {
    paths = undefined;
    shown = 0;
    learningRate = S.learningRate.value;
    momentum = S.momentum.value;
    lrField.set(learningRate, false);
    muField.set(momentum, false);
    table.hidden = true;
    canvas.setAttribute('aria-label', T.pictureLabel(''));
    delete root.dataset.winners;
    draw();
  };

  // Redraw when the canvas changes size (rotation, Large text) or the theme changes the text colour.
  new ResizeObserver(() => draw()).observe(canvas);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => draw());
  draw();
  return {
    fields: [lrField.element, muField.element],
    results: [
      createLineLegend(Object.values(STYLE)),
      el('figure', { className: 'os-figure' }, el('div', { className: 'os-stage' }, contourCanvas, canvas), el('figcaption', {}, T.axes)),
      table,
    ],
    run,
    reset,
  };
}
