import { describe, expect, it } from 'vitest';
import { VIEW, edgePositions, nodePositions, nodeRadius } from './network-drawing.ts';
import { LIMITS } from './network-shape.ts';
import { countParameters } from './parameter-count.ts';

describe('network drawing geometry', () => {
  it('draws one line per weight, only between adjacent layers', () => {
    for (const shape of [[2, 1], [3, 4, 2], [8, 8, 8, 8, 8, 8, 8], [1, 5, 1]]) {
      const edges = edgePositions(shape);
      expect(edges.length).toBe(countParameters(shape).weights);
      // Every line goes one column to the right.
      for (const e of edges) expect(e.x2).toBeGreaterThan(e.x1);
      const columns = shape.map((_, l) => nodePositions(shape).find((n) => n.layer === l)!.x);
      for (const e of edges) expect(columns.indexOf(e.x2) - columns.indexOf(e.x1)).toBe(1);
    }
  });

  for (const shape of [[8, 8, 1], [10, 5, 3, 10], [LIMITS.maxUnits, 5, LIMITS.maxUnits]]) {
    it(`keeps every neuron of ${shape.join('-')} inside the picture and apart from its neighbours`, () => {
      const nodes = nodePositions(shape);
      const r = nodeRadius(shape);
      expect(r).toBeGreaterThan(3); // still a circle one can see
      for (const n of nodes) {
        expect(n.x - r).toBeGreaterThanOrEqual(0);
        expect(n.x + r).toBeLessThanOrEqual(VIEW.width);
        expect(n.y - r).toBeGreaterThanOrEqual(0);
        expect(n.y + r).toBeLessThanOrEqual(VIEW.height - VIEW.marginBottom + VIEW.radius);
      }
      shape.forEach((_, l) => {
        const column = nodes.filter((n) => n.layer === l).map((n) => n.y);
        for (let i = 1; i < column.length; i++) expect(column[i] - column[i - 1]).toBeGreaterThan(2 * r);
      });
    });
  }
  it('keeps the full radius while every layer fits', () => expect(nodeRadius([2, 3, 1])).toBe(VIEW.radius));
});
