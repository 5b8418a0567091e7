// The run controls: rewind, play/pause, one epoch, new weights, the epoch counter, and the sharing and
// export area (copy link, and a slot other features add buttons to, e.g. "Download model (.onnx)").
import { el } from '../../src/ui/dom.ts';
import { createTrainingProgress } from '../../src/ui/training-progress.ts';
import { formatInteger } from '../../src/ui/format.ts';
import { playgroundStrings } from '../../src/i18n/index.ts';

const S = playgroundStrings().toolbar;

export interface Toolbar {
  element: HTMLElement;
  /** Where export buttons go; other modules append to it (see the ONNX exporter). */
  exportSlot: HTMLElement;
  /** Play/Pause and which buttons can be used: at once, every frame (only what changed is written). */
  showRunState(view: { playing: boolean; canTrain: boolean; hideWeights: boolean }): void;
  /** The epoch counter and the epoch/step/batch line (src/ui/training-progress.ts): a few times a second. */
  showProgress(view: { epoch: number; trainSize: number; batchSize: number }): void;
  focusPlay(): void;
  /** True when the keyboard is on Play or Step (which training problems disable). */
  holdsRunFocus(): boolean;
}

export function createToolbar(actions: {
  rewind(): void; togglePlay(): void; step(): void; newWeights(): void; copyLink(): Promise<string>;
}): Toolbar {
  const rewind = el('button', { type: 'button', class: 'pg-button', title: S.rewindTitle }, S.rewind);
  const play = el('button', { type: 'button', class: 'pg-button pg-primary', 'aria-pressed': 'false' }, S.play);
  const step = el('button', { type: 'button', class: 'pg-button' }, S.step);
  const fresh = el('button', { type: 'button', class: 'pg-button', title: S.newWeightsTitle }, S.newWeights);
  const epoch = el('output', { class: 'pg-epoch', 'aria-label': S.epochsTrained }, '0');
  const copy = el('button', { type: 'button', class: 'pg-button' }, S.copyLink);
  const progress = createTrainingProgress({ epoch: 0, batchSize: 10, trainSize: 0 });
  const copied = el('span', { class: 'pg-note', role: 'status' });
  const exportSlot = el('div', { class: 'pg-export', 'data-slot': 'export' }, copy, copied);
  rewind.addEventListener('click', actions.rewind);
  play.addEventListener('click', actions.togglePlay);
  step.addEventListener('click', actions.step);
  fresh.addEventListener('click', actions.newWeights);
  copy.addEventListener('click', async () => { copied.textContent = await actions.copyLink(); });
  const element = el('div', { class: 'pg-toolbar', role: 'group', 'aria-label': S.label },
    el('div', { class: 'pg-row' }, rewind, play, step, fresh),
    el('div', { class: 'pg-epoch-box' }, el('span', {}, S.epoch), epoch),
    progress.element,
    exportSlot);
  return {
    element, exportSlot,
    focusPlay() { play.focus(); },
    holdsRunFocus() { return document.activeElement === play || document.activeElement === step; },
    // Both write only what changed: a rewritten text or attribute is laid out and painted again.
    showRunState(v) {
      const label = v.playing ? S.pause : S.play;
      if (play.textContent !== label) play.textContent = label;
      if (play.getAttribute('aria-pressed') !== String(v.playing)) play.setAttribute('aria-pressed', String(v.playing));
      if (play.disabled !== (!v.canTrain && !v.playing)) play.disabled = !v.canTrain && !v.playing;
      if (step.disabled !== !v.canTrain) step.disabled = !v.canTrain;
      if (fresh.hidden !== v.hideWeights) fresh.hidden = v.hideWeights;
    },
    showProgress(v) {
      const text = formatInteger(v.epoch);
      if (epoch.textContent !== text) epoch.textContent = text;
      progress.update({ epoch: v.epoch, batchSize: v.batchSize, trainSize: v.trainSize });
    },
  };
}
