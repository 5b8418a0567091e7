// The hidden-unit pictures, and the claim the predict-first answer makes about them: the speckle in every
// picture is left from the random starting weights (trained and starting weights still correlate about 0.5).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initialParameters } from '../../src/engine/init.ts';
import { createDigitClassifier } from './digit-model.ts';
import { gridLayout, strongestUnits, unitPictures } from './units.ts';

describe('hidden unit pictures', () => {
  it('puts unit j\'s weights from every pixel in picture j, scaled to its largest |weight|', () => {
    const units = 3;
    const weights = Array.from({ length: 784 * units }, (_, k) => ((k % units) + 1) * ((k * 7) % 11 - 5));
    const pictures = unitPictures(weights, units);
    expect(pictures.length).toBe(3);
    for (let j = 0; j < units; j++) {
      const largest = Math.max(...Array.from({ length: 784 }, (_, i) => Math.abs(weights[i * units + j])));
      for (const i of [0, 100, 783]) expect(pictures[j][i]).toBeCloseTo(weights[i * units + j] / largest, 6);
      expect(Math.max(...Array.from(pictures[j], Math.abs))).toBeCloseTo(1, 6);
    }
    expect(() => unitPictures([1, 2, 3], 2)).toThrow('expected 784 × 2 weights');
  });

  it('names the strongest firing units, largest first, never a unit at zero', () => {
    expect(strongestUnits([0, 3, -1, 5, 3, 0], 3)).toEqual([3, 1, 4]);
    expect(strongestUnits([0, 0, 0.5], 5)).toEqual([2]);
    expect(gridLayout(96)).toEqual({ columns: 12, rows: 8, width: 362, height: 242 });
  });

  it('the committed model\'s weights still correlate about 0.5 with their random start, at the edge and in the centre', () => {
    const bytes = readFileSync(new URL('../../public/models/digits.onnx', import.meta.url));
    const card = JSON.parse(readFileSync(new URL('../../public/models/digits.json', import.meta.url), 'utf8'));
    const trained = createDigitClassifier(bytes).network.getParameters().weights[0];
    const start = initialParameters(card.spec).weights[0];
    // Correlation between the trained and the starting weights: 1 = still the random start, 0 = unrelated.
    const stillRandom = (inside: (x: number, y: number) => boolean) => {
      const a: number[] = [], b: number[] = [];
      for (let i = 0; i < 784; i++) {
        if (!inside(i % 28, Math.floor(i / 28))) continue;
        for (let j = 0; j < 96; j++) { a.push(trained[i * 96 + j]); b.push(start[i * 96 + j]); }
      }
      const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
      const [ma, mb] = [mean(a), mean(b)];
      let ab = 0, aa = 0, bb = 0;
      for (let k = 0; k < a.length; k++) { ab += (a[k] - ma) * (b[k] - mb); aa += (a[k] - ma) ** 2; bb += (b[k] - mb) ** 2; }
      return ab / Math.sqrt(aa * bb);
    };
    const edge = stillRandom((x, y) => x < 2 || y < 2 || x > 25 || y > 25);
    const centre = stillRandom((x, y) => x >= 8 && x < 20 && y >= 8 && y < 20);
    console.log(`correlation of trained with starting weights: edge frame ${edge.toFixed(3)}, centre ${centre.toFixed(3)}`);
    // The chapter says "about 0.5", edge and centre alike.
    for (const r of [edge, centre]) expect(Math.abs(r - 0.5)).toBeLessThan(0.1);
  });
});
