// The chapter's default scenario must show the effect it teaches: with the defaults the widget reads,
// dropout and L2 each end with a lower test loss than the plain run, for at least 4 of 5 seeds. Checked on
// the WebAssembly engine, the one the widget trains with once it has loaded (the reference agrees to ~1e-4).
import { describe, expect, it } from 'vitest';
import { loadWasmEngine } from '../engine/index.ts';
import { learningRateAt } from '../engine/schedules.ts';
import { diagnose } from './diagnose.ts';
import { compareTestLoss } from './feedback.ts';
import { REGULARIZATION_SCENARIO, regularizationSetup, TECHNIQUE_DEFAULTS, UNDERFIT_SCENARIO, type Techniques } from './regularization-lab.ts';
import { createRun, runToEnd } from './run.ts';

const SEEDS = [1, 2, 3, 4, 5];
const wasm = await loadWasmEngine();
const fast = (spec: Parameters<typeof wasm.createNetwork>[0]) => wasm.createNetwork(spec);
const finalTestLoss = (techniques: Techniques, seed: number) => runToEnd(createRun(regularizationSetup(techniques, seed), fast)).testLoss;

describe('the regularization scenario', () => {
  const plainRuns = SEEDS.map((seed) => runToEnd(createRun(regularizationSetup({}, seed), fast)));
  const plain = plainRuns.map((r) => r.testLoss);

  it('overfits without regularization: near-zero training loss, much higher test loss', () => {
    for (const r of plainRuns) {
      expect(r.trainLoss).toBeLessThan(0.05);
      expect(r.testLoss).toBeGreaterThan(5 * r.trainLoss);
    }
  });

  for (const name of ['dropout', 'l2'] as const) {
    it(`${name} at its default ends with a lower test loss than the plain run for at least 4 of 5 seeds`, () => {
      const treated = SEEDS.map((seed) => finalTestLoss({ [name]: TECHNIQUE_DEFAULTS[name] }, seed));
      const wins = treated.filter((loss, i) => loss < plain[i]).length;
      expect(wins, `plain ${plain.map((x) => x.toFixed(3))} vs ${name} ${treated.map((x) => x.toFixed(3))}`).toBeGreaterThanOrEqual(4);
    });
  }

  it('early stopping stops, keeps the weights of the best validation epoch, and marks that epoch', () => {
    const run = createRun(regularizationSetup({ earlyStopping: TECHNIQUE_DEFAULTS.earlyStopping }, REGULARIZATION_SCENARIO.seed));
    const result = runToEnd(run);
    expect(result.status).toBe('stopped early');
    const best = run.bestEpoch()!;
    const validation = run.history.map((e) => e.validationLoss!);
    expect(Math.min(...validation)).toBe(validation[best]);
    expect(run.history.length - 1 - best).toBe(TECHNIQUE_DEFAULTS.earlyStopping.patience);
    // The kept network is the one from the best epoch: its test loss is that epoch's.
    expect(result.testLoss).toBeCloseTo(run.history[best]!.testLoss, 12);
    expect(result.testLoss).toBeLessThan(run.history.at(-1)!.testLoss);
  });

  it('learning-rate decay follows lr·rate^epoch', () => {
    const setup = regularizationSetup({ decay: TECHNIQUE_DEFAULTS.decay });
    const run = createRun({ ...setup, epochs: 5 });
    runToEnd(run);
    const { learningRate } = REGULARIZATION_SCENARIO.train;
    run.history.forEach((e, i) => expect(e.learningRate).toBeCloseTo(learningRate * TECHNIQUE_DEFAULTS.decay.rate ** i, 15));
    expect(run.history[3].learningRate).toBe(learningRateAt(setup.config, 3));
  });

  it('augmentation trains on jittered copies of the points, the same ones for the same seed', () => {
    const setup = regularizationSetup({ augmentation: TECHNIQUE_DEFAULTS.augmentation });
    const a = createRun(setup);
    const b = createRun(setup);
    a.step();
    b.step();
    expect(a.lastInputs()).toEqual(b.lastInputs());
    const moved = a.lastInputs().map((v, i) => v - setup.train.inputs[i]);
    const rms = Math.sqrt(moved.reduce((s, d) => s + d * d, 0) / moved.length);
    expect(rms).toBeGreaterThan(0.5 * TECHNIQUE_DEFAULTS.augmentation.jitter);
    expect(rms).toBeLessThan(1.5 * TECHNIQUE_DEFAULTS.augmentation.jitter);
  });

  it('decides chapter 5\'s learning-rate decay question: at the starting seed, decay ends with a higher training loss and a lower test loss', () => {
    const seed = REGULARIZATION_SCENARIO.seed;
    const without = plainRuns[SEEDS.indexOf(seed)]!;
    const withDecay = runToEnd(createRun(regularizationSetup({ decay: TECHNIQUE_DEFAULTS.decay }, seed), fast));
    expect(withDecay.trainLoss).toBeGreaterThan(without.trainLoss);
    expect(withDecay.testLoss).toBeLessThan(without.testLoss);
  });

  it('trains with plain sgd, so L2 is weight decay and L1 the sign step, as the chapter writes them', () => {
    expect(REGULARIZATION_SCENARIO.train.optimizer.kind).toBe('sgd');
  });

  it('turns techniques into the engine settings they name', () => {
    const s = regularizationSetup({ l1: 0.001, l2: 0.002, dropout: 0.25 });
    expect(s.config.l1).toBe(0.001);
    expect(s.config.l2).toBe(0.002);
    expect(s.spec.layers.slice(0, -1).every((l) => l.dropout === 0.25)).toBe(true);
    expect(s.spec.layers.at(-1)!.dropout).toBeUndefined();
    expect(regularizationSetup({}).validation).toBeUndefined();
  });

  it('does not cure underfitting: a one-neuron network with L2 still underfits, with about the same test loss', () => {
    let notLower = 0;
    for (const seed of SEEDS) {
      const plainRun = createRun(regularizationSetup({}, seed, UNDERFIT_SCENARIO), fast);
      const l2Run = createRun(regularizationSetup({ l2: TECHNIQUE_DEFAULTS.l2 }, seed, UNDERFIT_SCENARIO), fast);
      const a = runToEnd(plainRun);
      const b = runToEnd(l2Run);
      expect(diagnose(plainRun.history)).toBe('underfitting');
      expect(diagnose(l2Run.history)).toBe('underfitting');
      if (compareTestLoss(a, b) !== 'lower') notLower++;
    }
    expect(notLower).toBeGreaterThanOrEqual(4);
  });
});
