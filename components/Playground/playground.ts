// Mounts the playground: reads the link, builds the panels, and connects the store (state), the
// session (data, network, training loop) and the views (plane, diagram, charts, summary).
// Each part lives in its own module; this file only wires them together.
import { classCount, readPlaygroundState } from '../../src/state/playground-state.ts';
import { applyFeatures, createReferenceNetwork, loadWasmEngine } from '../../src/engine/index.ts';
import type { FeatureName } from '../../src/engine/types.ts';
import { playgroundStrings } from '../../src/i18n/index.ts';
import { regionShares, createAnnouncer } from './announcer.ts';
import { createConfusionView, createMetricsView } from './charts.ts';
import { createLossChart } from './loss-chart.ts';
import { createDataEditor, CLASS_NAMES } from './data-editor.ts';
import { createDataPlane } from './data-plane.ts';
import { el, uid } from '../../src/ui/dom.ts';
import { confusionMatrix, accuracyOfMatrix } from './metrics.ts';
import { predictedClass } from './model-setup.ts';
import { createNetworkDiagram, type NeuronRef } from './network-diagram.ts';
import { createOutputPainter, type OutputSummary } from './output-view.ts';
import { gridInputs, PLANE_EXTENT } from './plane-grid.ts';
import { createSession, type Session } from './session.ts';
import { dataSettings, featureSettings, networkSettings, trainingSettings } from './settings.ts';
import { createStore, type Store } from './store.ts';
import { exerciseBanner, teacherPanel, viewSettings } from './teaching.ts';
import { createToolbar } from './toolbar.ts';
import { keepPlaygroundSetup } from './kept-setup.ts';
import { createOnnxDownloadButton } from '../../src/onnx/download-button.ts';
import { measureSince } from '../../src/ui/performance-measure.ts';
import { nextTask } from '../../src/engine/worker/next-task.ts';
import { afterFrame } from '../../src/ui/next-frame.ts';
import { probeWebGL } from './gpu.ts';

/** Pixels along each side of a neuron's picture in the diagram (computed in the engine Worker while training). */
const THUMB_GRID = 32;
const SLOW_VIEWS_MS = 500;
const PICTURE_MS = 80;
/** The epoch counter and the losses: ten times a second is more than anyone reads, and each rewrite
 *  costs the page a layout and a paint (every frame, that made frames over 50 ms on a 4x-slowed CPU). */
const COUNTERS_MS = 100;
const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
const T = playgroundStrings();

