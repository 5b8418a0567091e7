// The training loop wiring: from the state to data, network and trainer, and the animation-frame loop
// that trains in slices (no main-thread task over ~15 ms of training) and tells the views to redraw.
// What to rebuild follows the kind of change: new data → new network; new network → new trainer;
// new training settings → the running trainer just takes the new config.
import { blowUpReason, createReferenceNetwork, createTrainer, learningRateAt, watchBlowUp, type BlowUpWatch, type Trainer } from '../../src/engine/index.ts';
import type { Network, NetworkSpec, Parameters } from '../../src/engine/types.ts';
import type { PlaygroundState } from '../../src/state/playground-state.ts';
import type { EpochPoint } from './charts.ts';
import { buildData, type PlaygroundData } from './data-source.ts';
import { generatePoints } from './generated-data.ts';
import { networkSpec, trainConfig } from './model-setup.ts';
import type { Store } from './store.ts';

export type SessionStatus =
  | { kind: 'ready' }
  | { kind: 'empty'; reason: string }
  | { kind: 'diverged'; reason: string }
  | { kind: 'stopped'; reason: string; bestEpoch: number };

/** Time for training in one animation frame; drawing takes the rest of the frame. */
const SLICE_MS = 8;
/** "fast": training slices per animation frame (each its own task); the rest of the frame is for drawing. */
const FAST_SLICES_PER_FRAME = 3;

export interface Session {
  readonly data: PlaygroundData;
  readonly network: Network;
  readonly trainer: Trainer | null;
  readonly playing: boolean;
  readonly status: SessionStatus;
  /** Epochs completed. */
  readonly epoch: number;
  /** Loss curve points, from epoch 0 (before training). */
  readonly curve: readonly EpochPoint[];
  /** Epochs completed at the best test loss, when early stopping has stopped. */
  readonly bestEpoch: number | undefined;
  /**
   * Losses of the weights now in the network (what the page must show): the last epoch's, or after
   * early stopping the restored best epoch's, or after a hand-edited weight the edited network's.
   * `epoch` says which epoch's weights these are.
   */
  readonly shown: EpochPoint;
  play(): void;
  pause(): void;
  /** Trains one epoch. */
  step(): void;
  /** Back to the same initial weights (same seed), epoch 0. */
  rewind(): void;
  /** Rebuilds everything for a state change of this reach. */
  rebuild(kind: 'data' | 'points' | 'network' | 'training'): void;
  /** Sets one weight or bias by hand (the diagram's edit fields). */
  setParameter(layer: number, kind: 'weight' | 'bias', index: number, value: number): void;
  /** Called after every change the views must show (one call per frame at most while playing). */
  onUpdate(listener: (what: { trained: boolean; rebuilt: boolean }) => void): void;
}

/**
 * `createNetwork` is the engine: the WebAssembly one when it loaded, else the float64 reference. Both
 * draw the same initial weights from the same seed.
 */
