import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../features.ts';
import {
  BOUNDARY_FUNCTIONS,
  circle,
  functionBoundary,
  gaussians,
  moons,
  multiGaussian,
  MULTI_GAUSSIAN_BUMPS,
  plane,
  POINT_EXTENT,
  spirals,
  withFeatures,
  withTargets,
  xor,
  type PointDataset,
} from './points.ts';
import { signedTargets } from './labels.ts';

function rows(d: PointDataset) {
  return Array.from({ length: d.n }, (_, i) => ({ x: d.points[2 * i]!, y: d.points[2 * i + 1]!, label: d.labels[i]! }));
}

function countLabels(d: PointDataset): number[] {
  const counts = new Array(d.classes).fill(0);
  for (const l of d.labels) counts[l]++;
  return counts;
}

describe('2-D classification sets', () => {
  const all = () => [circle(), xor(), gaussians(), spirals(), moons(), functionBoundary('sine'), gaussians({ classes: 3 }), spirals({ classes: 4 })];

  it('have consistent shapes, balanced classes, 0/1 or one-hot targets, and stay inside POINT_EXTENT', () => {
    for (const d of all()) {
      expect(d.n).toBe(200);
      expect(d.points.length).toBe(400);
      expect(Array.from(d.inputs)).toEqual(Array.from(d.points));
      const counts = countLabels(d);
      expect(Math.max(...counts) - Math.min(...counts), d.name).toBeLessThanOrEqual(1);
      if (d.classes === 2) {
        expect(d.targetSize).toBe(1);
        expect(Array.from(d.targets)).toEqual(Array.from(d.labels));
      } else {
        expect(d.targetSize).toBe(d.classes);
        for (let i = 0; i < d.n; i++) expect(d.targets[i * d.classes + d.labels[i]!]).toBe(1);
        expect(d.targets.reduce((s, v) => s + v, 0)).toBe(d.n);
      }
      const inside = Array.from(d.points).filter((v) => v >= POINT_EXTENT[0] && v <= POINT_EXTENT[1]).length;
      expect(inside / d.points.length, d.name).toBeGreaterThan(0.99); // only Gaussian tails may poke out
      expect(Math.max(...Array.from(d.points, Math.abs)), d.name).toBeLessThan(7);
    }
  });

  it('are reproduced by their seed and changed by another', () => {
    for (const make of [circle, xor, moons, (o: object) => gaussians({ ...o, classes: 3 }), (o: object) => functionBoundary('abs', o)]) {
      expect(Array.from(make({ seed: 5, noise: 0.2 }).points)).toEqual(Array.from(make({ seed: 5, noise: 0.2 }).points));
      expect(Array.from(make({ seed: 5, noise: 0.2 }).points)).not.toEqual(Array.from(make({ seed: 6, noise: 0.2 }).points));
    }
  });

  it('circle: class 1 within radius 2, class 0 in the ring 3..5 (no noise)', () => {
    for (const p of rows(circle({ n: 300 }))) {
      const r = Math.hypot(p.x, p.y);
      if (p.label === 1) expect(r).toBeLessThanOrEqual(2 + 1e-6);
      else expect(r >= 3 - 1e-6 && r <= 5 + 1e-6).toBe(true);
    }
  });

  it('xor: the label is whether x1·x2 > 0', () => {
    for (const p of rows(xor({ n: 300 }))) expect(p.x * p.y > 0 ? 1 : 0).toBe(p.label);
  });

  it('gaussians: each class is centred where documented', () => {
    const d = gaussians({ n: 4000, seed: 2 });
    const mean = (c: number, axis: 'x' | 'y') => {
      const r = rows(d).filter((p) => p.label === c);
      return r.reduce((s, p) => s + p[axis], 0) / r.length;
    };
    expect(mean(1, 'x')).toBeCloseTo(2, 1);
    expect(mean(0, 'y')).toBeCloseTo(-2, 1);
    const three = gaussians({ n: 3000, classes: 3 });
    const top = rows(three).filter((p) => p.label === 0);
    expect(top.reduce((s, p) => s + p.y, 0) / top.length).toBeCloseTo(3, 1); // class 0 at angle 90°
  });

  it('spirals: radius grows along each arm up to 5, arms turned by 2π/k', () => {
    const d = spirals({ n: 300, classes: 3 });
    const arm = rows(d).filter((p) => p.label === 1);
    const radii = arm.map((p) => Math.hypot(p.x, p.y));
    for (let i = 1; i < radii.length; i++) expect(radii[i]!).toBeGreaterThan(radii[i - 1]!);
    expect(Math.max(...radii)).toBeLessThanOrEqual(5);
    const first0 = rows(d).find((p) => p.label === 0)!;
    const first1 = arm[0]!;
    const turn = Math.atan2(first1.x, first1.y) - Math.atan2(first0.x, first0.y);
    expect(((turn + 4 * Math.PI) % (2 * Math.PI)) - (2 * Math.PI) / 3).toBeCloseTo(0, 5);
  });

  it('moons: each point lies on its half circle (no noise)', () => {
    for (const p of rows(moons())) {
      const x = p.x / 2.5 + 0.5;
      const y = p.y / 2.5 + 0.25;
      const r = p.label === 0 ? Math.hypot(x, y) : Math.hypot(x - 1, y - 0.5);
      expect(r).toBeCloseTo(1, 5);
      expect(p.label === 0 ? y >= -1e-6 : y <= 0.5 + 1e-6).toBe(true);
    }
  });

  it('function boundary: class 1 above y = f(x), class 0 below, for each f', () => {
    for (const f of ['sine', 'cubic', 'abs'] as const) {
      for (const p of rows(functionBoundary(f))) expect(p.y > BOUNDARY_FUNCTIONS[f](p.x) ? 1 : 0).toBe(p.label);
    }
    expect(() => functionBoundary('tan' as 'sine')).toThrow(/unknown boundary function "tan"/);
  });

  it('noise jitters the same clean points with the requested spread, scaling the same draws', () => {
    const clean = circle({ n: 2000, seed: 3 });
    const noisy = circle({ n: 2000, noise: 0.5, seed: 3 });
    const noisier = circle({ n: 2000, noise: 1, seed: 3 });
    noisier.points.forEach((v, i) => expect(v - clean.points[i]!).toBeCloseTo(2 * (noisy.points[i]! - clean.points[i]!), 5));
    const d = Array.from(noisy.points, (v, i) => v - clean.points[i]!);
    const sd = Math.sqrt(d.reduce((s, v) => s + v * v, 0) / d.length);
    expect(sd).toBeCloseTo(0.5, 1);
  });

  it('rejects bad options', () => {
    expect(() => circle({ n: 0 })).toThrow('n must be a whole number of points from 1 to 100000, got 0');
    expect(() => xor({ noise: -1 })).toThrow('noise must be a number from 0 to 5, got -1');
    expect(() => moons({ seed: 1.5 })).toThrow(/seed must be/);
    expect(() => spirals({ classes: 5 })).toThrow('classes must be 2 or 3 or 4 for this data set, got 5');
    expect(() => circle({ classes: 3 } as object)).toThrow(/classes must be 2/);
  });
});