// Start-up is split into parts, each in its own task (`await nextTask()` between them): building the
// whole playground in one go was one task of about a second on a phone-speed CPU, during which the page
// could not respond. Nothing is shown or subscribed before its part, so the order is unchanged.
export async function mountPlayground(root: HTMLElement): Promise<void> {
  // Not in the task that evaluates the page's scripts: reading the link and starting the engine's and the
  // GPU probe's downloads there made that one task ~16 ms of CPU (~65 ms on a 4x-slowed phone CPU).
  // Nothing is shown before the parts below, so waiting a task moves nothing on the page.
  await nextTask();
  const { state, messages } = readPlaygroundState(location.hash);
  const store = createStore(state);
  // Large text first: the panels are then laid out once, at their final size.
  syncLargeText(store);
  // The fast float32 WebAssembly engine when it loads; the float64 reference otherwise (same contract).
  // Meanwhile, whether WebGL renders in software (the pictures' back end), asked off the main thread: a
  // WebGL context's creation blocks its thread (about a second, 4x-slowed, for headless Chromium's first).
  const gpuKnown = probeWebGL();
  const wasm = await loadWasmEngine().catch((error: unknown) => { console.warn('WebAssembly engine unavailable, using the reference engine', error); return null; });
  await gpuKnown;
  await nextTask();
  const session = createSession(store, wasm ? (spec) => wasm.createNetwork(spec) : createReferenceNetwork);
  await nextTask();
  root.dataset.engine = wasm ? 'wasm' : 'reference';
  root.dataset.training = session.place;

  // ---- notices: what the link got wrong, and training problems (divergence, early stop, no data)
  const linkNotice = el('div', { class: 'pg-notice', role: 'status' });
  const showLinkMessages = (list: string[]) => {
    linkNotice.hidden = list.length === 0;
    if (list.length === 0) return;
    linkNotice.replaceChildren(
      el('p', {}, el('strong', {}, T.page.linkProblems)),
      el('ul', {}, ...list.map((m) => el('li', {}, m))),
      // Hiding the notice hides the focused button: the keyboard goes on to the run controls below it.
      Object.assign(el('button', { type: 'button', class: 'pg-button pg-small' }, T.page.dismiss), { onclick: () => { linkNotice.hidden = true; toolbar.focusPlay(); } }),
    );
  };
  showLinkMessages(messages);
  const statusBox = el('div', { class: 'pg-status', role: 'alert', tabindex: -1 });
  const lowerAndReset = el('button', { type: 'button', class: 'pg-button pg-primary' });
  lowerAndReset.addEventListener('click', () => {
    const lower = [...LEARNING_RATES].reverse().find((r) => r < store.state.lr) ?? 0.00001;
    store.update({ lr: lower });
    session.rewind();
    statusText.textContent = T.status.lowered(lower);
    // The button hides itself: keep the keyboard where the next action is, not on the page's body.
    toolbar.focusPlay();
    lowerAndReset.hidden = true;
    statusBox.hidden = false;
  });
  const statusText = el('p', {});
  statusBox.append(statusText, lowerAndReset);

  // ---- views
  const announcer = createAnnouncer();
  const editorRef: { current: ReturnType<typeof createDataEditor> | null } = { current: null };
  const cursorInfo = el('p', { class: 'pg-cursor-info', id: uid('pg-cursorinfo') });
  const plane = createDataPlane({
    onAdd: (x, y) => editorRef.current?.addPoint(x, y),
    onPickLabel: (i) => editorRef.current?.pickLabel(i),
    onCursor: () => { renderCursor(); drawDiagram(); },
  }, cursorInfo.id);
  const editor = createDataEditor(store, () => session.data.points);
  editorRef.current = editor;
  const painter = createOutputPainter(plane.boundaryCanvas, plane.cpuCanvas);
  // The picture's shader compiles (in the GPU process, in parallel where the browser can) while the rest
  // of the playground is built: neither the first picture nor the first training frame waits for it.
  painter.prepare(session.network, state);
  await nextTask();
  let preview: NeuronRef | null = null;
  const diagram = createNetworkDiagram({
    onEditParameter: (layer, kind, index, value) => { challengeRun.markEdited(); session.setParameter(layer, kind, index, value); },
    onPreview: (unit) => { preview = unit; drawPicture(); },
  });
  const metrics = createMetricsView();
  const chart = createLossChart();
  const confusion = createConfusionView();
  const legend = el('p', { class: 'pg-legend' });
  const toolbar = createToolbar({
    rewind: () => session.rewind(),
    togglePlay: () => (session.playing ? session.pause() : session.play()),
    step: () => session.step(),
    newWeights: () => store.update({ seed: (Math.random() * 4294967296) >>> 0 }),
    copyLink: async () => {
      try { await navigator.clipboard.writeText(store.link()); return T.toolbar.copied; }
      catch { return T.toolbar.copyThis(store.link()); }
    },
  });
  toolbar.exportSlot.dataset.playgroundExport = '';
  toolbar.exportSlot.append(createOnnxDownloadButton({
    getNetwork: () => session.network, getFeatures: () => store.state.features, buttonClass: 'pg-button', fileName: 'nn101-playground.onnx',
  }));

  await nextTask();
  const dataSettingsPanel = dataSettings(store, () => store.update({ dataSeed: (Math.random() * 4294967296) >>> 0 }));
  const featurePanelControl = featureSettings(store);
  await nextTask();
  const networkPanelControl = networkSettings(store);
  const trainingPanelControl = trainingSettings(store);
  await nextTask();
  const controls = [
    exerciseBanner(),
    dataSettingsPanel,
    editor,
    featurePanelControl,
    networkPanelControl,
    trainingPanelControl,
    viewSettings(store),
    teacherPanel(store),
  ];
  const [banner, dataPanel, , featurePanel, networkPanel, trainingPanel, views, teacher] = controls;

  // Assignments: records a challenge run's results for the hand-in, or replays a recorded run. Loaded only
  // for a link that asks for it, so other readers do not download it.
  const challengeNotice: HTMLElement[] = [];
  const challengeRun = { markEdited: () => {} };
  if (state.challenge || state.replay > 0) {
    const { attachChallengeRun } = await import('./challenge-run.ts');
    const attached = attachChallengeRun(root, store, session, () => accuracies()?.test);
    challengeNotice.push(attached.notice);
    challengeRun.markEdited = attached.markEdited;
  }
  // The controls show the link's settings before they are first laid out (nothing is hidden or shown after).
  syncControls();
  await nextTask();
  const columns = {
    settings: el('section', { class: 'pg-col pg-col-settings', 'aria-label': T.page.settingsRegion }),
    network: el('section', { class: 'pg-col pg-col-network', 'aria-label': T.page.networkRegion }),
    output: el('section', { class: 'pg-col pg-col-output', 'aria-label': T.page.outputRegion }),
  };
  root.replaceChildren(
    // The outline's level above the panels' h3 headings (the chapter may place the playground right
    // after its h1); for screen readers' heading navigation, not shown.
    el('h2', { class: 'visually-hidden' }, T.page.heading),
    banner!.element, linkNotice, ...challengeNotice,
    toolbar.element, statusBox,
    el('div', { class: 'pg-grid' }, columns.settings, columns.network, columns.output),
  );
  // The columns go in one by one, each after the previous part's frame, so their first layout and paint
  // are spread over several frames: all at once, the playground's ~1000 elements (its 27 drop-down lists
  // the most costly) made one frame's task of about 100 ms on a 4x-slowed CPU. The output first: it is
  // what a phone shows first, and nothing shown moves when the later parts come in below or beside it.
  // (Nine parts: with five, each part's frame was still 55-60 ms on that CPU.)
  const parts: [HTMLElement, ...HTMLElement[]][] = [
    [columns.output, el('h3', { class: 'pg-heading' }, T.page.outputHeading), plane.element, legend, cursorInfo],
    [columns.output, metrics.element, chart.element, confusion.element, announcer.element],
    [columns.network, networkPanel!.element],
    [columns.network, diagram.element],
    [columns.settings, dataPanel!.element],
    [columns.settings, el('fieldset', { class: 'pg-panel' }, el('legend', {}, T.page.yourData), editor.element)],
    [columns.settings, featurePanel!.element],
    [columns.settings, trainingPanel!.element],
    // Last: a kept set-up is offered below the playground, never in the way of its controls.
    [root, el('div', { class: 'pg-footer' }, views!.element, teacher!.element), keepPlaygroundSetup(root, store, session)],
  ];
  for (const [parent, ...children] of parts) {
    await afterFrame();
    parent.append(...children);
  }
  await nextTask();

  // ---- rendering. While training, each frame trains for a slice and then runs at most ONE of the
  // drawing jobs below (the most overdue), so no frame's task grows with the number of views.
  let outputSummary: OutputSummary = { classPixels: [], range: [0, 0] };
  let matrixCache: { train: number; test: number; matrix: number[][] } | null = null;

  function accuracies(): { train: number; test: number; matrix: number[][] } | undefined {
    const s = store.state;
    const k = classCount(s);
    if (k === 0) return undefined;
    if (matrixCache) return matrixCache;
    const { data } = session;
    // Training labels: the points trained on (without early stopping's held-out validation points).
    const labels = (test: boolean) => data.points.filter((_, i) => data.isTest[i] === test && !data.isValidation[i]).map((p) => p.label);
    const predict = (ds: typeof data.train) => {
      if (ds.n === 0) return [];
      const out = session.network.predict(ds.inputs, ds.n);
      const w = out.length / ds.n;
      return Array.from({ length: ds.n }, (_, i) => predictedClass(s, out, i * w));
    };
    const train = confusionMatrix(labels(false), predict(data.train), k);
    const test = confusionMatrix(labels(true), predict(data.test), k);
    matrixCache = { train: accuracyOfMatrix(train), test: accuracyOfMatrix(test), matrix: test };
    return matrixCache;
  }

  function drawPicture(): void {
    if (preview) painter.paintNeuron(session.network, store.state, preview);
    else painter.paint(session.network, store.state);
  }

  /** The accuracies last computed (by the numbers job): the counters show them until the next ones. */
  let shownAccuracy: { train: number; test: number } | undefined;
  function drawNumbers(): void {
    const s = store.state;
    const k = classCount(s);
    const acc = accuracies();
    shownAccuracy = acc;
    metrics.update(shownMetrics(acc));
    confusion.update(acc ? acc.matrix : null, T.classShort.slice(0, k));
    outputSummary = painter.summarise(session.network, s);
    renderCursor();
    announce();
  }

  /** The input features' pictures, made again only when the features change. */
  let inputPictures = { key: '', grids: [] as Float32Array[] };
  function inputGrids(features: readonly FeatureName[]): Float32Array[] {
    const key = features.join();
    if (inputPictures.key === key) return inputPictures.grids;
    const inputs = gridInputs(THUMB_GRID, features);
    const grids = features.map((_, f) => {
      const g = new Float32Array(THUMB_GRID * THUMB_GRID);
      let max = 1e-9;
      for (let p = 0; p < g.length; p++) max = Math.max(max, Math.abs(inputs[p * features.length + f]!));
      for (let p = 0; p < g.length; p++) g[p] = inputs[p * features.length + f]! / max;
      return g;
    });
    inputPictures = { key, grids };
    return grids;
  }
  const thumbnailOptions = (features: readonly FeatureName[]) => ({ size: THUMB_GRID, extent: PLANE_EXTENT, features });
  /** Which grids from the run the diagram last drew (their serial). */
  let drawnGrids = -1;
  /**
   * The neuron pictures: those the run computed (in the Worker) with the weights it last reported, while
   * training or while they are still the page's weights; else computed here (after a change, an edit).
   */
  function neuronGrids(net: Session['network'], features: readonly FeatureName[]): Float32Array[][] {
    const grids = session.grids;
    if (grids && (grids.current || session.playing) && grids.values.length === net.spec.layers.length && grids.options.features?.join() === features.join()) {
      drawnGrids = grids.serial;
      return grids.values;
    }
    return net.evaluateUnitGrids(thumbnailOptions(features));
  }
  /**
   * While training, the diagram waits for pictures the run has computed since it last drew (it asks the
   * next slice for them), so this thread never computes them and they match the weights of that slice.
   */
  function diagramReady(): boolean {
    if (!session.playing) return true;
    if (session.grids && session.grids.serial !== drawnGrids) return true;
    session.requestGrids();
    return false;
  }

  /** Settles when the diagram's latest drawing is complete (a new shape goes in over a few frames). */
  let diagramDrawn = Promise.resolve();
  function drawDiagram(): void {
    const s = store.state;
    const net = session.network;
    session.setGridOptions(thumbnailOptions(s.features));
    const { x, y } = plane.cursor;
    const cursorInputs = Array.from(applyFeatures([x, y], 1, s.features));
    const trace = net.trace(cursorInputs);
    const gradients = s.view === 'gradients' && session.data.train.n > 0
      ? (() => { const g = net.gradients(session.data.train.inputs, session.data.train.targets, session.data.train.n); return { weights: g.dWeights, biases: g.dBiases }; })()
      : undefined;
    diagramDrawn = diagram.update({
      network: net, features: s.features, activations: net.spec.layers.map((l) => l.activation),
      inputGrids: inputGrids(s.features), unitGrids: neuronGrids(net, s.features), gridSize: THUMB_GRID,
      gradients, view: s.view, cursor: { x, y, z: trace.z, a: trace.a, inputs: cursorInputs },
    });
  }

  /** The numbers of the network now in the page (after early stopping: the kept epoch's weights). */
  function shownMetrics(acc: { train: number; test: number } | null | undefined) {
    const { shown } = session;
    return {
      trainLoss: shown.trainLoss, testLoss: shown.testLoss, trainAccuracy: acc?.train, testAccuracy: acc?.test,
      weightsOfEpoch: session.bestEpoch,
    };
  }

  const drawChart = () => chart.update(session.curve, session.bestEpoch === undefined ? undefined : { stoppedAt: session.epoch, kept: session.bestEpoch, keptPoint: session.shown }, session.playing);
  function drawCounters(): void {
    toolbar.showProgress({ epoch: session.epoch, trainSize: session.data.train.n, batchSize: store.state.batch });
    // Not `matrixCache`, emptied by every training report: that hid the accuracy rows until the next
    // numbers job, a blink several times a second.
    metrics.update(shownMetrics(shownAccuracy));
  }
  const jobs: { name: string; every: number; last: number; run(): void; ready?(): boolean }[] = [
    { name: 'counters', every: COUNTERS_MS, last: 0, run: drawCounters },
    { name: 'picture', every: PICTURE_MS, last: 0, run: drawPicture },
    { name: 'numbers', every: 300, last: 0, run: drawNumbers },
    { name: 'diagram', every: SLOW_VIEWS_MS, last: 0, run: drawDiagram, ready: diagramReady },
    { name: 'chart', every: 1000, last: 0, run: drawChart },
  ];
  /** Runs a job and leaves a performance measure "playground:<name>" (read by the benchmark). */
  const timed = (job: (typeof jobs)[number]) => {
    const start = performance.now();
    job.last = start;
    job.run();
    measureSince(`playground:${job.name}`, start);
  };

  /** The run controls' state every frame (it changes only on a click or when a run ends); then the most
   *  overdue drawing job, if any is due. */
  function renderFrame(): void {
    toolbar.showRunState({ playing: session.playing, canTrain: session.status.kind === 'ready', hideWeights: store.state.hide.includes('weights') });
    const now = performance.now();
    const due = jobs.filter((j) => now - j.last >= j.every && (j.ready?.() ?? true)).sort((a, b) => (now - b.last) / b.every - (now - a.last) / a.every)[0];
    if (due) timed(due);
  }

  /** Everything, now (after a change, a step, a pause). */
  function renderAll(): void {
    renderFrame();
    for (const j of jobs) timed(j);
  }

  function renderCursor(): void {
    const s = store.state;
    const { x, y } = plane.cursor;
    const inputs = Array.from(applyFeatures([x, y], 1, s.features));
    const { a } = session.network.trace(inputs);
    const out = a[a.length - 1]!;
    const k = classCount(s);
    const what = k === 0 ? T.plane.predictsValue(out[0]!) : T.plane.predictsClass(CLASS_NAMES[predictedClass(s, out)] ?? '');
    cursorInfo.textContent = T.plane.cursor(x, y, what);
  }

  function announce(urgent = false): void {
    const s = store.state;
    const k = classCount(s);
    const { shown } = session;
    const acc = accuracies();
    const W = T.summary;
    // A loss that is not a number is said in words (the summary never says "NaN").
    const parts = [W.epoch(session.epoch, session.bestEpoch),
      W.losses(shown.trainLoss, shown.testLoss, session.data.train.n, session.data.test.n)];
    if (acc && Number.isFinite(acc.test)) parts.push(W.accuracy(acc.test));
    if (k >= 2) parts.push(W.regions(regionShares(outputSummary.classPixels, CLASS_NAMES)));
    else parts.push(W.range(outputSummary.range[0], outputSummary.range[1]));
    announcer.say(parts.join(' '), urgent);
  }

  let shownStatus = session.status.kind;
  function renderStatus(): void {
    const st = session.status;
    // Play and Step are disabled now: a keyboard on them would fall to the page's body. Move it to the
    // fix (divergence) or to the message (early stop, no data), which the reader needs next anyway.
    // (renderStatus runs before the toolbar disables them, so the focus is still there to be seen.)
    const moveFocus = st.kind !== shownStatus && st.kind !== 'ready' && toolbar.holdsRunFocus();
    shownStatus = st.kind;
    statusBox.hidden = st.kind === 'ready';
    lowerAndReset.hidden = st.kind !== 'diverged';
    if (st.kind === 'diverged') {
      const lower = [...LEARNING_RATES].reverse().find((r) => r < store.state.lr) ?? 0.00001;
      statusText.textContent = T.status.paused(st.reason);
      lowerAndReset.textContent = T.status.lowerButton(lower);
    } else if (st.kind !== 'ready') {
      statusText.textContent = st.reason;
    }
    if (moveFocus) (st.kind === 'diverged' ? lowerAndReset : statusBox).focus();
  }

  function renderPoints(): void {
    const s = store.state;
    plane.drawPoints(session.data.points, session.data.isTest, { showTest: s.showTest, classes: classCount(s) });
    const k = classCount(s);
    legend.textContent = k === 0 ? T.plane.legendRegression : T.plane.legendClasses(CLASS_NAMES.slice(0, k));
  }

  function syncControls(): void {
    const s = store.state;
    for (const c of controls) c.sync(s);
    root.dataset.problem = s.problem;
  }

  store.subscribe((change) => {
    // What the change had to fix goes beside the data controls; a later data change clears it.
    if (change.messages.length || change.kinds.has('data')) dataSettingsPanel.say(change.messages.join(' '));
    syncControls();
    const kinds = change.kinds;
    if (kinds.has('data')) session.rebuild('data');
    else if (kinds.has('network')) session.rebuild('network');
    else if (kinds.has('points')) session.rebuild('points');
    else if (kinds.has('training')) session.rebuild('training');
    if (kinds.has('data') || kinds.has('points') || kinds.has('network') || kinds.has('view')) {
      matrixCache = null;
      renderPoints();
      renderAll();
    }
  });
  session.onUpdate(({ trained, rebuilt }) => {
    if (trained || rebuilt) matrixCache = null;
    root.dataset.training = session.place; // 'page' once a failed Worker has been given up
    renderStatus();
    if (rebuilt || !session.playing) { renderAll(); announce(true); } else renderFrame();
  });

  // A link pasted into the address bar of an open playground: apply it like a fresh load.
  window.addEventListener('hashchange', () => {
    const next = readPlaygroundState(location.hash);
    showLinkMessages(next.messages);
    store.update(next.state);
  });

  renderPoints();
  renderStatus();
  await nextTask();
  // The first picture, numbers, diagram and chart, each in its own task (renderAll at once would be one).
  renderFrame();
  for (const job of jobs) { await nextTask(); timed(job); }
  await diagramDrawn;
  root.dataset.ready = 'true';
  // The playground's read-only hook, for tests, the benchmark and features that plug in (the ONNX
  // export reads `network` and adds its button to `exportSlot`, the [data-slot="export"] area).
  const hook: PlaygroundHook = {
    get network() { return session.network; },
    exportSlot: toolbar.exportSlot,
    /** The output picture: which renderer back end, and its pixels (RGBA, top row first). */
    picture: { backend: painter.backend, readPixels: () => painter.readPixels() },
    get epoch() { return session.epoch; },
    get idle() { return session.idle; },
    get curve() { return session.curve; },
    get status() { return session.status; },
    get state() { return store.state; },
    get points() { return session.data.points; },
    get parameters() { return session.network.getParameters(); },
    get urlPending() { return store.urlPending; },
  };
  (root as HTMLElement & { playground?: PlaygroundHook }).playground = hook;
}

