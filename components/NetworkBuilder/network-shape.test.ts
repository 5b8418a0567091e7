import { describe, expect, it } from 'vitest';
import { LIMITS, addLayer, addNeuron, layerName, parseShape, removeLayer, removeNeuron } from './network-shape.ts';

describe('editing a network shape', () => {
  it('adds a hidden layer just before the output layer', () => {
    expect(addLayer([2, 1])).toEqual([2, LIMITS.newLayerUnits, 1]);
    expect(addLayer([2, 4, 1])).toEqual([2, 4, LIMITS.newLayerUnits, 1]);
  });

  it('removes only hidden layers', () => {
    expect(removeLayer([2, 4, 3, 1], 1)).toEqual([2, 3, 1]);
    expect(removeLayer([2, 4, 1], 0)).toEqual([2, 4, 1]);
    expect(removeLayer([2, 4, 1], 2)).toEqual([2, 4, 1]);
  });

  it('keeps every layer between the unit limits', () => {
    let s: readonly number[] = [1, 1];
    s = removeNeuron(s, 0);
    expect(s).toEqual([1, 1]);
    for (let k = 0; k < 20; k++) s = addNeuron(s, 1);
    expect(s).toEqual([1, LIMITS.maxUnits]);
  });

  it('stops adding hidden layers at the limit', () => {
    let s: readonly number[] = [2, 1];
    for (let k = 0; k < 20; k++) s = addLayer(s);
    expect(s.length).toBe(LIMITS.maxHidden + 2);
  });

  it('names layers by role', () => {
    expect([0, 1, 2, 3].map((i) => layerName([2, 3, 3, 1], i))).toEqual(['Input layer', 'Hidden layer 1', 'Hidden layer 2', 'Output layer']);
  });
});

describe('parseShape', () => {
  it('reads a comma-separated list', () => {
    expect(parseShape('2, 3,1')).toEqual({ shape: [2, 3, 1] });
  });
  it('refuses malformed or out-of-limit shapes with a message', () => {
    for (const bad of ['', '3', '2,x,1', '2,0,1', '2,1.5,1', `2,${LIMITS.maxUnits + 1}`, null]) {
      expect(parseShape(bad)).toHaveProperty('error');
    }
  });
});
