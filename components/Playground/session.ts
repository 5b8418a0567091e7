// The training loop wiring: from the state to data, network and trainer, and the animation-frame loop
// that trains in slices (no main-thread task over ~15 ms of training) and tells the views to redraw.
// What to rebuild follows the kind of change: new data → new network; new network → new trainer;
// new training settings → the running trainer just takes the new config.
import { createReferenceNetwork } from '../../src/engine/index.ts';
import { createTrainer, type Trainer } from '../../src/engine/trainer.ts';
import type { Network, Parameters } from '../../src/engine/types.ts';
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
const SLICE_MS = 12;

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
  play(): void;
  pause(): void;
  /** Trains one epoch. */
  step(): void;
  /** Back to the same initial weights (same seed), epoch 0. */
  rewind(): void;
  /** Rebuilds everything for a state change of this reach. */
  rebuild(kind: 'data' | 'network' | 'training'): void;
  /** Sets one weight or bias by hand (the diagram's edit fields). */
  setParameter(layer: number, kind: 'weight' | 'bias', index: number, value: number): void;
  /** Called after every change the views must show (one call per frame at most while playing). */
  onUpdate(listener: (what: { trained: boolean; rebuilt: boolean }) => void): void;
}

export function createSession(store: Store): Session {
  let generated = generatePoints(store.state);
  let data = buildData(store.state, generated);
  let network: Network = createReferenceNetwork(networkSpec(store.state));
  let trainer: Trainer | null = null;
  let status: SessionStatus = { kind: 'ready' };
  let playing = false;
  let curve: EpochPoint[] = [];
  let best: { epoch: number; loss: number; params: Parameters } | null = null;
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

  function newTrainer(): void {
    curve = [evaluatePoint(0)];
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
    network = createReferenceNetwork(networkSpec(store.state));
    newTrainer();
  }

  /** After each finished epoch: extend the curve, then early stopping on the test loss. */
  function afterEpochs(): void {
    if (!trainer) return;
    const history = trainer.history;
    for (let e = curve.length - 1; e < history.length; e++) {
      const r = history[e]!;
      curve.push({ epoch: r.epoch + 1, trainLoss: r.trainLoss, testLoss: r.validationLoss ?? Number.NaN });
      const s = store.state;
      const monitored = r.validationLoss ?? r.trainLoss;
      if (!best || monitored < best.loss) best = { epoch: r.epoch + 1, loss: monitored, params: network.getParameters() };
      else if (s.stop && r.epoch + 1 - best.epoch >= s.patience && status.kind === 'ready') {
        network.setParameters(best.params);
        status = {
          kind: 'stopped', bestEpoch: best.epoch,
          reason: `Early stopping: the ${r.validationLoss !== undefined ? 'test' : 'training'} loss has not improved for ${s.patience} epochs, so training stopped after epoch ${r.epoch + 1} and went back to the weights of epoch ${best.epoch}.`,
        };
        playing = false;
        return;
      }
    }
  }

  function checkResult(): void {
    if (trainer && trainer.result.status === 'diverged') {
      status = { kind: 'diverged', reason: capitalise(trainer.result.reason) };
      playing = false;
    }
  }

  function loop(): void {
    frame = 0;
    if (!playing || !trainer || status.kind !== 'ready') { playing = false; notify(false, false); return; }
    trainer.runFor(SLICE_MS);
    afterEpochs();
    checkResult();
    notify(true, false);
    if (playing) frame = requestAnimationFrame(loop);
  }

  const session: Session = {
    get data() { return data; },
    get network() { return network; },
    get trainer() { return trainer; },
    get playing() { return playing; },
    get status() { return status; },
    get epoch() { return trainer?.epoch ?? 0; },
    get curve() { return curve; },
    get bestEpoch() { return status.kind === 'stopped' ? status.bestEpoch : undefined; },
    play() {
      if (!trainer || status.kind !== 'ready' || playing) return;
      playing = true;
      frame = requestAnimationFrame(loop);
      notify(false, false);
    },
    pause() {
      playing = false;
      cancelAnimationFrame(frame);
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
      if (kind === 'data') {
        generated = generatePoints(store.state);
        data = buildData(store.state, generated);
        newNetwork();
      } else if (kind === 'network') {
        data = buildData(store.state, generated); // features change the inputs
        newNetwork();
      } else if (trainer) {
        trainer.setConfig(trainConfig(store.state));
        // Switching early stopping off lets a stopped run go on.
        if (status.kind === 'stopped' && !store.state.stop) status = { kind: 'ready' };
      }
      if (kind !== 'training') {
        const wasPlaying = playing;
        session.pause();
        if (wasPlaying && status.kind === 'ready') session.play();
      }
      notify(false, kind !== 'training');
    },
    setParameter(layer, kind, index, value) {
      const p = network.getParameters();
      (kind === 'weight' ? p.weights : p.biases)[layer]![index] = value;
      network.setParameters(p);
      notify(false, false);
    },
    onUpdate(listener) { listeners.push(listener); },
  };
  newTrainer();
  return session;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
