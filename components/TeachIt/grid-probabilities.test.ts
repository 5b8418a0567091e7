import { describe, expect, it } from 'vitest';
import { createReferenceNetwork } from '../../src/engine/reference/network.ts';
import { createRng } from '../../src/engine/rng.ts';
import { gridProbabilities } from './grid-probabilities.ts';
import { TeachModel, teachSpec } from './teach-model.ts';

describe('gridProbabilities', () => {
  it('equals the engine\'s predict for a fresh and a trained TeachIt network', () => {
    const rng = createRng(3);
    const n = 200;
    const inputs = new Float64Array(2 * n).map(() => rng.next() * 2 - 1);
    const fresh = createReferenceNetwork(teachSpec(3, 5));
    const trained = new TeachModel({ classes: 4, seed: 9 });
    for (let k = 0; k < 20; k++) trained.addPoint({ x: rng.next() * 2 - 1, y: rng.next() * 2 - 1, label: k % 4 });
    trained.train(200);
    for (const net of [fresh, trained.network]) {
      const ours = gridProbabilities(net.getParameters(), inputs, n);
      const engine = net.predict(inputs, n);
      expect(ours.length).toBe(engine.length);
      // Float32 output: equal to ~7 significant digits.
      ours.forEach((v, i) => expect(v).toBeCloseTo(engine[i], 6));
    }
  });
});
