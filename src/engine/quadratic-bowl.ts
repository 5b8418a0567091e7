// Descent on a two-weight quadratic bowl, by the engine's own optimiser rules (applyUpdate: the code that
// trains every network): L(w₁, w₂) = ½(λ₁u² + λ₂v²), where (u, v) is the point (w₁, w₂) rotated by the
// angle θ, so λ₁ and λ₂ are the bowl's curvatures along and across its floor. Not a network: a loss
// written as a formula, for seeing how SGD, momentum and Adam move on it (chapter 4d's loss surface). It
// lives here so the engine Worker can compute a path off the page's main thread (worker/host.ts).
import { applyUpdate, stateFor } from './reference/optimizers.ts';
import type { Optimizer, Parameters } from './types.ts';

export interface QuadraticBowl {
  /** Curvature along the rotated first axis (u) and along the second (v). */
  curvatures: readonly [number, number];
  /** The rotation θ, radians. */
  angle: number;
}

export interface DescentPoint {
  step: number;
  w1: number;
  w2: number;
  loss: number;
}

export interface BowlDescent {
  bowl: QuadraticBowl;
  start: readonly [number, number];
  optimizer: Optimizer;
  learningRate: number;
  steps: number;
}

/** The loss at (w₁, w₂). */
export function bowlLoss(bowl: QuadraticBowl, w1: number, w2: number): number {
  const cos = Math.cos(bowl.angle);
  const sin = Math.sin(bowl.angle);
  const u = cos * w1 + sin * w2;
  const v = -sin * w1 + cos * w2;
  return 0.5 * (bowl.curvatures[0] * u * u + bowl.curvatures[1] * v * v);
}

/** ∂L/∂w₁, ∂L/∂w₂ (the chain rule through the rotation). */
export function bowlGradient(bowl: QuadraticBowl, w1: number, w2: number): [number, number] {
  const cos = Math.cos(bowl.angle);
  const sin = Math.sin(bowl.angle);
  const u = cos * w1 + sin * w2;
  const v = -sin * w1 + cos * w2;
  const dU = bowl.curvatures[0] * u;
  const dV = bowl.curvatures[1] * v;
  return [cos * dU - sin * dV, sin * dU + cos * dV];
}

/**
 * The path of the optimiser from the start, steps + 1 points. Stops early (a shorter path) when the loss
 * overflows, so a learning rate that throws the point out of the bowl shows as a path that leaves.
 */
export function descendBowl({ bowl, start, optimizer, learningRate, steps }: BowlDescent): DescentPoint[] {
  const params: Parameters = { weights: [[...start]], biases: [] };
  const state = stateFor(optimizer, params);
  const w = params.weights[0]!;
  const path: DescentPoint[] = [{ step: 0, w1: w[0]!, w2: w[1]!, loss: bowlLoss(bowl, w[0]!, w[1]!) }];
  for (let step = 1; step <= steps; step++) {
    applyUpdate(optimizer, state, params, [bowlGradient(bowl, w[0]!, w[1]!)], [], learningRate);
    const loss = bowlLoss(bowl, w[0]!, w[1]!);
    if (!Number.isFinite(loss)) break;
    path.push({ step, w1: w[0]!, w2: w[1]!, loss });
  }
  return path;
}
