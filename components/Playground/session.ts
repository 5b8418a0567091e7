// The playground's wiring to its training run: from the state to data, network and run, and the loop
// that advances the run and tells the views to redraw. The run (src/engine/run/) owns the training:
// slicing, the schedule, early stopping on the validation split, divergence (with the blow-up rule),
// best weights and a bounded history. It lives in the engine Worker when one can start, else on the
// page (worker/run-client.ts); either way the page keeps its own copy of the network, which the views
// draw and the run's reports bring up to date (weights at most once per slice, for the next frame).
// What to rebuild follows the kind of change: new data → new network; new network → new run; new
// training settings → the running run just takes the new config (early stopping's settings, which
// change the validation split, start a new run that goes on from the same weights).
import { createReferenceNetwork } from '../../src/engine/index.ts';
import { boundedHistory, type BoundedHistory } from '../../src/engine/run/bounded-history.ts';
import type { RunBudget, RunReport, RunSetup } from '../../src/engine/run/run.ts';
import type { EpochRecord } from '../../src/engine/trainer.ts';
import type { Network, NetworkSpec, UnitGridOptions } from '../../src/engine/types.ts';
import { createRunner, isWorkerFailure, type RunHandle, type Runner, type RunPlace } from '../../src/engine/worker/run-client.ts';
import type { EpochPoint } from './loss-chart.ts';
import { buildData, type PlaygroundData } from './data-source.ts';
import { generatePoints } from './generated-data.ts';
import { networkSpec, trainConfig } from './model-setup.ts';
import type { Store } from './store.ts';
import { measureSince } from '../../src/ui/performance-measure.ts';
import { playgroundStrings, trainingEndStrings } from '../../src/i18n/index.ts';

const S = playgroundStrings().status;
const END = trainingEndStrings();

export type SessionStatus =
  | { kind: 'ready' }
  | { kind: 'empty'; reason: string }
  | { kind: 'diverged'; reason: string }
  | { kind: 'stopped'; reason: string; bestEpoch: number }
  | { kind: 'failed'; reason: string };

/** A slice of training on the page's main thread: the longest task it adds (drawing takes the rest of the frame). */
const PAGE_SLICE_MS = 8;
/** A slice in the Worker: long enough that messages cost little, short enough for a fresh picture every frame. */
const WORKER_SLICE_MS = 16;
/** "fast" on the page: slices per animation frame (each its own task), then the page gets to paint. */
const FAST_SLICES_PER_FRAME = 3;
/** Loss-curve points kept (older epochs thinned, the recent ones in full): memory stays flat in a long run. */
export const CURVE_LIMIT = 1000;

/** A loss-curve point; `validationLoss` while early stopping holds out a validation split. */
export type CurvePoint = EpochPoint & { validationLoss?: number };

export interface Session {
  readonly data: PlaygroundData;
  /** The page's copy of the network: what the views draw (the run's weights as of its last report). */
  readonly network: Network;
  readonly playing: boolean;
  readonly status: SessionStatus;
  /** Where training runs: in the engine Worker, or on the page when no Worker could start. */
  readonly place: RunPlace;
  /** Epochs completed. */
  readonly epoch: number;
  /** Loss curve points, from epoch 0 (before training); bounded (old epochs thinned). */
  readonly curve: readonly CurvePoint[];
  /** Epochs completed at the best validation loss, when early stopping has stopped. */
  readonly bestEpoch: number | undefined;
  /**
   * Losses of the weights now in the network (what the page must show): the last epoch's, or after
   * early stopping the restored best epoch's, or after a hand-edited weight the edited network's.
   * `epoch` says which epoch's weights these are.
   */
  readonly shown: EpochPoint;
  /** Settles once every request sent so far has been answered (tests, and a Step's caller). */
  readonly idle: Promise<void>;
  /**
   * The neuron pictures (every unit's grid) the run last computed with the weights it reported, where it
   * runs (the Worker); `current` while the page's weights are still those. Undefined after a change.
   */
  readonly grids: NeuronGrids | undefined;
  /**
   * What the neuron pictures sample. A Step's report then brings them; while playing, `requestGrids`
   * asks the next slice for them.
   */
  setGridOptions(options: UnitGridOptions): void;
  /** Asks the next training slice to compute the neuron pictures (see setGridOptions). */
  requestGrids(): void;
  play(): void;
  pause(): void;
  /** Trains one epoch (or `epochs`, in one request: a replay to a recorded epoch). */
  step(epochs?: number): void;
  /** Back to the same initial weights (same seed), epoch 0. */
  rewind(): void;
  /** Rebuilds everything for a state change of this reach. */
  rebuild(kind: 'data' | 'points' | 'network' | 'training'): void;
  /** Sets one weight or bias by hand (the diagram's edit fields). */
  setParameter(layer: number, kind: 'weight' | 'bias', index: number, value: number): void;
  /** Called after every change the views must show (one call per frame at most while playing). */
  onUpdate(listener: (what: { trained: boolean; rebuilt: boolean }) => void): void;
}

