// The playground's part in assignments (src/classroom/assignment/). Opened for a challenge (link key
// `challenge`), it records each run's results in the learner's progress when training pauses or stops,
// for the hand-in; opened with `replay=N` (the class view's replay link), it trains N epochs from the
// recorded set-up and pauses, reaching the learner's numbers, and records nothing.
// A run is replayable when it trained from its starting weights with the settings it ends with: a
// training setting changed mid-run, own points added mid-run or a weight edited by hand mark it not
// (the class view says so), a rewind or a new network makes it replayable again.
import { challengeItemId, hiddenNeurons } from '../../src/classroom/assignment/challenges.ts';
import { challengesStrings } from '../../src/i18n/challenges.ts';
import { progressStore } from '../../src/classroom/progress/browser.ts';
import { writePlaygroundState } from '../../src/state/playground-state.ts';
import { el } from '../../src/ui/dom.ts';
import type { Session } from './session.ts';
import type { Store } from './store.ts';

/** Epochs a replay trains per request: the Worker's answer comes back between chunks, so the page keeps drawing. */
const REPLAY_CHUNK = 25;

export function attachChallengeRun(root: HTMLElement, store: Store, session: Session, testAccuracy: () => number | undefined): { notice: HTMLElement; markEdited(): void } {
  const notice = el('p', { class: 'pg-notice', role: 'status', hidden: true });
  const challenge = store.state.challenge;
  const replayTo = store.state.replay;
  let replayable = true;
  let recordedEpoch = -1;

  function record(): void {
    if (!challenge || replayTo > 0 || session.epoch === 0 || session.epoch === recordedEpoch) return;
    recordedEpoch = session.epoch;
    const s = store.state;
    const results: Record<string, number> = {
      testLoss: session.shown.testLoss, trainLoss: session.shown.trainLoss, epochs: session.epoch,
      hiddenNeurons: hiddenNeurons(s), replayable: replayable ? 1 : 0,
    };
    const accuracy = testAccuracy();
    if (accuracy !== undefined) results.testAccuracy = accuracy;
    // Progress keeps finite numbers only (JSON has no NaN): a loss not measured (no test points, divergence) is left out.
    const finite = Object.fromEntries(Object.entries(results).filter(([, v]) => Number.isFinite(v)));
    progressStore().recordWidget(challengeItemId(challenge), { state: writePlaygroundState({ ...s, replay: 0 }), results: finite });
  }

  session.onUpdate(() => {
    if (session.epoch === 0) { replayable = true; recordedEpoch = -1; }
    if (!session.playing) record();
  });
  store.subscribe((change) => {
    const midRun = session.epoch > 0;
    if (midRun && (change.kinds.has('points') || (change.kinds.has('training') && [...change.keys].some((k) => k !== 'speed')))) replayable = false;
  });
  // Leaving the page while it trains still keeps the run.
  addEventListener('pagehide', record);

  if (replayTo > 0) void replay(replayTo);

  async function replay(epochs: number): Promise<void> {
    const S = challengesStrings();
    notice.hidden = false;
    notice.textContent = S.replaying(epochs);
    root.dataset.replay = 'running';
    while (session.epoch < epochs && session.status.kind === 'ready') {
      const before = session.epoch;
      session.step(Math.min(REPLAY_CHUNK, epochs - session.epoch));
      await session.idle;
      if (session.epoch === before) break;
    }
    notice.textContent = S.replayed(session.epoch, session.shown.testLoss);
    root.dataset.replay = 'done';
  }

  return { notice, markEdited: () => { replayable = false; } };
}
