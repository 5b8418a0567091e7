// Gradient sizes per layer: the engine's numbers checked by central differences on the loss, and the claims
// the page makes about them, at the depths and initialisations the widget offers.
import { describe, expect, it } from 'vitest';
import { createReferenceNetwork } from '../engine/index.ts';
import {
  VANISHING_GRADIENTS as S, depthBatch, depthParameters, depthSpec, gradientTrend, layerGradients, type DepthActivation, type InitChoice,
} from './vanishing-gradients.ts';

describe('depth, initialisation and vanishing gradients', () => {
  it('measures each layer’s gradient size as the loss’s slope really is (central differences on layer 1)', () => {
    for (const [activation, init] of [['sigmoid', 'xavier'], ['tanh', 'small'], ['relu', 'he']] as const) {
      const depth = 3;
      const spec = depthSpec(depth, activation);
      const net = createReferenceNetwork(spec);
      const params = depthParameters(spec, init);
      const batch = depthBatch();
      const loss = (p: typeof params) => { net.setParameters(p); return net.evaluate(batch).loss; };
      const h = 1e-5;
      let sumSquares = 0;
      for (let i = 0; i < params.weights[0]!.length; i++) {
        const w = params.weights[0]!;
        const original = w[i]!;
        w[i] = original + h;
        const up = loss(params);
        w[i] = original - h;
        const down = loss(params);
        w[i] = original;
        sumSquares += ((up - down) / (2 * h)) ** 2;
      }
      const rms = Math.sqrt(sumSquares / params.weights[0]!.length);
      const measured = layerGradients(depth, activation, init)[0]!;
      expect(Math.abs(measured.rms - rms) / rms, `${activation} ${init}`).toBeLessThan(1e-4);
      expect(measured.norm).toBeCloseTo(measured.rms * Math.sqrt(S.width * S.width), 12);
    }
  });

  it('initialises "small" as N(0, 0.1²) and Xavier/He as the engine does', () => {
    const spec = depthSpec(4, 'tanh');
    const weights = depthParameters(spec, 'small').weights.slice(0, 4).flat();
    const sd = Math.sqrt(weights.reduce((s, w) => s + w * w, 0) / weights.length);
    expect(sd).toBeGreaterThan(0.09);
    expect(sd).toBeLessThan(0.11);
    const he = depthParameters(spec, 'he').weights[1]!;
    const heSd = Math.sqrt(he.reduce((s, w) => s + w * w, 0) / he.length);
    expect(Math.abs(heSd / Math.sqrt(2 / S.width) - 1)).toBeLessThan(0.15);
  });

  it('sigmoid layers lose their gradient with depth, even with Xavier: at the page’s default depth the first layer gets under a hundredth', () => {
    const layers = layerGradients(S.depth.value, 'sigmoid', 'xavier');
    expect(layers).toHaveLength(S.depth.value + 1);
    expect(gradientTrend(layers).trend).toBe('vanishes');
    expect(gradientTrend(layers).ratio).toBeLessThan(1e-2);
    // Every step back shrinks it (the σ' ≤ 1/4 factor), layer after layer.
    for (let l = 1; l < layers.length; l++) expect(layers[l - 1]!.rms).toBeLessThan(layers[l]!.rms);
  });

  it('tanh with Xavier and relu with He keep the first layer within 10× of the last, at every depth', () => {
    for (const [activation, init] of [['tanh', 'xavier'], ['relu', 'he']] as [DepthActivation, InitChoice][]) {
      for (let depth = S.depth.min; depth <= S.depth.max; depth++) {
        expect(gradientTrend(layerGradients(depth, activation, init)).trend, `${activation} depth ${depth}`).toBe('same');
      }
    }
  });

  it('small weights make every hidden layer’s gradient hundreds of times smaller than with Xavier (tanh, default depth)', () => {
    const small = layerGradients(S.depth.value, 'tanh', 'small');
    const xavier = layerGradients(S.depth.value, 'tanh', 'xavier');
    small.filter((l) => !l.isOutput).forEach((l, i) => expect(l.rms).toBeLessThan(xavier[i]!.rms / 100));
  });

  it('refuses a depth the widget does not offer, with a message', () => {
    expect(() => depthSpec(0, 'relu')).toThrow(/from 1 to 8/);
    expect(() => depthSpec(2.5, 'relu')).toThrow(/whole number/);
  });
});
