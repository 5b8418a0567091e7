import { describe, expect, it } from 'vitest';
import { createReferenceNetwork } from '../../src/engine/index.ts';
import { defaultPlaygroundState, type PlaygroundState } from '../../src/state/playground-state.ts';
import { encodeTarget, networkSpec, outputToSigned, predictedClass, targetSize, trainConfig } from './model-setup.ts';

const state = (over: Partial<PlaygroundState>): PlaygroundState => ({ ...defaultPlaygroundState(), ...over });

describe('playground state → engine set-up', () => {
  const cases: [string, Partial<PlaygroundState>, string, number, string][] = [
    ['two classes, cross-entropy', { problem: 'binary', loss: 'xent' }, 'sigmoid', 1, 'binaryCrossEntropy'],
    ['two classes, squared error', { problem: 'binary', loss: 'mse' }, 'tanh', 1, 'mse'],
    ['four classes, cross-entropy', { problem: 'multiclass', classes: 4, data: 'gauss', loss: 'xent' }, 'softmax', 4, 'softmaxCrossEntropy'],
    ['three classes, squared error', { problem: 'multiclass', classes: 3, data: 'gauss', loss: 'mse' }, 'sigmoid', 3, 'mse'],
    ['regression', { problem: 'regression', data: 'plane', loss: 'mse' }, 'linear', 1, 'mse'],
  ];
  for (const [what, over, act, units, loss] of cases) {
    it(`${what}: a valid spec the engine accepts, ${units} ${act} output unit(s), ${loss}`, () => {
      const s = state({ ...over, layers: [3, 2], acts: ['relu', 'sigmoid'], dropout: [0.5, 0], features: ['x1', 'x2', 'sinX1'] });
      const spec = networkSpec(s);
      expect(spec.layers).toEqual([
        { units: 3, activation: 'relu', dropout: 0.5 }, { units: 2, activation: 'sigmoid' }, { units, activation: act },
      ]);
      expect(spec.loss).toBe(loss);
      expect(spec.inputs).toBe(3);
      const net = createReferenceNetwork(spec);
      expect(net.layerSizes).toEqual([3, 3, 2, units]);
      expect(targetSize(s)).toBe(units);
    });
  }

  it('zero hidden layers is a plain linear model into the output', () => {
    expect(networkSpec(state({ layers: [] })).layers).toHaveLength(1);
  });

  it('encodes targets so the engine accuracy rule agrees with predictedClass', () => {
    const t = new Float32Array(4);
    encodeTarget(state({ loss: 'mse' }), 0, t, 0);
    expect(t[0]).toBe(-1);
    encodeTarget(state({ loss: 'xent' }), 1, t, 0);
    expect(t[0]).toBe(1);
    encodeTarget(state({ problem: 'multiclass', classes: 4, data: 'gauss' }), 2, t, 0);
    expect([...t]).toEqual([0, 0, 1, 0]);
    expect(predictedClass(state({ problem: 'multiclass', classes: 4 }), [0.1, 0.2, 0.6, 0.1])).toBe(2);
    expect(predictedClass(state({ loss: 'mse' }), [-0.01])).toBe(0);
    expect(predictedClass(state({ loss: 'xent' }), [0.5])).toBe(1);
    expect(outputToSigned(state({ loss: 'xent' }), 0.75)).toBe(0.5);
  });

  it('maps schedule, optimiser and penalty into a config the engine accepts', () => {
    const c = trainConfig(state({ sched: 'step', every: 10, decay: 0.5, opt: 'momentum', momentum: 0.8, reg: 'l2', regRate: 0.01, lr: 0.1 }));
    expect(c).toMatchObject({ learningRate: 0.1, schedule: { kind: 'step', every: 10, factor: 0.5 }, optimizer: { kind: 'momentum', momentum: 0.8 }, l1: 0, l2: 0.01 });
    const net = createReferenceNetwork(networkSpec(state({})));
    expect(() => net.trainStep([0.5, -0.5], [1], 1, c, 12)).not.toThrow();
  });
});
