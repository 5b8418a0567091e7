import { describe, expect, it } from 'vitest';
import { outcomeText, surfaceVerdict } from './strings.ts';

describe('OptimizerSurface verdict', () => {
  const outcomes = [outcomeText('sgd', undefined, 0.016), outcomeText('momentum', 43, 1e-7), outcomeText('adam', undefined, 0.11)].join('; ');

  it('describes each run', () => {
    expect(outcomes).toBe('SGD: not within 150 steps (loss 0.0160 at the end); momentum: 43 steps; Adam: not within 150 steps (loss 0.110 at the end)');
  });

  it('is right for any of several tied winners, and for "none" only when nobody got there', () => {
    expect(surfaceVerdict('momentum', ['momentum'], outcomes, 0.9).correct).toBe(true);
    expect(surfaceVerdict('adam', ['sgd', 'adam'], outcomes, 0.9).correct).toBe(true);
    expect(surfaceVerdict('none', [], outcomes, 0.9)).toEqual({ correct: true, text: expect.stringContaining('none of them got there') });
    expect(surfaceVerdict('none', ['sgd'], outcomes, 0.9).correct).toBe(false);
  });

  it('names the misconception behind a wrong answer', () => {
    expect(surfaceVerdict('sgd', ['momentum'], outcomes, 0.9).text).toMatch(/^Not this time\. Steepest downhill is not towards the minimum/);
    expect(surfaceVerdict('adam', ['momentum'], outcomes, 0.9).text).toMatch(/not automatically fastest/);
    expect(surfaceVerdict('momentum', ['sgd'], outcomes, 0.99).text).toMatch(/with μ = 0\.99 the point can overshoot/);
  });
});