describe('regression sets', () => {
  it('plane: target (x1 + x2) / 10', () => {
    const d = plane();
    expect(d.classes).toBe(0);
    for (const p of rows(d)) expect(p.label).toBeCloseTo((p.x + p.y) / 10, 6);
    expect(Array.from(d.targets)).toEqual(Array.from(d.labels));
  });

  it('multi-gaussian: the sum of signed bumps, and noise goes on the target', () => {
    const d = multiGaussian();
    for (const p of rows(d)) {
      const expected = MULTI_GAUSSIAN_BUMPS.reduce((s, b) => s + b.sign * Math.exp(-((p.x - b.x) ** 2 + (p.y - b.y) ** 2) / 2.88), 0);
      expect(p.label).toBeCloseTo(expected, 6);
    }
    const noisy = multiGaussian({ noise: 1, n: 3000 });
    const clean = multiGaussian({ n: 3000 });
    expect(Array.from(noisy.points)).toEqual(Array.from(clean.points));
    const diff = Array.from(noisy.targets, (v, i) => v - clean.targets[i]!);
    expect(Math.sqrt(diff.reduce((s, v) => s + v * v, 0) / diff.length)).toBeCloseTo(0.1, 2);
  });
});

describe('withFeatures and withTargets', () => {
  it('recomputes inputs from the points and swaps targets', () => {
    const d = withFeatures(circle({ n: 10 }), FEATURE_NAMES);
    expect(d.inputSize).toBe(7);
    expect(d.inputs[2]).toBeCloseTo(d.points[0]! ** 2, 5);
    const s = withTargets(d, signedTargets(d.labels));
    expect(new Set(s.targets)).toEqual(new Set([-1, 1]));
    expect(() => withTargets(d, new Float32Array(7))).toThrow(/not a multiple of n = 10/);
  });
});
