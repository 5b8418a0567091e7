import { describe, expect, it } from 'vitest';
import { VIEW, edgePositions, nodePositions } from './network-drawing.ts';
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

  it('keeps every neuron inside the picture and apart from its neighbours', () => {
    const nodes = nodePositions([8, 8, 1]);
    for (const n of nodes) {
      expect(n.x - VIEW.radius).toBeGreaterThanOrEqual(0);
      expect(n.x + VIEW.radius).toBeLessThanOrEqual(VIEW.width);
      expect(n.y - VIEW.radius).toBeGreaterThanOrEqual(0);
      expect(n.y + VIEW.radius).toBeLessThanOrEqual(VIEW.height - VIEW.marginBottom + VIEW.radius);
    }
    const column = nodes.filter((n) => n.layer === 0).map((n) => n.y);
    for (let i = 1; i < column.length; i++) expect(column[i] - column[i - 1]).toBeGreaterThanOrEqual(2 * VIEW.radius);
  });
});
