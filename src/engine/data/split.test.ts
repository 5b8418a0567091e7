import { describe, expect, it } from 'vitest';
import { circle } from './points.ts';
import { splitTrainTest, subset } from './split.ts';

describe('splitTrainTest', () => {
  const data = circle({ n: 101, noise: 0.2, seed: 3 });

  it('cuts a seeded shuffle into round(n·ratio) and the rest, rows kept together', () => {
    const { train, test } = splitTrainTest(data, 0.7, 9);
    expect([train.n, test.n]).toEqual([71, 30]);
    const key = (d: typeof data, i: number) => `${d.points[2 * i]},${d.points[2 * i + 1]}`;
    const original = new Map(Array.from({ length: data.n }, (_, i) => [key(data, i), data.labels[i]]));
    const seen = new Set<string>();
    for (const part of [train, test]) {
      for (let i = 0; i < part.n; i++) {
        expect(original.get(key(part, i))).toBe(part.labels[i]); // point and label still belong together
        expect(part.inputs[2 * i]).toBe(part.points[2 * i]);
        expect(part.targets[i]).toBe(part.labels[i]);
        seen.add(key(part, i));
      }
    }
    expect(seen.size).toBe(101); // disjoint and complete
  });

  it('is reproducible by seed and shuffles', () => {
    expect(Array.from(splitTrainTest(data, 0.5, 4).train.inputs)).toEqual(Array.from(splitTrainTest(data, 0.5, 4).train.inputs));
    expect(Array.from(splitTrainTest(data, 0.5, 4).train.inputs)).not.toEqual(Array.from(splitTrainTest(data, 0.5, 5).train.inputs));
    expect(Array.from(splitTrainTest(data, 0.5, 4).train.inputs)).not.toEqual(Array.from(subset(data, Array.from({ length: 51 }, (_, i) => i)).inputs));
  });

  it('rejects bad ratios and indices', () => {
    expect(() => splitTrainTest(data, 1)).toThrow('the train ratio must be a number between 0 and 1 (exclusive), got 1');
    expect(() => splitTrainTest(circle({ n: 1 }), 0.5)).toThrow(/at least 2 examples/);
    expect(() => subset(data, [101])).toThrow('index 101 is outside the data set (0 to 100)');
  });
});
