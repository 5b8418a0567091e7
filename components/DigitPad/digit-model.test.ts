import { describe, expect, it } from 'vitest';
import { decodeSamples, describeAnswer, encodePixels, percent, topDigit } from './digit-model.ts';

describe('digit model helpers', () => {
  it('round-trips sample pixels through base64 bytes', () => {
    const pixels = Float32Array.from({ length: 784 }, (_, k) => (k % 256) / 255);
    const [sample] = decodeSamples({ samples: [{ label: 3, pixels: encodePixels(pixels) }] });
    expect(sample.label).toBe(3);
    for (let k = 0; k < 784; k++) expect(sample.pixels[k]).toBeCloseTo(pixels[k], 6);
  });

  it('rejects a malformed samples file with a message', () => {
    expect(() => decodeSamples({})).toThrow('no "samples" list');
    expect(() => decodeSamples({ samples: [{ label: 1, pixels: btoa('abc') }] })).toThrow('has 3 pixels, not 784');
  });

  it('names the answer and a close second guess', () => {
    const p = [0.01, 0.02, 0, 0, 0, 0, 0, 0.7, 0, 0.27];
    expect(topDigit(p)).toBe(7);
    expect(describeAnswer(p)).toBe('The network reads 7 (70% probability); second guess 9 (27%).');
    expect(describeAnswer([0, 0.999, 0.001, 0, 0, 0, 0, 0, 0, 0])).toBe('The network reads 1 (99.9% probability).');
    expect([percent(0.0004), percent(0.043), percent(0.5), percent(0.997), percent(0.99999)]).toEqual(['<0.1%', '4.3%', '50%', '99.7%', '>99.9%']);
  });
});
