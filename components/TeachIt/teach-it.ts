// Wires the TeachIt widget: a focusable plane where the reader places labelled examples (pointer or
// keyboard cursor), trains the network in small slices per animation frame (in the page's engine Worker,
// on the page only where no Worker starts: no long task either way), moves a probe to see the prediction
// anywhere, and marks a wrong prediction, which adds it as a labelled example.
import { createTrainingProgress } from '../../src/ui/training-progress.ts';
import { CLASS_SHAPES } from '../../src/ui/colors.ts';
import { formatNumber, formatPlain } from '../../src/ui/format.ts';
import { KEY_STEP, VIEWBOX, fromClient, moveCursor, toView } from './plane-geometry.ts';
import { argmax } from '../../src/engine/index.ts';
import { EXTENT, TeachModel, starterExamples, type TeachEngine } from './teach-model.ts';
import { currentEngine, loadFastEngine, trainingRunner } from '../../src/scenarios/engine-choice.ts';
import { createBoundaryRenderer } from '../../src/render/boundary/index.ts';
import { markerColor, markerPath, markerShape } from '../../src/render/points/draw-points.ts';
import { svgEl } from '../../src/ui/dom.ts';
import { teachItStrings } from '../../src/i18n/index.ts';

const T = teachItStrings();

/**
 * Training pace in mini-batch steps per second: slow enough to watch the boundary move. Each frame trains
 * for the time since the last one (so a slow machine, fewer frames, learns at the same pace), but never
 * for longer than FRAME_BUDGET_MS of work, so no frame becomes a long task.
 */
const STEPS_PER_SECOND = 120;
const MAX_STEPS_PER_FRAME = 24;
const FRAME_BUDGET_MS = 8;
/** Training stops by itself once every example is right and the loss is this low, or after MAX_EPOCHS. */
const GOOD_LOSS = 0.05;
const MAX_EPOCHS = 2000;
const GRID = 40;
/** While training, the background is redrawn at most this often (it is the costliest part of a frame). */
const BACKGROUND_INTERVAL_MS = 100;
/** Side of the boundary picture in pixels, scaled up smoothly by CSS: the picture is smooth anyway, and a
 * small buffer keeps software WebGL (no GPU, as in CI) cheap. */
const BACKGROUND_PIXELS = 160;
const CLASS_LETTERS = ['A', 'B', 'C', 'D'];

const f2 = (v: number) => formatNumber(v, 2);
const at = (x: number, y: number) => T.point(f2(x), f2(y));
export const className = (c: number) => T.className(CLASS_LETTERS[c] ?? '');


/** A class marker: the course's shared marker (shape and colour by class, dark rim), as SVG. */
function marker(label: number, cx: number, cy: number, size = 5.5): SVGElement {
  return svgEl('path', { d: markerPath(markerShape(label), cx, cy, size), fill: markerColor(label), class: 'ti-marker' });
}

type Mode = { kind: 'class'; label: number } | { kind: 'probe' };

