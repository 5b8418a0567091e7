// The optimiser paths, checked against the three update rules written out here (independently of the engine's
// applyUpdate), and the behaviour the page describes, at the slider settings the reader can reach.
import { describe, expect, it } from 'vitest';
import {
  OPTIMIZER_SURFACE as S, fastest, lossEverRose, optimizerPath, stepsToBottom, surfaceGradient, surfaceHessian, surfaceLoss,
} from './optimizer-surface.ts';
import { optimizerByHand } from '../../tests/support/optimizer-rules.ts';
import { quadraticLoss } from '../render/contours/index.ts';

const across = (w1: number, w2: number) => -Math.sin(S.theta) * w1 + Math.cos(S.theta) * w2;

describe('optimisers on a loss surface', () => {
  it('has the gradient of its loss (central differences)', () => {
    for (const [a, b] of [[-4.2, -1.7], [1, 2], [0.3, -3]] as const) {
      const h = 1e-6;
      const [g1, g2] = surfaceGradient(a, b);
      expect(g1).toBeCloseTo((surfaceLoss(a + h, b) - surfaceLoss(a - h, b)) / (2 * h), 6);
      expect(g2).toBeCloseTo((surfaceLoss(a, b + h) - surfaceLoss(a, b - h)) / (2 * h), 6);
    }
  });

  it('is the quadratic form ½ wᵀHw the contour renderer draws', () => {
    const loss = quadraticLoss(surfaceHessian());
    for (const [a, b] of [[-4.2, -1.7], [1, 2], [0.3, -3], [5, -5]] as const) expect(loss(a, b)).toBeCloseTo(surfaceLoss(a, b), 12);
  });

  it('steps by the engine’s rules: every path point matches the rules written out by hand', () => {
    for (const kind of ['sgd', 'momentum', 'adam'] as const) {
      for (const [lr, mu] of [[0.08, 0.9], [0.02, 0.5], [0.15, 0.99]] as const) {
        const path = optimizerPath(kind, lr, mu, 40);
        const expected = optimizerByHand(kind, lr, mu, 40);
        expect(path.length).toBe(41);
        path.forEach((p, k) => {
          expect(p.w1).toBeCloseTo(expected[k]!.w[0], 9);
          expect(p.w2).toBeCloseTo(expected[k]!.w[1], 9);
          expect(p.loss).toBeCloseTo(surfaceLoss(p.w1, p.w2), 12);
        });
      }
    }
  });

  it('at the defaults: SGD zig-zags across the ravine and is slow along it; momentum gets to the bottom first, overshooting on the way', () => {
    const lr = S.learningRate.value;
    const mu = S.momentum.value;
    const sgd = optimizerPath('sgd', lr, mu);
    const signs = sgd.slice(0, 10).map((p) => Math.sign(across(p.w1, p.w2)));
    signs.slice(1).forEach((sign, i) => expect(sign).toBe(-signs[i]!)); // the across-ravine coordinate flips every step
    expect(stepsToBottom(sgd)).toBeUndefined();
    const momentum = optimizerPath('momentum', lr, mu);
    expect(stepsToBottom(momentum)).toBeLessThan(S.steps / 2);
    expect(lossEverRose(momentum)).toBe(true);
    expect(fastest({ sgd, momentum, adam: optimizerPath('adam', lr, mu) })).toEqual(['momentum']);
  });

  it('too much momentum never settles; too high a learning rate throws SGD out of the ravine', () => {
    const circling = optimizerPath('momentum', S.learningRate.value, S.momentum.max);
    expect(stepsToBottom(circling)).toBeUndefined();
    const thrown = optimizerPath('sgd', S.learningRate.max, 0);
    expect(thrown.at(-1)!.loss).toBeGreaterThan(1e6 * thrown[0]!.loss);
    // SGD is stable across the ravine only for lr < 2/λ_across; the slider reaches past that.
    expect(S.learningRate.max).toBeGreaterThan(2 / S.lambdaAcross);
  });

  it('a path stops where the loss overflows instead of carrying NaN', () => {
    const path = optimizerPath('sgd', 5, 0, 2000);
    expect(path.length).toBeLessThan(2001);
    expect(path.every((p) => Number.isFinite(p.loss) && Number.isFinite(p.w1))).toBe(true);
  });

  it('fastest reports ties and nobody', () => {
    const reach = (at: number) => Array.from({ length: 5 }, (_, step) => ({ step, w1: 0, w2: 0, loss: step >= at ? 0 : 1 }));
    expect(fastest({ sgd: reach(2), momentum: reach(2), adam: reach(3) })).toEqual(['sgd', 'momentum']);
    expect(fastest({ sgd: reach(9), momentum: reach(9), adam: reach(9) })).toEqual([]);
  });
});

describe('the chapter’s "things to try" on the optimiser surface', () => {
  it('momentum 0 is plain SGD, step for step', () => {
    const sgd = optimizerPath('sgd', 0.08, 0);
    optimizerPath('momentum', 0.08, 0).forEach((p, k) => { expect(p.w1).toBe(sgd[k]!.w1); expect(p.w2).toBe(sgd[k]!.w2); });
  });

  it('past learning rate 0.1 SGD leaves the ravine while momentum 0.9 still settles', () => {
    for (const lr of [0.11, 0.12, 0.15]) {
      expect(optimizerPath('sgd', lr, 0).at(-1)!.loss).toBeGreaterThan(1e3);
      expect(stepsToBottom(optimizerPath('momentum', lr, 0.9))).toBeDefined();
    }
  });

  it('Adam needs a larger learning rate here: not at 0.02, yes at 0.15', () => {
    expect(stepsToBottom(optimizerPath('adam', 0.02, 0))).toBeUndefined();
    expect(stepsToBottom(optimizerPath('adam', 0.15, 0))).toBeDefined();
  });
});