export function createSession(store: Store, createNetwork: (spec: NetworkSpec) => Network = createReferenceNetwork): Session {
  let generated = generatePoints(store.state);
  let data = buildData(store.state, generated);
  let network: Network = createNetwork(networkSpec(store.state));
  let trainer: Trainer | null = null;
  let status: SessionStatus = { kind: 'ready' };
  let playing = false;
  let curve: EpochPoint[] = [];
  /** Epochs trained before the current trainer (the reader's own points arrived mid-run). */
  let epochBase = 0;
  /** Records of the current trainer's history already on the curve. */
  let recorded = 0;
  let best: { epoch: number; loss: number; params: Parameters } | null = null;
  let shown: EpochPoint = { epoch: 0, trainLoss: Number.NaN, testLoss: Number.NaN };
  /** Training loss of the untrained network (reference of the blow-up rule; kept when own points arrive). */
  let startLoss = Number.NaN;
  let blowUp: BlowUpWatch = watchBlowUp(startLoss);
  let frame = 0;
  const listeners: ((w: { trained: boolean; rebuilt: boolean }) => void)[] = [];
  const notify = (trained: boolean, rebuilt: boolean) => { for (const l of listeners) l({ trained, rebuilt }); };

  function evaluatePoint(epoch: number): EpochPoint {
    return {
      epoch,
      trainLoss: data.train.n > 0 ? network.evaluate(data.train).loss : Number.NaN,
      testLoss: data.test.n > 0 ? network.evaluate(data.test).loss : Number.NaN,
    };
  }

  /** A trainer for the current network and data; `keepCurve` continues the epoch count and the curve. */
  function newTrainer(keepCurve = false): void {
    epochBase = keepCurve ? session.epoch : 0;
    shown = evaluatePoint(epochBase);
    curve = keepCurve ? [...curve, shown] : [shown];
    // New data for the same network: the reference is the worse of the two starts (a trained network
    // meeting new points must not count as blown up because its loss was tiny before).
    startLoss = keepCurve && Number.isFinite(startLoss) ? Math.max(startLoss, shown.trainLoss) : shown.trainLoss;
    blowUp = watchBlowUp(startLoss);
    recorded = 0;
    best = null;
    if (data.train.n === 0) {
      trainer = null;
      status = { kind: 'empty', reason: 'There are no training points: add points on the plane, import a CSV file, or pick a data set.' };
      return;
    }
    trainer = createTrainer(network, {
      train: data.train,
      validation: data.test.n > 0 ? data.test : undefined,
      config: trainConfig(store.state),
    });
    status = { kind: 'ready' };
  }

  function newNetwork(): void {
    network = createNetwork(networkSpec(store.state));
    newTrainer();
  }

  /** After each finished epoch: extend the curve, then early stopping on the test loss. */
  function afterEpochs(): void {
    if (!trainer) return;
    const history = trainer.history;
    for (; recorded < history.length; recorded++) {
      const r = history[recorded]!;
      const done = epochBase + r.epoch + 1;
      shown = { epoch: done, trainLoss: r.trainLoss, testLoss: r.validationLoss ?? Number.NaN };
      curve.push(shown);
      const s = store.state;
      if (blowUp.add(r.trainLoss) && status.kind === 'ready') {
        status = {
          kind: 'diverged',
          reason: blowUpReason({ epoch: done, trainLoss: r.trainLoss, startLoss, learningRate: learningRateAt(trainer.config, r.epoch), optimizer: s.opt }),
        };
        playing = false;
        return;
      }
      const monitored = r.validationLoss ?? r.trainLoss;
      if (!best || monitored < best.loss) best = { epoch: done, loss: monitored, params: network.getParameters() };
      else if (s.stop && done - best.epoch >= s.patience && status.kind === 'ready') {
        network.setParameters(best.params);
        // The page now holds epoch best.epoch's weights: its numbers must be theirs, not the last epoch's.
        shown = evaluatePoint(best.epoch);
        status = {
          kind: 'stopped', bestEpoch: best.epoch,
          reason: `Early stopping: the ${r.validationLoss !== undefined ? 'test' : 'training'} loss has not improved for ${s.patience} epochs, so training stopped after epoch ${done} and went back to the weights of epoch ${best.epoch}.`,
        };
        playing = false;
        return;
      }
    }
  }

  function checkResult(): void {
    if (trainer && trainer.result.status === 'diverged') {
      status = { kind: 'diverged', reason: capitalise(trainer.result.reason) };
      // Some weight or loss is NaN or infinite now: there are no numbers to show for this network.
      shown = { epoch: session.epoch, trainLoss: Number.NaN, testLoss: Number.NaN };
      playing = false;
    }
  }

  function loop(): void {
    frame = 0;
    if (!playing || !trainer || status.kind !== 'ready') { playing = false; notify(false, false); return; }
    // Step by step, so early stopping acts at the very epoch its patience runs out. The speed setting
    // caps the work of a frame: one mini-batch, one epoch, or whatever fits in the time slice.
    const speed = store.state.speed;
    const start = performance.now();
    const end = start + SLICE_MS;
    do {
      const epoch = trainer.epoch;
      trainer.runSteps(1);
      if (trainer.epoch !== epoch) {
        afterEpochs();
        if (speed === 'normal') break;
      }
    } while (speed !== 'slow' && trainer.result.status === 'ok' && status.kind === 'ready' && performance.now() < end);
    performance.measure('playground:train', { start });
    checkResult();
    if (speed === 'fast' && playing) requestDraw();
    else notify(true, false);
    if (playing) scheduleNext();
  }

  // "fast" trains in back-to-back tasks (a MessageChannel message each), not once per frame, so its
  // speed does not depend on how fast the page can paint; the views redraw once per animation frame.
  // Each task is still one short slice, so input and painting get in between. A hidden page trains
  // once per (paused) animation frame instead, so it does not run in the background.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { if (playing && frame === 0) loop(); };
  let drawRequested = false;
  /** Slices since the last animation frame: at most FAST_SLICES_PER_FRAME, then the page gets to paint. */
  let slicesSinceFrame = 0;
  function scheduleNext(): void {
    if (store.state.speed === 'fast' && !document.hidden && slicesSinceFrame < FAST_SLICES_PER_FRAME) {
      slicesSinceFrame++;
      channel.port2.postMessage(null);
    } else {
      frame = requestAnimationFrame(() => { slicesSinceFrame = 0; loop(); });
    }
  }
  function requestDraw(): void {
    if (drawRequested) return;
    drawRequested = true;
    requestAnimationFrame(() => { drawRequested = false; if (playing) notify(true, false); });
  }

  const session: Session = {
    get data() { return data; },
    get network() { return network; },
    get trainer() { return trainer; },
    get playing() { return playing; },
    get status() { return status; },
    get epoch() { return epochBase + (trainer?.epoch ?? 0); },
    get curve() { return curve; },
    get bestEpoch() { return status.kind === 'stopped' ? status.bestEpoch : undefined; },
    get shown() { return shown; },
    play() {
      if (!trainer || status.kind !== 'ready' || playing) return;
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
    step() {
      if (!trainer || status.kind !== 'ready') return;
      trainer.runEpochs(1);
      afterEpochs();
      checkResult();
      notify(true, false);
    },
    rewind() {
      session.pause();
      newNetwork();
      notify(false, true);
    },
    rebuild(kind) {
      let reset = kind !== 'training';
      if (kind === 'points') {
        // The reader added or removed own points: same network, training goes on with the new data
        // (unless it had diverged: broken weights start again from the initial ones).
        data = buildData(store.state, generated);
        if (status.kind === 'diverged') { reset = true; newNetwork(); } else newTrainer(true);
      } else if (kind === 'data') {
        generated = generatePoints(store.state);
        data = buildData(store.state, generated);
        newNetwork();
      } else if (kind === 'network') {
        data = buildData(store.state, generated); // features change the inputs
        newNetwork();
      } else if (status.kind === 'diverged') {
        reset = true;
        // The weights are broken (NaN, or thrown far off): new training settings start from the initial
        // weights again, so picking a smaller learning rate by hand fixes it as the offered button does.
        session.pause();
        newNetwork();
      } else if (trainer) {
        trainer.setConfig(trainConfig(store.state));
        // Switching early stopping off lets a stopped run go on.
        if (status.kind === 'stopped' && !store.state.stop) status = { kind: 'ready' };
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
      shown = evaluatePoint(session.epoch);
      notify(true, false);
    },
    onUpdate(listener) { listeners.push(listener); },
  };
  newTrainer();
  return session;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
