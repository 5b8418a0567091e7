// The two-class "ring" data both chapters train on: class 1 inside a disc, class 0 on a ring around it,
// with Gaussian noise on every point so the classes overlap a little near the gap. A straight line cannot
// separate them (one hidden neuron underfits); a few neurons can; many neurons can also chase the noise.
// Points lie roughly in [-1.3, 1.3]²; DATA_EXTENT is the square every boundary picture shows.
import { createRng } from '../engine/rng.ts';
import type { Dataset } from '../engine/types.ts';

export const DATA_EXTENT: [number, number, number, number] = [-1.5, 1.5, -1.5, 1.5];

export interface RingDataOptions {
  /** Number of points, half of each class (class 1 first when n is odd). */
  n: number;
  /** Standard deviation of the Gaussian noise added to each coordinate. */
  noise: number;
  seed: number;
}

/** n points, inputs row-major [n x 2], targets [n x 1] in {0, 1}. Same seed, same points. */
export function ringData({ n, noise, seed }: RingDataOptions): Dataset {
  const rng = createRng(seed);
  const inputs = new Float32Array(n * 2);
  const targets = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const inner = i % 2 === 0;
    // Inner disc: radius 0..0.5; outer ring: radius 0.7..1.0 (a gap of 0.2 between the classes).
    const radius = inner ? 0.5 * rng.next() : 0.7 + 0.3 * rng.next();
    const angle = 2 * Math.PI * rng.next();
    inputs[2 * i] = radius * Math.cos(angle) + noise * rng.normal();
    inputs[2 * i + 1] = radius * Math.sin(angle) + noise * rng.normal();
    targets[i] = inner ? 1 : 0;
  }
  return { n, inputSize: 2, targetSize: 1, inputs, targets };
}
