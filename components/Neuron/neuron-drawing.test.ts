import { describe, expect, it } from 'vitest';
import { connectionStyle, inputPositions, subscript } from './neuron-drawing.ts';
import { NEGATIVE, POSITIVE } from '../../src/ui/colors.ts';

describe('connectionStyle', () => {
  it('tells the sign by colour and by line style, and the size by thickness', () => {
    const pos = connectionStyle(1.5, 1);
    const neg = connectionStyle(-1.5, 2);
    expect(pos.stroke).toBe(POSITIVE);
    expect(neg.stroke).toBe(NEGATIVE);
    expect(pos.dash).toBe('');
    expect(neg.dash).not.toBe('');
    expect(pos.width).toBe(neg.width);
    expect(connectionStyle(3, 1).width).toBeGreaterThan(pos.width);
    expect(connectionStyle(0.1, 1).width).toBeLessThan(pos.width);
  });

  it('caps the thickness at maxAbs', () => {
    expect(connectionStyle(30, 1).width).toBe(connectionStyle(3, 1).width);
  });

  it('labels the weight with its signed value, for eyes and for screen readers', () => {
    expect(connectionStyle(-0.4, 2).label).toBe('w₂ = −0.40');
    expect(connectionStyle(-0.4, 2).description).toBe('weight 2 is negative, −0.40');
    expect(connectionStyle(0, 3).description).toBe('weight 3 is zero');
  });
});

describe('layout helpers', () => {
  it('writes subscripts', () => expect(subscript(12)).toBe('₁₂'));
  it('spreads inputs evenly', () => expect(inputPositions(3, 200)).toEqual([50, 100, 150]));
});
