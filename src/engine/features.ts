// The playground's input features: a 2-D point (x1, x2) turned into the inputs a network sees.

import type { FeatureName } from './types.ts';

export const FEATURE_NAMES: readonly FeatureName[] = ['x1', 'x2', 'x1Squared', 'x2Squared', 'x1x2', 'sinX1', 'sinX2'];

/** Plain-text labels (Unicode) and TeX for each feature. */
export const FEATURE_LABELS: Readonly<Record<FeatureName, { text: string; tex: string }>> = {
  x1: { text: 'x₁', tex: 'x_1' },
  x2: { text: 'x₂', tex: 'x_2' },
  x1Squared: { text: 'x₁²', tex: 'x_1^2' },
  x2Squared: { text: 'x₂²', tex: 'x_2^2' },
  x1x2: { text: 'x₁·x₂', tex: 'x_1 x_2' },
  sinX1: { text: 'sin x₁', tex: '\\sin x_1' },
  sinX2: { text: 'sin x₂', tex: '\\sin x_2' },
};

export function featureValue(name: FeatureName, x1: number, x2: number): number {
  switch (name) {
    case 'x1':
      return x1;
    case 'x2':
      return x2;
    case 'x1Squared':
      return x1 * x1;
    case 'x2Squared':
      return x2 * x2;
    case 'x1x2':
      return x1 * x2;
    case 'sinX1':
      return Math.sin(x1);
    case 'sinX2':
      return Math.sin(x2);
  }
}

export function validateFeatures(features: readonly FeatureName[]): void {
  if (!Array.isArray(features) || features.length === 0) throw new Error('features must list at least one feature name');
  for (const f of features) {
    if (!FEATURE_NAMES.includes(f)) throw new Error(`unknown feature ${JSON.stringify(f)}; allowed: ${FEATURE_NAMES.join(', ')}`);
  }
}

/**
 * Applies features to n points (row-major [n x 2]: x1, x2, x1, x2, ...); returns [n x features.length].
 */
export function applyFeatures(points: ArrayLike<number>, n: number, features: readonly FeatureName[]): Float32Array {
  validateFeatures(features);
  if (points.length !== 2 * n) throw new Error(`points has ${points.length} numbers but n × 2 = ${2 * n}`);
  const k = features.length;
  const out = new Float32Array(n * k);
  for (let p = 0; p < n; p++) {
    const x1 = points[2 * p]!;
    const x2 = points[2 * p + 1]!;
    for (let f = 0; f < k; f++) out[p * k + f] = featureValue(features[f]!, x1, x2);
  }
  return out;
}
