import { describe, expect, it } from 'vitest';
import { loadWasmEngine } from '../../src/engine/index.ts';
import { createTrainer } from '../../src/engine/trainer.ts';
import { readPlaygroundState } from '../../src/state/playground-state.ts';
import { BLOW_UP_EPOCHS, BLOW_UP_FACTOR, blowUpReason, watchBlowUp } from './blow-up.ts';
import { buildData } from './data-source.ts';
import { generatePoints } from './generated-data.ts';
import { networkSpec, trainConfig } from './model-setup.ts';

/** Trains a playground link's set-up like the page does; the epoch (1-based) the watch fires at, or null. */
async function blowUpEpoch(link: string, epochs = 60): Promise<number | null> {
  const { state } = readPlaygroundState(link);
  const data = buildData(state, generatePoints(state));
  const net = (await loadWasmEngine()).createNetwork(networkSpec(state));
  const watch = watchBlowUp(net.evaluate(data.train).loss);
  const trainer = createTrainer(net, { train: data.train, validation: data.test, config: trainConfig(state) });
  for (let e = 1; e <= epochs; e++) {
    trainer.runEpochs(1);
    if (trainer.result.status !== 'ok') return null;
    if (watch.add(trainer.history[e - 1]!.trainLoss)) return e;
  }
  return null;
}

describe('finite divergence (loss blown up, no NaN)', () => {
  it(`fires after ${BLOW_UP_EPOCHS} epochs in a row above ${BLOW_UP_FACTOR}× the untrained loss, and not for a dip in between`, () => {
    const watch = watchBlowUp(0.7);
    expect([2.2, 2.2, 1.0, 2.2, 2.2].map((l) => watch.add(l))).toEqual([false, false, false, false, false]);
    expect(watch.add(2.2)).toBe(true);
    const never = watchBlowUp(Number.NaN);
    expect([1, 1e9, 1e9, 1e9].some((l) => never.add(l))).toBe(false);
  });

  it('catches Adam at learning rate 10 on the default data, whose loss never becomes NaN', async () => {
    const epoch = await blowUpEpoch('lr=10&opt=adam');
    expect(epoch).not.toBeNull();
    expect(epoch!).toBeLessThanOrEqual(50); // 41 with these seeds: under a second at one epoch a frame
    expect(await blowUpEpoch('lr=10&opt=adam&data=xor')).not.toBeNull();
    expect(await blowUpEpoch('lr=10&opt=adam&data=spiral&layers=8,8')).not.toBeNull();
  });

  it('leaves ordinary runs alone (default and moderate learning rates, every optimiser)', async () => {
    for (const link of ['', 'opt=adam', 'opt=momentum', 'lr=0.3&opt=adam&data=xor', 'lr=0.3&opt=momentum&data=spiral&layers=8,8',
      'problem=multiclass&data=gauss&lr=0.3&opt=adam', 'problem=regression&data=plane&lr=0.3&opt=momentum', 'act=relu&layers=8,8,8&lr=1']) {
      expect(await blowUpEpoch(link), link).toBeNull();
    }
  });

  it('names the learning rate and the optimiser in its message', () => {
    expect(blowUpReason({ epoch: 7, trainLoss: 2.9271, startLoss: 0.7012, learningRate: 10, optimizer: 'adam' })).toBe(
      'Training diverged by epoch 7: the training loss is 2.927, more than 3 times its value before training (0.701), for 3 epochs in a row. ' +
      'The learning rate 10 is probably too high for Adam; try a smaller one.');
  });
});
