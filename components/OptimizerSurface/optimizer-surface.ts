// OptimizerSurface widget: SGD, momentum and Adam step from the same start on a ravine-shaped loss of two
// weights (src/scenarios/optimizer-surface.ts, using the engine's own update rule). The contour lines are
// a picture computed once per canvas size (surface-picture.ts); the paths are drawn over it, replayed a few
// steps per frame (reduced motion: complete at once). The reader predicts which reaches the bottom first;
// the runs decide.
import { keepPrediction } from '../../src/classroom/progress/prediction.ts';
import {
  OPTIMIZER_KINDS, OPTIMIZER_SURFACE as S, fastest, optimizerPath, stepsToBottom, surfaceLoss, type OptimizerKind, type PathPoint,
} from '../../src/scenarios/optimizer-surface.ts';
import { CLASS_COLORS } from '../../src/ui/colors.ts';
import { el } from '../../src/ui/dom.ts';
import { createLineLegend, type LineStyle } from '../../src/ui/loss-legend.ts';
import { prefersReducedMotion, reveal } from '../../src/ui/reveal.ts';
import { createSliderField } from '../../src/ui/slider-field.ts';
import { formatSmall } from '../../src/ui/small-numbers.ts';
import { chosenPrediction, createRunControls, predictionFieldset, requirePrediction, revealApp } from '../../src/ui/training-controls.ts';
import { contourPicture, toPixel } from './surface-picture.ts';
import { SURFACE_STRINGS as T, outcomeText, reachedText, surfaceVerdict, type SurfaceChoice } from './strings.ts';

type Shape = 'circle' | 'triangle' | 'square';
// Colour, dash and the marker at the path's end: three signals per optimiser, never colour alone.
const STYLE: Record<OptimizerKind, LineStyle & { shape: Shape; glyph: string }> = {
  sgd: { label: `${T.names.sgd} (ends at ●)`, color: CLASS_COLORS[0], shape: 'circle', glyph: '●' },
  momentum: { label: `${T.names.momentum} (ends at ▲)`, color: CLASS_COLORS[1], dash: '6 4', shape: 'triangle', glyph: '▲' },
  adam: { label: `${T.names.adam} (ends at ■)`, color: CLASS_COLORS[2], dash: '2 3', shape: 'square', glyph: '■' },
};
/** Drawing-buffer pixels at most (the contour picture costs one loss evaluation per pixel). */
const MAX_PIXELS = 480;

type Paths = Record<OptimizerKind, PathPoint[]>;

export function mountSurface(root: HTMLElement): void {
  const app = revealApp(root);
  if (!app) return;
  const id = root.dataset.id ?? 'optimizer-surface';
  let learningRate: number = S.learningRate.value;
  let momentum: number = S.momentum.value;
  let paths: Paths | undefined;
  let shown = 0;
  let cancelReveal = () => {};

  const lrField = createSliderField({ id: `${id}-lr`, label: T.learningRate, ...S.learningRate, decimals: 3, onInput: (v) => { learningRate = v; changed(); } });
  const muField = createSliderField({ id: `${id}-mu`, label: T.momentum, ...S.momentum, decimals: 2, onInput: (v) => { momentum = v; changed(); } });
  const predict = predictionFieldset(id, 'os', T.question, T.choices);
  const recordPrediction = keepPrediction(predict);
  const controls = createRunControls('os', T.run);
  controls.skipButton.hidden = true;
  const canvas = el('canvas', { className: 'os-canvas' });
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', T.pictureLabel(''));
  const table = el('table', { className: 'os-table' });
  table.hidden = true;
  app.append(
    el('div', { className: 'os-controls' }, lrField.element, muField.element),
    predict, controls.buttons, controls.status, controls.feedback,
    createLineLegend(Object.values(STYLE)),
    el('figure', { className: 'os-figure' }, canvas, el('figcaption', {}, T.axes)),
    table,
  );

  const compute = (): Paths => Object.fromEntries(OPTIMIZER_KINDS.map((k) => [k, optimizerPath(k, learningRate, momentum)])) as Paths;

  // The contour picture, cached for one canvas size and text colour (a theme switch changes the colour).
  let picture: { key: string; image: ImageData } | undefined;
  const contours = (size: number): ImageData => {
    const [r, g, b] = (getComputedStyle(root).color.match(/\d+/g) ?? ['0', '0', '0']).map(Number);
    const key = `${size} ${r} ${g} ${b}`;
    if (picture?.key !== key) {
      const rgba = contourPicture({ size, extent: S.extent, loss: surfaceLoss, rgba: [r!, g!, b!, 110] });
      picture = { key, image: new ImageData(rgba, size, size) };
    }
    return picture.image;
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
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.putImageData(contours(size), 0, 0);
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

  const summary = (): string => (paths ? OPTIMIZER_KINDS.map((k) => outcomeText(k, stepsToBottom(paths![k]), paths![k].at(-1)!.loss)).join('; ') : '');

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
          cell(reachedText(stepsToBottom(path)), 'reached'),
          cell(left ? T.table.left(path.length - 1) : formatSmall(path.at(-1)!.loss), 'final'));
        row.dataset.optimizer = k;
        return row;
      })),
    );
    table.hidden = false;
    canvas.setAttribute('aria-label', T.pictureLabel(`${summary()}.`));
  };

  const verdict = () => {
    const choice = chosenPrediction(predict) as SurfaceChoice | undefined;
    if (!paths || !choice) return;
    const winners = fastest(paths);
    const { correct, text } = surfaceVerdict(choice, winners, summary(), momentum);
    controls.showVerdict(correct, text);
    recordPrediction(correct);
    root.dataset.winners = winners.join(' ') || 'none';
  };

  const run = () => {
    if (!requirePrediction(predict, controls.setStatus, T.askFirst)) return;
    cancelReveal();
    paths = compute();
    root.dataset.state = 'running';
    controls.trainButton.disabled = true;
    controls.setStatus(T.running + (prefersReducedMotion() ? ` ${T.reduced}` : ''));
    cancelReveal = reveal({
      total: S.steps,
      stepsPerFrame: 2,
      draw: (k) => { shown = k; draw(); },
      done: () => {
        drawTable();
        verdict();
        controls.trainButton.disabled = false;
        controls.setStatus(T.done);
        root.dataset.state = 'done';
      },
    });
  };

  const changed = () => {
    if (!paths || root.dataset.state !== 'done') return;
    paths = compute();
    shown = S.steps;
    draw();
    drawTable();
    verdict();
  };

  const reset = () => {
    cancelReveal();
    paths = undefined;
    shown = 0;
    learningRate = S.learningRate.value;
    momentum = S.momentum.value;
    lrField.set(learningRate, false);
    muField.set(momentum, false);
    for (const input of predict.querySelectorAll('input')) input.checked = false;
    table.hidden = true;
    controls.feedback.replaceChildren();
    controls.trainButton.disabled = false;
    controls.setStatus('');
    canvas.setAttribute('aria-label', T.pictureLabel(''));
    delete root.dataset.state;
    delete root.dataset.winners;
    draw();
  };

  controls.trainButton.addEventListener('click', run);
  controls.resetButton.addEventListener('click', reset);
  // Redraw when the canvas changes size (rotation, Large text) or the theme changes the text colour.
  new ResizeObserver(() => draw()).observe(canvas);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => draw());
  draw();
}