/** The read-only hook on the playground's root element (`root.playground`). */
export interface PlaygroundHook {
  readonly network: Session['network'];
  readonly exportSlot: HTMLElement;
  /** The output picture: which renderer back end, and its pixels (RGBA, top row first). */
  readonly picture: { readonly backend: 'webgl2' | 'canvas2d'; readPixels(): Uint8ClampedArray };
  readonly epoch: number;
  /** Settles when every training request sent so far (a Step, a slice) has been answered and shown. */
  readonly idle: Promise<void>;
  readonly curve: Session['curve'];
  readonly status: Session['status'];
  readonly state: Store['state'];
  readonly points: Session['data']['points'];
  readonly parameters: ReturnType<Session['network']['getParameters']>;
  /** True while a change waits to be written into the address bar (the store writes it lazily). */
  readonly urlPending: boolean;
}

/**
 * The playground's `projector` key and the header's Large text switch are one setting: a link with
 * projector=1 (teachers' links from before) turns Large text on, and turning the switch on or off writes
 * projector into the link, so the link reproduces what the class sees.
 */
function syncLargeText(store: Store): void {
  const html = document.documentElement;
  const pageIsLarge = () => html.dataset.projector === 'on';
  if (store.state.projector && !pageIsLarge()) html.dataset.projector = 'on'; // not saved as the reader's own choice
  else if (pageIsLarge() !== store.state.projector) store.update({ projector: pageIsLarge() });
  new MutationObserver(() => {
    if (pageIsLarge() !== store.state.projector) store.update({ projector: pageIsLarge() });
  }).observe(html, { attributes: true, attributeFilter: ['data-projector'] });
  store.subscribe((change) => {
    if (!change.keys.has('projector')) return;
    if (store.state.projector) html.dataset.projector = 'on';
    else delete html.dataset.projector;
  });
}
