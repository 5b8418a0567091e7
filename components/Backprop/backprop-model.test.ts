// The widget's own chain-rule arithmetic must equal the reference engine's gradients, and both must match
// central finite differences; the update must be plain sgd and lower the loss.
import { describe, expect, it } from 'vitest';
import {
  chainRule, computeRound, createBackpropNetwork, engineGradients, EXAMPLE, forwardValues,
  INITIAL_PARAMETERS, INTERMEDIATE_KEYS, LEARNING_RATE_RANGE, PARAM_KEYS, paramValue, PREDICTED_WEIGHT, sgdStep, slotNumbers,
} from './backprop-model.ts';
import { fillSlots, slotTexts } from './backprop-format.ts';
import { buildSteps } from './backprop-steps.ts';
import { predictionFeedback } from './backprop-predict.ts';

for (const activation of ['sigmoid', 'tanh'] as const) {
  describe(`backprop walk-through, ${activation} hidden layer`, () => {
    it("the chain rule worked factor by factor equals the engine's gradients", () => {
      const network = createBackpropNetwork(activation);
      const chain = chainRule(network, activation);
      const engine = engineGradients(network);
      for (const key of PARAM_KEYS) expect(chain.gradients[key]).toBeCloseTo(engine[key], 12);
      // δ_o for mse + sigmoid: (ŷ − t) ŷ (1 − ŷ), recomputed here from the forward values
      const f = forwardValues(network);
      expect(chain.deltaO).toBeCloseTo((f.yhat - EXAMPLE.target) * f.yhat * (1 - f.yhat), 14);
      expect(f.loss).toBeCloseTo(network.gradients(EXAMPLE.x, [EXAMPLE.target], 1).loss, 14);
    });

    it('every gradient (and dL/dx1, summed over two paths) matches a central finite difference', () => {
      const network = createBackpropNetwork(activation);
      const round = computeRound(network, activation);
      for (const key of [...PARAM_KEYS, 'x1'] as const) {
        expect(Math.abs(round.gradients[key] - round.finiteDifferences[key])).toBeLessThan(1e-9);
        expect(Math.abs(round.gradients[key])).toBeGreaterThan(1e-4); // no trivially zero gradient
      }
      // finiteDifference leaves the parameters as they were
      expect(network.getParameters()).toEqual(INITIAL_PARAMETERS);
    });

    it('δ_o, ∂L/∂h_j and δ_j match finite differences taken by nudging that value and running forward from it', () => {
      for (const target of [1, 0.5]) {
        const round = computeRound(createBackpropNetwork(activation), activation, { ...EXAMPLE, target });
        for (const key of INTERMEDIATE_KEYS) {
          expect(Math.abs(round.gradients[key] - round.finiteDifferences[key]), `${key}, t = ${target}`).toBeLessThan(1e-9);
          expect(Math.abs(round.gradients[key])).toBeGreaterThan(1e-4);
        }
      }
    });

    it('its update is the engine optimiser\'s plain sgd step, wherever the engine accepts the rate', () => {
      for (const rate of [0.05, 2, 10]) {
        const mine = createBackpropNetwork(activation);
        const engine = createBackpropNetwork(activation);
        sgdStep(mine, rate);
        engine.trainStep(EXAMPLE.x, [EXAMPLE.target], 1, { learningRate: rate, optimizer: { kind: 'sgd' }, batchSize: 1 });
        const a = mine.getParameters(), b = engine.getParameters();
        for (const key of PARAM_KEYS) expect(paramValue(a, key)).toBeCloseTo(paramValue(b, key), 12);
      }
      expect(() => sgdStep(createBackpropNetwork(activation), LEARNING_RATE_RANGE.max * 2)).toThrow(/learning rate/);
    });

    it('with t = 1 the loss falls at every rate the widget offers: a sigmoid output cannot overshoot 1', () => {
      const network = createBackpropNetwork(activation);
      const losses = [forwardValues(network).loss];
      for (let i = 0; i < 10; i++) { sgdStep(network, LEARNING_RATE_RANGE.max); losses.push(forwardValues(network).loss); }
      for (let i = 1; i < losses.length; i++) expect(losses[i]).toBeLessThanOrEqual(losses[i - 1]!);
    });

    it('with t = 0.5 the top learning rate overshoots: the loss jumps up and keeps bouncing', () => {
      const example = { ...EXAMPLE, target: 0.5 };
      const network = createBackpropNetwork(activation);
      const losses = [forwardValues(network, example).loss];
      for (let i = 0; i < 10; i++) { sgdStep(network, LEARNING_RATE_RANGE.max, example); losses.push(forwardValues(network, example).loss); }
      expect(losses[1]).toBeGreaterThan(3 * losses[0]!);
      expect(Math.min(...losses.slice(1))).toBeGreaterThan(losses[0]! / 10); // never settles near 0
      const rises = losses.slice(1).filter((l, i) => l > losses[i]!).length;
      expect(rises).toBeGreaterThanOrEqual(2);
    });

    it('an update is w − η·g for every parameter and lowers the loss, step after step', () => {
      const network = createBackpropNetwork(activation);
      const g = engineGradients(network);
      const before = forwardValues(network).loss;
      sgdStep(network, 2);
      const after = network.getParameters();
      for (const key of PARAM_KEYS) expect(paramValue(after, key)).toBeCloseTo(paramValue(INITIAL_PARAMETERS, key) - 2 * g[key], 12);
      const losses = [before, forwardValues(network).loss];
      for (let i = 0; i < 5; i++) {
        sgdStep(network, 2);
        losses.push(forwardValues(network).loss);
      }
      for (let i = 1; i < losses.length; i++) expect(losses[i]).toBeLessThan(losses[i - 1]!);
    });
  });
}

describe('the walk-through text', () => {
  it('gives every slot in every formula a number', () => {
    const network = createBackpropNetwork('sigmoid');
    const round = computeRound(network, 'sigmoid');
    const texts = slotTexts(slotNumbers(round, { learningRate: 2, after: round.parameters, lossAfter: 0.05 }));
    for (const step of buildSteps('sigmoid')) {
      const names = [...step.tex.matchAll(/\\slot\{([^}]+)\}/g)].map((m) => m[1]!);
      for (const name of names) expect(texts, `${step.id} uses ${name}`).toHaveProperty(name);
      expect(fillSlots(step.tex, texts)).not.toContain('{0.0000}');
    }
    expect(texts['x2-p']).toBe('(−2.0000)');
    expect(texts.x2).toBe('−2.0000');
  });

  it('the predict-first question: w21 goes down, and each wrong answer names its misconception', () => {
    const g = computeRound(createBackpropNetwork('sigmoid'), 'sigmoid').gradients[PREDICTED_WEIGHT];
    expect(g).toBeGreaterThan(0);
    expect(predictionFeedback('down', g).correct).toBe(true);
    expect(predictionFeedback('up', g)).toMatchObject({ correct: false, text: expect.stringMatching(/negative input/) });
    expect(predictionFeedback('stays', g)).toMatchObject({ correct: false, text: expect.stringMatching(/Data only ever flows forward/) });
  });
});
