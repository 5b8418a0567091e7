import { describe, expect, it } from 'vitest';
import { eagerCompile } from './eager-compile.ts';

type Bundle = Record<string, { type: 'chunk' | 'asset'; fileName: string; code?: string }>;
const run = (bundle: Bundle) => (eagerCompile(['plot-marks']).generateBundle as unknown as (o: unknown, b: Bundle) => void)({}, bundle);

describe('eagerCompile', () => {
  it('puts the compile hint first in the named chunks only, after minification', () => {
    const bundle: Bundle = {
      a: { type: 'chunk', fileName: '_astro/plot-marks.C3lC5rcV.js', code: 'import"./x.js";function e(){}' },
      b: { type: 'chunk', fileName: '_astro/exploration.CbzDChMJ.js', code: 'function r(){}' },
      c: { type: 'chunk', fileName: '_astro/my-plot-marks.js', code: 'function q(){}' },
      d: { type: 'asset', fileName: '_astro/plot-marks.css' },
    };
    run(bundle);
    expect(bundle.a!.code).toBe('//# allFunctionsCalledOnLoad\nimport"./x.js";function e(){}');
    expect(bundle.b!.code).toBe('function r(){}');
    expect(bundle.c!.code).toBe('function q(){}');
    expect(bundle.d!.code).toBeUndefined();
  });
});
