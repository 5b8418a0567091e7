// The engine's seeded data generators, called with the playground's settings, as plain points.
// Noise is a percentage in the URL (0–50, as in TensorFlow Playground); the generators take the
// standard deviation of the jitter in plane units, so 50 % means 2.5 units. Points are clamped to the
// plane and kept to 2 decimals, like every point in a link or a CSV file, so an exported file imports
// back to exactly the same data.
import { circle, functionBoundary, gaussians, moons, multiGaussian, plane, spirals, xor, type PointDataset } from '../../src/engine/index.ts';
import { EXTENT, round2, type DataPoint } from '../../src/state/points-field.ts';
import { classCount, type PlaygroundState } from '../../src/state/playground-state.ts';

export function generatePoints(s: Readonly<PlaygroundState>): DataPoint[] {
  const options = { n: s.points, noise: s.noise / 20, seed: s.dataSeed };
  const k = Math.max(2, classCount(s));
  let set: PointDataset;
  switch (s.data) {
    case 'circle': set = circle(options); break;
    case 'xor': set = xor(options); break;
    case 'gauss': set = gaussians({ ...options, classes: k }); break;
    case 'spiral': set = spirals({ ...options, classes: k }); break;
    case 'moons': set = moons(options); break;
    case 'sine': case 'cubic': case 'abs': set = functionBoundary(s.data, options); break;
    case 'plane': set = plane(options); break;
    case 'multigauss': set = multiGaussian(options); break;
    case 'custom': return [];
  }
  const clamp = (v: number, m: number) => Math.max(-m, Math.min(m, round2(v)));
  return Array.from({ length: set.n }, (_, i) => ({
    x: clamp(set.points[2 * i]!, EXTENT),
    y: clamp(set.points[2 * i + 1]!, EXTENT),
    label: set.classes === 0 ? clamp(set.labels[i]!, 1) : set.labels[i]!,
  }));
}