export function mountTeachIt(root: HTMLElement): void {
  const classes = Math.max(2, Math.min(4, Number(root.dataset.classes) || 3));
  // Training runs in the page's shared engine Worker, which trains on the WebAssembly engine: a run goes
  // there once the page has that engine too, so the page's copy of the network (what is drawn and
  // probed) computes as the Worker does. Until then, and where it cannot load, runs stay on the page.
  const engine = (): TeachEngine => {
    const e = currentEngine();
    return e.name === 'wasm' ? { factory: e.factory, runner: trainingRunner() } : { factory: e.factory };
  };
  const model = new TeachModel({ classes, learningRate: 0.03, engine });
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const plane = q<HTMLElement>('.ti-plane');
  const canvas = q<HTMLCanvasElement>('.ti-background');
  const overlay = q<SVGSVGElement>('.ti-overlay');
  const modes = q<HTMLElement>('.ti-modes');
  const trainButton = q<HTMLButtonElement>('[data-action="train"]');
  const rateSelect = q<HTMLSelectElement>('.ti-rate');
  const stats = q<HTMLElement>('.ti-stats');
  // Epoch, step and batch as the Notation page defines them, under the numbers.
  const trainingProgress = createTrainingProgress({ epoch: 0, batchSize: 8, trainSize: 0 });
  stats.after(trainingProgress.element);
  const chart = q<SVGSVGElement>('.ti-loss');
  const probeText = q<HTMLElement>('.ti-probe-text');
  const correctButtons = q<HTMLElement>('.ti-correct-buttons');
  const correctionText = q<HTMLElement>('.ti-correction');
  const status = q<HTMLElement>('.ti-status');
  const message = q<HTMLElement>('.ti-message');
  const cursorText = q<HTMLElement>('.ti-cursor-text');
  // Shown before anything is measured, so the plane has its real size for the canvas.
  q<HTMLElement>('.ti-live').hidden = false;

  let mode: Mode = { kind: 'class', label: 0 };
  let cursor: [number, number] = [0, 0];
  let probe: [number, number] = [0.5, -0.5];
  let running = false;
  let epochAtStart = 0;
  let correction: { x: number; y: number; label: number; before: number[]; lossBefore: number } | null = null;

  // Mode radio buttons: one per class, and the probe.
  const modeOptions: { mode: Mode; text: string; key: string }[] = [
    ...Array.from({ length: classes }, (_, c) => ({ mode: { kind: 'class', label: c } as Mode, text: T.place(className(c), T.colorWords[c] ?? '', T.shapeWords[CLASS_SHAPES[c] ?? ''] ?? ''), key: String(c + 1) })),
    { mode: { kind: 'probe' }, text: T.moveProbe, key: 'P' },
  ];
  const radios = modeOptions.map((o, i) => {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = `${root.id}-mode`;
    input.value = String(i);
    input.checked = i === 0;
    input.addEventListener('change', () => { if (input.checked) mode = o.mode; });
    const key = document.createElement('kbd');
    key.textContent = o.key;
    label.append(input, ` ${o.text} `, key);
    if (o.mode.kind === 'class') label.prepend(swatch(o.mode.label));
    modes.append(label);
    return input;
  });
  function swatch(label: number) {
    const s = svgEl('svg', { viewBox: '0 0 14 14', width: 14, height: 14, 'aria-hidden': 'true', class: 'ti-swatch' });
    s.append(marker(label, 7, 7, 5));
    return s;
  }
  const setMode = (i: number) => { radios[i].checked = true; mode = modeOptions[i].mode; };

  // "It is really class c" buttons, always all present: the one the network already predicts explains why
  // that is not a mistake instead of disappearing (which would throw keyboard focus away).
  for (let c = 0; c < classes; c++) {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.action = 'correct';
    b.dataset.label = String(c);
    b.textContent = T.reallyIs(className(c));
    b.addEventListener('click', () => markWrong(c));
    correctButtons.append(b);
  }

  // The shared decision-boundary renderer (WebGL2, or the engine's evaluateGrid on a 2-D canvas): each
  // pixel is coloured by the predicted class, paler where the network is unsure.
  canvas.width = canvas.height = BACKGROUND_PIXELS;
  const boundary = createBoundaryRenderer(canvas, { cpuResolution: GRID });
  root.dataset.backend = boundary.backend;
  function drawBackground() {
    boundary.draw(model.network, { extent: [-EXTENT, EXTENT, -EXTENT, EXTENT], output: 'class', classes });
  }

  function drawOverlay(wrong: Set<number>) {
    overlay.replaceChildren();
    model.points.forEach((p, i) => {
      const [vx, vy] = toView(p.x, p.y);
      if (wrong.has(i)) overlay.append(svgEl('circle', { cx: vx, cy: vy, r: 10, class: 'ti-wrong-ring' }));
      if (p.corrected) overlay.append(svgEl('rect', { x: vx - 9, y: vy - 9, width: 18, height: 18, class: 'ti-corrected-mark' }));
      overlay.append(marker(p.label, vx, vy));
    });
    const [px, py] = toView(...probe);
    overlay.append(svgEl('polygon', { points: `${px},${py - 9} ${px + 9},${py} ${px},${py + 9} ${px - 9},${py}`, class: 'ti-probe' }));
    overlay.append(svgEl('circle', { cx: px, cy: py, r: 1.6, class: 'ti-probe-dot' }));
    overlay.append(cursorMark);
    moveCursorMark();
  }

  // The keyboard cursor is one persistent group that is only moved: arrow keys must not redraw everything.
  const cursorMark = svgEl('g', { class: 'ti-cursor' });
  const crosshair = 'M-12,0H-4M4,0H12M0,-12V-4M0,4V12';
  cursorMark.append(svgEl('path', { d: crosshair, class: 'ti-cursor-halo' }), svgEl('path', { d: crosshair }));
  function moveCursorMark() {
    const [cx, cy] = toView(...cursor);
    cursorMark.setAttribute('transform', `translate(${cx} ${cy})`);
    cursorText.textContent = T.cursor(at(...cursor));
  }

  function drawLossChart() {
    chart.replaceChildren();
    // Bounded (old epochs thinned): each point carries its epoch.
    const h = model.lossHistory;
    const W = 300, H = 80;
    if (h.length < 2) {
      // Said in the picture too: an empty pair of axes looked like a chart that failed to draw.
      const note = svgEl('text', { x: W / 2, y: H / 2 + 4, 'text-anchor': 'middle', class: 'ti-loss-label' });
      note.textContent = T.lossAppears;
      chart.append(note);
      chart.setAttribute('aria-label', T.lossNotYet);
      return;
    }
    const finite = h.map((p) => p.loss).filter(Number.isFinite);
    const max = Math.max(...finite, 1e-9);
    const first = h[0].epoch, last = h[h.length - 1].epoch;
    // At most ~300 points: one per pixel column.
    const stride = Math.max(1, Math.ceil(h.length / W));
    const pts: string[] = [];
    for (let i = 0; i < h.length; i += stride) pts.push(`${((h[i].epoch - first) / (last - first)) * W},${H - (Math.min(h[i].loss, max) / max) * (H - 4)}`);
    chart.append(svgEl('polyline', { points: pts.join(' '), class: 'ti-loss-line' }));
    const top = svgEl('text', { x: 5, y: 11, class: 'ti-loss-label' });
    top.textContent = T.lossAxis(f2(max));
    const right = svgEl('text', { x: W - 2, y: H - 3, 'text-anchor': 'end', class: 'ti-loss-label' });
    right.textContent = T.epochAxis(last);
    chart.append(top, right);
    chart.setAttribute('aria-label', T.lossChart(f2(h[0].loss), f2(h[h.length - 1].loss), last));
  }

  function updateProbe() {
    const probs = model.predict(...probe);
    const best = argmax(probs);
    probeText.dataset.class = String(best);
    probeText.dataset.probability = String(probs[best]);
    probeText.textContent = T.probe(at(...probe), model.epoch > 0, className(best), f2(probs[best]));
    if (correction) {
      const now = model.predict(correction.x, correction.y);
      const nowBest = argmax(now);
      const lossNow = -Math.log(Math.max(now[correction.label], 1e-300));
      correctionText.dataset.class = String(nowBest);
      correctionText.textContent = T.correction(at(correction.x, correction.y), className(argmax(correction.before)), className(correction.label), f2(correction.before[correction.label]), f2(correction.lossBefore), className(nowBest), f2(now[correction.label]), f2(lossNow));
    }
  }

  let lastBackground = -Infinity;
  /** Redraws everything; `whileTraining` lets the background skip frames to keep each frame short. */
  function render(whileTraining = false) {
    const { loss, wrong } = model.evaluate();
    const n = model.points.length;
    const now = performance.now();
    if (!whileTraining || now - lastBackground >= BACKGROUND_INTERVAL_MS) { drawBackground(); lastBackground = now; }
    drawOverlay(new Set(wrong));
    drawLossChart();
    updateProbe();
    stats.textContent = n === 0 ? T.noExamples
      : T.stats(model.epoch, Number.isFinite(loss) ? formatNumber(loss, 3) : T.notANumber, n - wrong.length, n);
    trainingProgress.update({ epoch: model.epoch, batchSize: model.batchSize, trainSize: n });
    // Read by tests: the step count lets Node replay the very run; place says where it trained.
    Object.assign(root.dataset, { examples: String(n), epoch: String(model.epoch), step: String(model.step), place: model.place, wrong: String(wrong.length), state: running ? 'training' : 'idle' });
    return { loss, wrong };
  }

  /** Each start of training gets its own loop; a pause or a new start ends the older loop. */
  let loop = 0;
  function setRunning(on: boolean, why?: string) {
    running = on;
    loop++;
    trainButton.textContent = on ? T.pause : T.train;
    trainButton.setAttribute('aria-pressed', String(on));
    root.dataset.state = on ? 'training' : 'idle';
    if (why) status.textContent = why;
    if (!on) return;
    epochAtStart = model.epoch;
    lastFrame = performance.now();
    const mine = loop;
    // Usually loaded already (prefetched at mount); a Train pressed sooner waits for it here.
    void prefetchEngine().then(() => {
      if (mine === loop) requestAnimationFrame((now) => void frame(now, mine));
    });
  }

  // The WebAssembly engine (a few KB) lets runs go to the page's engine Worker. Both are fetched while the
  // reader places examples, not on the first Train (that was a visible delay): compiling is asynchronous
  // (WebAssembly.compile, the Worker's own thread), so prefetching adds no long task to the page.
  function prefetchEngine(): Promise<unknown> {
    return loadFastEngine().then(() => {
      root.dataset.engine = currentEngine().name; // the engine of the runs from now on (tests read it)
      if (currentEngine().name === 'wasm') trainingRunner();
    });
  }
  if ('requestIdleCallback' in window) requestIdleCallback(() => void prefetchEngine(), { timeout: 1000 });
  else setTimeout(() => void prefetchEngine(), 0);

  /** The reader paused while a slice was under way: the status waits for that slice's report. */
  let pauseReported = false;
  let epochWhenPaused = 0;
  const showPaused = () => { status.textContent = T.paused(model.epoch); };

  let lastFrame = 0;
  async function frame(now: number, mine: number) {
    if (mine !== loop) return;
    const steps = Math.max(1, Math.min(MAX_STEPS_PER_FRAME, Math.round(((now - lastFrame) / 1000) * STEPS_PER_SECOND)));
    lastFrame = now;
    let result;
    root.dataset.slice = 'pending'; // a slice under way (tests wait for its report)
    try {
      result = await model.train(steps, FRAME_BUDGET_MS);
    } catch (error) {
      if (mine !== loop) return;
      render();
      message.textContent = T.failed(error instanceof Error ? error.message : String(error));
      return setRunning(false);
    } finally {
      delete root.dataset.slice;
    }
    // Paused, or started again, while the slice trained: that loop draws from now on.
    if (mine !== loop) {
      if (running) return;
      render();
      // The epoch the run reported with this last slice, not the one shown when Pause was pressed.
      if (pauseReported && status.textContent === T.paused(epochWhenPaused)) showPaused();
      pauseReported = false;
      return;
    }
    if (result.status === 'empty') { render(); return setRunning(false, T.nothingToLearn); }
    if (result.status === 'diverged') {
      render();
      message.textContent = T.diverged(result.reason);
      return setRunning(false);
    }
    const done = (r: { loss: number; wrong: number[] }) => r.wrong.length === 0 && r.loss < GOOD_LOSS;
    let { loss, wrong } = render(true);
    // The last frame always draws the background, so the picture matches the final weights.
    if (done({ loss, wrong }) || model.epoch - epochAtStart >= MAX_EPOCHS) ({ loss, wrong } = render());
    if (done({ loss, wrong })) return setRunning(false, T.allRight(model.epoch, formatNumber(loss, 3)));
    if (model.epoch - epochAtStart >= MAX_EPOCHS) {
      return setRunning(false, T.gaveUp(MAX_EPOCHS, wrong.length, model.points.length, formatNumber(loss, 3)));
    }
    requestAnimationFrame((next) => void frame(next, mine));
  }

  function act(x: number, y: number) {
    message.textContent = '';
    if (mode.kind === 'probe') {
      probe = [x, y];
      render();
      status.textContent = probeText.textContent ?? '';
      return;
    }
    model.addPoint({ x, y, label: mode.label });
    render();
    status.textContent = T.placed(className(mode.label), at(x, y), model.points.length);
  }

  function markWrong(label: number) {
    message.textContent = '';
    const [x, y] = probe;
    const before = model.predict(x, y);
    if (argmax(before) === label) {
      status.textContent = T.notAMistake(className(label));
      return;
    }
    correction = { x, y, label, before, lossBefore: -Math.log(Math.max(before[label], 1e-300)) };
    model.addPoint({ x, y, label, corrected: true });
    render();
    setRunning(true, T.corrected(at(x, y), className(label), model.points.length));
  }

  plane.addEventListener('keydown', (e) => {
    const moved = moveCursor(cursor[0], cursor[1], e.key, e.shiftKey);
    if (moved) { cursor = moved; e.preventDefault(); moveCursorMark(); return; }
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); act(...cursor); return; }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      const removed = model.removeNear(cursor[0], cursor[1], 2 * KEY_STEP + 1e-9);
      render();
      status.textContent = removed ? T.removed(className(removed.label), at(removed.x, removed.y)) : T.nothingNear;
      return;
    }
    const digit = Number(e.key);
    if (Number.isInteger(digit) && digit >= 1 && digit <= classes) { setMode(digit - 1); status.textContent = T.enterPlaces(className(digit - 1)); return; }
    if (e.key === 'p' || e.key === 'P') { setMode(classes); status.textContent = T.enterProbes; }
  });

  // Pointer: click acts at the pointer; dragging in probe mode moves the probe continuously.
  let dragging = false;
  const pointAt = (e: PointerEvent) => fromClient(e.clientX, e.clientY, plane.getBoundingClientRect());
  plane.addEventListener('pointerdown', (e) => {
    cursor = pointAt(e);
    if (mode.kind === 'probe') { dragging = true; plane.setPointerCapture(e.pointerId); }
    act(...cursor);
  });
  plane.addEventListener('pointermove', (e) => { if (dragging) { probe = pointAt(e); cursor = probe; render(); } });
  const endDrag = () => { if (dragging) { dragging = false; status.textContent = probeText.textContent ?? ''; } };
  plane.addEventListener('pointerup', endDrag);
  plane.addEventListener('pointercancel', endDrag);

  trainButton.addEventListener('click', () => {
    message.textContent = '';
    if (running) {
      epochWhenPaused = model.epoch;
      pauseReported = root.dataset.slice === 'pending';
      return setRunning(false, T.paused(model.epoch));
    }
    if (model.points.length === 0) { status.textContent = T.nothingToLearn; return; }
    setRunning(true, T.training(model.points.length, formatPlain(model.learningRate)));
  });
  q<HTMLButtonElement>('[data-action="reset"]').addEventListener('click', () => {
    model.resetNetwork();
    message.textContent = '';
    render();
    status.textContent = T.newWeights;
  });
  q<HTMLButtonElement>('[data-action="clear"]').addEventListener('click', () => {
    setRunning(false);
    model.clearPoints();
    correction = null;
    correctionText.textContent = '';
    render();
    status.textContent = T.allRemoved;
  });
  q<HTMLButtonElement>('[data-action="starter"]').addEventListener('click', () => {
    for (const p of starterExamples(classes)) model.addPoint(p);
    render();
    status.textContent = T.starters(4 * classes, model.points.length);
  });
  rateSelect.addEventListener('change', () => {
    model.learningRate = Number(rateSelect.value);
    status.textContent = T.rateSet(formatPlain(Number(rateSelect.value)));
  });
  model.learningRate = Number(rateSelect.value);

  overlay.setAttribute('viewBox', `0 0 ${VIEWBOX} ${VIEWBOX}`);
  render();
  root.classList.add('is-live');
}
