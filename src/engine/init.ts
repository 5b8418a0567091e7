// The one initialisation both engines use, so a seed gives the same starting weights everywhere.
// rng = createRng(deriveSeed(seed, 0)); layer by layer, for i in inputs, for j in units:
// w[i*nOut + j] = σ · rng.normal(); biases start at 0.
// Xavier/Glorot normal: σ = sqrt(2 / (nIn + nOut)), keeps the variance of signals roughly constant
// through tanh/sigmoid layers. He normal: σ = sqrt(2 / nIn), makes up for relu zeroing half its inputs.

import { createRng, deriveSeed } from './rng.ts';
import type { InitName, LayerSpec, NetworkSpec, Parameters } from './types.ts';
import { validateSpec } from './validate.ts';

/** The initialisation used for a layer: spec.init if given, else He for relu/leakyRelu and Xavier otherwise. */
export function initFor(layer: LayerSpec, forced?: InitName): InitName {
  if (forced) return forced;
  return layer.activation === 'relu' || layer.activation === 'leakyRelu' ? 'he' : 'xavier';
}

export function initScale(kind: InitName, nIn: number, nOut: number): number {
  return kind === 'he' ? Math.sqrt(2 / nIn) : Math.sqrt(2 / (nIn + nOut));
}

/** [inputs, units of layer 0, ..., units of the output layer] */
export function layerSizesOf(spec: NetworkSpec): number[] {
  return [spec.inputs, ...spec.layers.map((layer) => layer.units)];
}

export function initialParameters(spec: NetworkSpec): Parameters {
  validateSpec(spec);
  const rng = createRng(deriveSeed(spec.seed ?? 1, 0));
  const sizes = layerSizesOf(spec);
  const weights: number[][] = [];
  const biases: number[][] = [];
  spec.layers.forEach((layer, l) => {
    const nIn = sizes[l]!;
    const nOut = sizes[l + 1]!;
    const sigma = initScale(initFor(layer, spec.init), nIn, nOut);
    const w = new Array<number>(nIn * nOut);
    for (let i = 0; i < nIn; i++) {
      for (let j = 0; j < nOut; j++) w[i * nOut + j] = sigma * rng.normal();
    }
    weights.push(w);
    biases.push(new Array<number>(nOut).fill(0));
  });
  return { weights, biases };
}
