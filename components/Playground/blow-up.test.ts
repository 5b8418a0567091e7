// The blow-up rule (src/engine/run/blow-up.ts) on the playground's own set-ups, trained by the run as the page does.
import { describe, expect, it } from 'vitest';
import { loadWasmEngine } from '../../src/engine/index.ts';
import { createRun } from '../../src/engine/run/run.ts';
import { readPlaygroundState } from '../../src/state/playground-state.ts';
import { BLOW_UP_EPOCHS, BLOW_UP_FACTOR, blowUpReason, watchBlowUp } from '../../src/engine/run/blow-up.ts';
import { buildData } from './data-source.ts';
import { generatePoints } from './generated-data.ts';
import { networkSpec, trainConfig } from './model-setup.ts';

/** Trains a playground link's set-up as the page does (its run); the epoch (1-based) the rule fires at, or null. */
async function blowUpEpoch(link: string, epochs = 60): Promise<number | null> {
  const { state } = readPlaygroundState(link);
  const data = buildData(state, generatePoints(state));
  const net = (await loadWasmEngine()).createNetwork(networkSpec(state));
  const run = createRun(net, { train: data.train, test: data.test, config: trainConfig(state), epochs });
  for (let e = 1; e <= epochs; e++) {
    const report = run.advance({ epochs: 1 });
    if (report.status === 'diverged') return report.message!.startsWith('Training diverged by epoch') ? e : null;
    if (report.status !== 'running') return null;
  }
  return null;
}

describe('finite divergence (loss blown up, no NaN)', () => {
  it(`fires when the (upper) median of the last ${BLOW_UP_EPOCHS} epochs is above ${BLOW_UP_FACTOR}× the untrained loss`, () => {
    const watch = watchBlowUp(0.7);
    // Fires once at least half of the last ten epochs are bad (2.2 > 1.5 × 0.7), however they alternate.
    const losses = [0.3, 0.3, 0.3, 2.2, 0.3, 0.3, 2.2, 0.3, 2.2, 2.2, 2.2];
    expect(losses.map((l) => watch.add(l))).toEqual([...Array(10).fill(false), true]);
    const slow = watchBlowUp(0.7); // a slow run that stays near its start never fires
    expect(Array.from({ length: 50 }, () => slow.add(0.7 * BLOW_UP_FACTOR)).some(Boolean)).toBe(false);
    const never = watchBlowUp(Number.NaN);
    expect(Array.from({ length: 20 }, () => never.add(1e9)).some(Boolean)).toBe(false);
  });

  it('catches Adam at learning rate 10 on the default data, whose loss never becomes NaN', async () => {
    const epoch = await blowUpEpoch('lr=10&opt=adam');
    expect(epoch).not.toBeNull();
    expect(epoch!).toBe(10); // at the first epoch the rule can judge
    expect(await blowUpEpoch('lr=10&opt=adam&data=xor&layers=5,3&pts=1_1_0~-2_3_1~4_-4.5_1')).not.toBeNull();
    expect(await blowUpEpoch('lr=10&opt=adam&data=spiral&layers=8,8')).not.toBeNull();
  });

  it('leaves ordinary runs alone (default and moderate learning rates, every optimiser)', async () => {
    for (const link of ['', 'opt=adam', 'opt=momentum', 'lr=0.3&opt=adam&data=xor', 'lr=0.3&opt=adam&data=spiral&layers=8,8', 'lr=1&data=spiral&layers=8,8',
      'problem=multiclass&data=gauss&lr=0.3&opt=adam', 'problem=regression&data=plane&lr=0.3&opt=momentum', 'act=relu&layers=8,8,8&lr=1',
      'problem=multiclass&data=spiral&classes=4&layers=8,8&lr=0.1&opt=momentum']) {
      expect(await blowUpEpoch(link), link).toBeNull();
    }
  });

  it('names the learning rate and the optimiser in its message', () => {
    expect(blowUpReason({ epoch: 7, trainLoss: 2.9271, startLoss: 0.7012, learningRate: 10, optimizer: 'adam' })).toBe(
      'Training diverged by epoch 7: over the last 10 epochs the training loss (now 2.927) was at least half the time more than 1.5 times its value before training (0.701). ' +
      'The learning rate 10 is probably too high for Adam; try a smaller one.');
  });
});
