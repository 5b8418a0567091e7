import { describe, expect, it } from 'vitest';
import { optimizerSurface as en } from '../../src/i18n/en/optimizer-surface.ts';
import { optimizerSurface as es } from '../../src/i18n/es/optimizer-surface.ts';

describe('OptimizerSurface verdict', () => {
  const outcomes = [en.outcomeText('sgd', undefined, 0.016), en.outcomeText('momentum', 43, 1e-7), en.outcomeText('adam', undefined, 0.11)].join('; ');

  it('describes each run', () => {
    expect(outcomes).toBe('SGD: not within 150 steps (loss 0.0160 at the end); momentum: 43 steps; Adam: not within 150 steps (loss 0.110 at the end)');
    expect(es.outcomeText('sgd', undefined, 0.016)).toBe('SGD: no en 150 pasos (pérdida 0,0160 al final)');
  });

  it('is right for any of several tied winners, and for "none" only when nobody got there', () => {
    expect(en.verdict('momentum', ['momentum'], outcomes, 0.9).correct).toBe(true);
    expect(en.verdict('adam', ['sgd', 'adam'], outcomes, 0.9).correct).toBe(true);
    expect(en.verdict('none', [], outcomes, 0.9)).toEqual({ correct: true, text: expect.stringContaining('none of them got there') });
    expect(en.verdict('none', ['sgd'], outcomes, 0.9).correct).toBe(false);
    expect(es.verdict('adam', ['sgd', 'adam'], outcomes, 0.9)).toEqual({ correct: true, text: expect.stringContaining('SGD y Adam llegaron antes') });
    expect(es.verdict('none', ['sgd'], outcomes, 0.9).correct).toBe(false);
  });

  it('names the misconception behind a wrong answer', () => {
    expect(en.verdict('sgd', ['momentum'], outcomes, 0.9).text).toMatch(/^Not this time\. Steepest downhill is not towards the minimum/);
    expect(en.verdict('adam', ['momentum'], outcomes, 0.9).text).toMatch(/not automatically fastest/);
    expect(en.verdict('momentum', ['sgd'], outcomes, 0.99).text).toMatch(/with μ = 0\.99 the point can overshoot/);
    expect(es.verdict('momentum', ['sgd'], outcomes, 0.99).text).toMatch(/con μ = 0,99 el punto puede pasarse/);
  });
});
