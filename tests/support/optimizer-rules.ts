// SGD, momentum and Adam on OptimizerSurface's ravine, written out here from their textbook rules
// (independently of the engine's applyUpdate), for the scenario's unit test and the widget's browser test.
import { OPTIMIZER_SURFACE as S, surfaceGradient, surfaceLoss, type OptimizerKind } from '../../src/scenarios/optimizer-surface.ts';

/** The points visited from the start, steps + 1 of them; stops before the first point whose loss overflows. */
export function optimizerByHand(kind: OptimizerKind, lr: number, mu: number, steps: number = S.steps): { w: [number, number]; loss: number }[] {
  let w: [number, number] = [...S.start];
  const v = [0, 0], m = [0, 0], s = [0, 0];
  const out = [{ w, loss: surfaceLoss(...w) }];
  for (let t = 1; t <= steps; t++) {
    const g = surfaceGradient(...w);
    w = w.map((wi, i) => {
      if (kind === 'sgd') return wi - lr * g[i]!;
      if (kind === 'momentum') { v[i] = mu * v[i]! + g[i]!; return wi - lr * v[i]!; }
      m[i] = 0.9 * m[i]! + 0.1 * g[i]!;
      s[i] = 0.999 * s[i]! + 0.001 * g[i]! ** 2;
      return wi - (lr * m[i]! / (1 - 0.9 ** t)) / (Math.sqrt(s[i]! / (1 - 0.999 ** t)) + 1e-8);
    }) as [number, number];
    const loss = surfaceLoss(...w);
    if (!Number.isFinite(loss)) break;
    out.push({ w, loss });
  }
  return out;
}
