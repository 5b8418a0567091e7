// The public entry loads in plain Node (type stripping) and exposes what widgets and the WASM engine use.
import { describe, expect, it } from 'vitest';
import * as engine from './index.ts';

describe('engine entry', () => {
  it('exports the shared pieces of both engines', () => {
    for (const name of [
      'createReferenceNetwork', 'networkFromJSON', 'createTrainer', 'initialParameters', 'learningRateAt', 'validateSpec',
      'validateConfig', 'applyFeatures', 'accuracyOf', 'pointJitter', 'imageShiftRotate', 'spirals', 'splitTrainTest', 'createRng',
    ]) {
      expect(typeof (engine as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