export interface NeuronGrids {
  /** values[l][j]: unit j of spec.layers[l] over the grid. */
  readonly values: Float32Array[][];
  /** The options they were computed with. */
  readonly options: UnitGridOptions;
  /** Whether the page's network still holds the weights they were computed with. */
  current: boolean;
  /** Counts the grids received, so a view knows whether these are new. */
  readonly serial: number;
}

/**
 * `createNetwork` is the page's engine: the WebAssembly one when it loaded (then the run goes to the
 * Worker, which uses it too), else the float64 reference (then the run stays on the page).
 */
export function createSession(store: Store, createNetwork: (spec: NetworkSpec) => Network = createReferenceNetwork, runner?: Runner): Session {
  const runs: Runner = runner ?? createRunner({ createNetwork, worker: createNetwork === createReferenceNetwork ? null : undefined });
  let generated = generatePoints(store.state);
  let data = buildData(store.state, generated);
  let network: Network = createNetwork(networkSpec(store.state));
  let status: SessionStatus = { kind: 'ready' };
  let playing = false;
  let curve: BoundedHistory<CurvePoint> = boundedHistory(CURVE_LIMIT);
  /** Epochs trained before the current run (the reader's own points or early stopping changed mid-run). */
  let epochBase = 0;
  /** Epochs the current run has completed. */
  let runEpoch = 0;
  let shown: EpochPoint = { epoch: 0, trainLoss: Number.NaN, testLoss: Number.NaN };
  /** Training loss of the untrained network (reference of the blow-up rule; kept when own points arrive). */
  let startLoss = Number.NaN;
  /** The current run (a promise while it starts); each new run bumps `generation`, orphaning older reports. */
  let run: Promise<RunHandle | null> = Promise.resolve(null);
  let generation = 0;
  /** Requests in flight, in order; `idle` waits for the last. */
  let queue: Promise<unknown> = Promise.resolve();
  let pumping = false;
  let frame = 0;
  let slicesSinceFrame = 0;
  let drawRequested = false;
  /** Early stopping's settings of the current run (a change means a new validation split). */
  let runStop = '';
  let gridOptions: UnitGridOptions | undefined;
  let gridsWanted = false;
  let grids: NeuronGrids | undefined;
  let gridSerial = 0;
  /** The options a request for grids carries now (once per requestGrids while playing). */
  const gridsToAsk = (always: boolean): UnitGridOptions | undefined => {
    if (!gridOptions || !(always || gridsWanted)) return undefined;
    gridsWanted = false;
    return gridOptions;
  };
  const listeners: ((w: { trained: boolean; rebuilt: boolean }) => void)[] = [];
  const notify = (trained: boolean, rebuilt: boolean) => { for (const l of listeners) l({ trained, rebuilt }); };

  function evaluatePoint(epoch: number): EpochPoint {
    return {
      epoch,
      trainLoss: data.train.n > 0 ? network.evaluate(data.train).loss : Number.NaN,
      testLoss: data.test.n > 0 ? network.evaluate(data.test).loss : Number.NaN,
    };
  }

  /** Sends one request to the current run, after those before it; stale runs' answers are dropped. */
  function send<T>(work: (handle: RunHandle) => Promise<T>, then?: (value: T) => void): Promise<void> {
    const mine = generation;
    const current = run;
    const done = queue.then(async () => {
      const handle = await current;
      if (!handle || mine !== generation) return;
      try {
        const value = await work(handle);
        if (mine === generation) then?.(value);
      } catch (error) {
        if (mine !== generation) return;
        if (isWorkerFailure(error)) {
          // The Worker died mid-run: go on on the page, from the weights the page last saw.
          newRun(true);
          return;
        }
        fail(error);
      }
    });
    queue = done.catch(() => {});
    return done;
  }

  function fail(error: unknown): void {
    status = { kind: 'failed', reason: S.failed(error instanceof Error ? error.message : String(error)) };
    playing = false;
    notify(false, false);
  }

  /** A run for the current network and data; `keepCurve` continues the epoch count and the curve. */
  function newRun(keepCurve = false): void {
    generation++;
    grids = undefined;
    const previous = run;
    void previous.then((h) => h?.dispose());
    epochBase = keepCurve ? session.epoch : 0;
    runEpoch = 0;
    shown = evaluatePoint(epochBase);
    if (!keepCurve) curve = boundedHistory(CURVE_LIMIT);
    curve.push(shown);
    // New data for the same network: the reference is the worse of the two starts (a trained network
    // meeting new points must not count as blown up because its loss was tiny before).
    startLoss = keepCurve && Number.isFinite(startLoss) ? Math.max(startLoss, shown.trainLoss) : shown.trainLoss;
    const s = store.state;
    runStop = `${s.stop}/${s.patience}`;
    if (data.train.n === 0) {
      run = Promise.resolve(null);
      status = { kind: 'empty', reason: S.noData };
      return;
    }
    const setup: RunSetup = { train: data.train, test: data.test.n > 0 ? data.test : undefined, config: trainConfig(s), blowUp: { startLoss } };
    if (s.stop && data.validation) {
      setup.validation = data.validation;
      setup.earlyStopping = { patience: s.patience };
    }
    const mine = generation;
    run = runs.start(network.spec, network.getParameters(), setup).catch((error: unknown) => {
      if (mine === generation) fail(error);
      return null;
    });
    status = { kind: 'ready' };
  }

  function newNetwork(): void {
    network = createNetwork(networkSpec(store.state));
    newRun();
  }

  /** Brings the page up to date with a report: the curve, the weights, and how the run ended. */
  function apply(report: RunReport): void {
    for (const r of report.records) {
      shown = pointOf(r);
      curve.push(r.validationLoss === undefined ? shown : { ...shown, validationLoss: r.validationLoss });
    }
    runEpoch = report.epoch;
    if (report.parameters) {
      network.setParameters(report.parameters);
      if (grids) grids.current = false;
    }
    if (report.unitGrids && report.parameters && gridOptions) {
      grids = { values: report.unitGrids, options: gridOptions, current: true, serial: ++gridSerial };
    }
    if (report.status === 'diverged') {
      status = { kind: 'diverged', reason: report.end ? END.describe(report.end) : END.diverged };
      // The weights in the page are the last good ones (a step with a NaN loss changes nothing): show theirs.
      shown = evaluatePoint(session.epoch);
      playing = false;
    } else if (report.status === 'stopped' && report.best) {
      const kept = epochBase + report.best.epoch + 1;
      // The page now holds the best epoch's weights: its numbers must be theirs, not the last epoch's.
      shown = pointOf(report.best);
      status = {
        kind: 'stopped', bestEpoch: kept,
        reason: S.stopped({ held: data.validation?.n ?? 0, patience: store.state.patience, epoch: session.epoch, kept }),
      };
      playing = false;
    }
  }

  const pointOf = (r: EpochRecord): EpochPoint => ({ epoch: epochBase + r.epoch + 1, trainLoss: r.trainLoss, testLoss: r.testLoss ?? Number.NaN });

  function budget(): RunBudget {
    const speed = store.state.speed;
    const unitGrids = gridsToAsk(false);
    const extra = unitGrids ? { unitGrids } : {};
    if (speed === 'slow') return { steps: 1, parameters: true, ...extra };
    if (speed === 'normal') return { epochs: 1, milliseconds: PAGE_SLICE_MS, parameters: true, ...extra };
    return { milliseconds: runs.place === 'worker' ? WORKER_SLICE_MS : PAGE_SLICE_MS, parameters: true, ...extra };
  }

  /** One slice while playing; then the next, paced by the speed setting and where the run lives. */
  function pump(): void {
    frame = 0;
    if (!playing || pumping) return;
    if (status.kind !== 'ready') { playing = false; notify(false, false); return; }
    pumping = true;
    const start = performance.now();
    void send((handle) => handle.advance(budget()), (report) => {
      // Main-thread training time (read by the benchmark); in the Worker it costs the page nothing.
      if (runs.place === 'page') measureSince('playground:train', start);
      apply(report);
    }).finally(() => {
      pumping = false;
      if (store.state.speed === 'fast' && playing) requestDraw();
      else notify(true, false);
      if (playing) scheduleNext();
    });
  }

  // "fast" trains slice after slice (in the Worker, or in back-to-back page tasks through a
  // MessageChannel message each), not once per frame, so its speed does not depend on how fast the page
  // paints; the views redraw once per animation frame. A hidden page trains once per (paused) animation
  // frame instead, so it does not run in the background.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { if (playing && frame === 0) pump(); };
  function scheduleNext(): void {
    const fast = store.state.speed === 'fast' && !document.hidden;
    if (fast && (runs.place === 'worker' || slicesSinceFrame < FAST_SLICES_PER_FRAME)) {
      slicesSinceFrame++;
      channel.port2.postMessage(null);
    } else {
      frame = requestAnimationFrame(() => { slicesSinceFrame = 0; pump(); });
    }
  }
  function requestDraw(): void {
    if (drawRequested) return;
    drawRequested = true;
    requestAnimationFrame(() => { drawRequested = false; slicesSinceFrame = 0; if (playing) notify(true, false); });
  }

  const session: Session = {
    get data() { return data; },
    get network() { return network; },
    get playing() { return playing; },
    get status() { return status; },
    get place() { return runs.place; },
    get epoch() { return epochBase + runEpoch; },
    get curve() { return curve.records; },
    get bestEpoch() { return status.kind === 'stopped' ? status.bestEpoch : undefined; },
    get shown() { return shown; },
    get idle() { return queue.then(() => {}); },
    get grids() { return grids; },
    setGridOptions(options) { gridOptions = options; },
    requestGrids() { gridsWanted = true; },
    play() {
      if (status.kind !== 'ready' || playing) return;
      playing = true;
      scheduleNext();
      notify(false, false);
    },
    pause() {
      playing = false;
      cancelAnimationFrame(frame);
      frame = 0;
      notify(false, false);
    },
    step(epochs = 1) {
      if (status.kind !== 'ready' || playing) return;
      const unitGrids = gridsToAsk(true);
      void send((handle) => handle.advance({ epochs, parameters: true, ...(unitGrids ? { unitGrids } : {}) }), (report) => {
        apply(report);
        notify(true, false);
      });
    },
    rewind() {
      session.pause();
      newNetwork();
      notify(false, true);
    },
    rebuild(kind) {
      let reset = kind !== 'training';
      const s = store.state;
      if (kind === 'points') {
        // The reader added or removed own points: same network, training goes on with the new data
        // (unless it had diverged: broken weights start again from the initial ones).
        data = buildData(s, generated);
        if (status.kind === 'diverged') { reset = true; newNetwork(); } else newRun(true);
      } else if (kind === 'data') {
        generated = generatePoints(s);
        data = buildData(s, generated);
        newNetwork();
      } else if (kind === 'network') {
        data = buildData(s, generated); // features change the inputs
        newNetwork();
      } else if (status.kind === 'diverged') {
        reset = true;
        // The weights are broken (NaN, or thrown far off): new training settings start from the initial
        // weights again, so picking a smaller learning rate by hand fixes it as the offered button does.
        session.pause();
        data = buildData(s, generated);
        newNetwork();
      } else if (runStop !== `${s.stop}/${s.patience}`) {
        // Early stopping switched or its patience changed: a new validation split (or none), and a run
        // that goes on from these weights. Switching it off lets a stopped run go on.
        data = buildData(s, generated);
        const wasPlaying = playing;
        session.pause();
        newRun(true);
        reset = true;
        if (wasPlaying && status.kind === 'ready') session.play();
      } else {
        const config = trainConfig(s);
        void send((handle) => handle.setConfig(config));
      }
      if (kind === 'data' || kind === 'network') {
        const wasPlaying = playing;
        session.pause();
        if (wasPlaying && status.kind === 'ready') session.play();
      }
      notify(false, reset);
    },
    setParameter(layer, kind, index, value) {
      const p = network.getParameters();
      (kind === 'weight' ? p.weights : p.biases)[layer]![index] = value;
      network.setParameters(p);
      if (grids) grids.current = false;
      void send((handle) => handle.setParameters(p));
      shown = evaluatePoint(session.epoch);
      notify(true, false);
    },
    onUpdate(listener) { listeners.push(listener); },
  };
  newRun();
  return session;
}
