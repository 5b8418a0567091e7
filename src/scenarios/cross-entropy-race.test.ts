// The race, checked against the recurrence written out by hand (not the engine): with x = 1, w and b both move
// by −η·∂L/∂z, so z moves by −2η·∂L/∂z; squared error's ∂L/∂z = (ŷ − t)·ŷ(1 − ŷ), cross-entropy's ŷ − t.
import { describe, expect, it } from 'vitest';
import { CROSS_ENTROPY_RACE as S, raceRun, raceWinner, stepsToFinish, type RaceLoss } from './cross-entropy-race.ts';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));
function byHand(loss: RaceLoss, z0: number, lr: number, steps: number) {
  const t = S.target;
  const out = [];
  let z = z0;
  for (let k = 0; k <= steps; k++) {
    const y = sigma(z);
    const dLdz = loss === 'mse' ? (y - t) * y * (1 - y) : y - t;
    const L = loss === 'mse' ? 0.5 * (y - t) ** 2 : -(t * Math.log(y) + (1 - t) * Math.log(1 - y));
    out.push({ z, y, dLdz, L });
    z -= 2 * lr * dLdz;
  }
  return out;
}

describe('why cross-entropy: the race from a confidently wrong start', () => {
  it('is gradient descent on one sigmoid neuron, step for step', () => {
    for (const loss of ['mse', 'binaryCrossEntropy'] as const) {
      for (const [z0, lr] of [[-4, 0.5], [-8, 2], [-1, 0.05]] as const) {
        const run = raceRun(loss, z0, lr, 60);
        const expected = byHand(loss, z0, lr, 60);
        expect(run).toHaveLength(61);
        run.forEach((r, k) => {
          expect(r.step).toBe(k);
          expect(r.z).toBeCloseTo(expected[k]!.z, 10);
          expect(r.output).toBeCloseTo(expected[k]!.y, 12);
          expect(r.dLdz).toBeCloseTo(expected[k]!.dLdz, 12);
          expect(r.loss).toBeCloseTo(expected[k]!.L, 10);
        });
      }
    }
  });

  it('at the page’s defaults, squared error crawls while cross-entropy gets there in a few steps', () => {
    const { value: z0 } = S.startZ;
    const lr = S.learningRate.value;
    const mse = raceRun('mse', z0, lr);
    const ce = raceRun('binaryCrossEntropy', z0, lr);
    // The starting gradients differ by exactly 1/σ'(z₀) = 1/(ŷ(1 − ŷ)), about 56 at z₀ = −4.
    const y0 = sigma(z0);
    expect(ce[0]!.dLdz / mse[0]!.dLdz).toBeCloseTo(1 / (y0 * (1 - y0)), 9);
    expect(stepsToFinish(ce)).toBeLessThanOrEqual(10);
    expect(stepsToFinish(mse)!).toBeGreaterThan(5 * stepsToFinish(ce)!);
    expect(raceWinner(mse, ce)).toBe('binaryCrossEntropy');
    // Both finish within the steps drawn, so the page shows squared error's late surge too.
    expect(stepsToFinish(mse)).toBeLessThan(S.steps);
  });

  it('cross-entropy wins or ties at every setting the sliders offer', () => {
    for (let z0 = S.startZ.min; z0 <= S.startZ.max; z0 += 1) {
      for (const lr of [S.learningRate.min, 0.5, S.learningRate.max]) {
        const w = raceWinner(raceRun('mse', z0, lr), raceRun('binaryCrossEntropy', z0, lr));
        expect(['binaryCrossEntropy', 'tie'], `z0 ${z0}, lr ${lr}`).toContain(w);
      }
    }
  });

  it('names the winner from the runs: a tie and a race nobody finishes', () => {
    const at = (outputs: number[]) => outputs.map((output, step) => ({ step, z: 0, output, loss: 0, dLdz: 0 }));
    expect(raceWinner(at([0.1, 0.6]), at([0.1, 0.7]))).toBe('tie');
    expect(raceWinner(at([0.1, 0.2]), at([0.1, 0.2]))).toBe('neither');
    expect(raceWinner(at([0.1, 0.6]), at([0.1, 0.2]))).toBe('mse');
  });
});
