// Exploration "Optimisers on a loss surface": SGD, momentum and Adam take steps on a two-parameter loss
// shaped like a long, narrow ravine (after Goh, "Why Momentum Really Works", Distill 2017):
//   L(w₁, w₂) = ½(λ₁u² + λ₂v²), with (u, v) the point rotated by θ so that the ravine runs diagonally.
// Steep across (λ₂), shallow along (λ₁): a learning rate small enough not to bounce out across the ravine is
// slow along it, so plain SGD zig-zags; momentum builds up speed along the floor (and can overshoot); Adam
// scales each coordinate's step by its own gradient history. The steps are the engine's own rule
// (applyUpdate, the same code that trains every network in the course), on parameters { weights: [[w₁, w₂]] }.
import { bowlGradient, bowlLoss, descendBowl, type BowlDescent, type QuadraticBowl } from '../engine/index.ts';
import type { Runner } from '../engine/worker/run-client.ts';
import type { Optimizer } from '../engine/types.ts';

export const OPTIMIZER_SURFACE = {
  /** Curvature along the ravine and across it. */
  lambdaAlong: 0.2,
  lambdaAcross: 20,
  /** Angle of the ravine's floor, radians. */
  theta: Math.PI / 6,
  start: [-4.2, -1.7] as const,
  /** The square of parameter space drawn: [w₁ min, w₁ max, w₂ min, w₂ max]. */
  extent: [-5, 5, -5, 5] as const,
  learningRate: { min: 0.005, max: 0.15, step: 0.005, value: 0.08 },
  momentum: { min: 0, max: 0.99, step: 0.01, value: 0.9 },
  steps: 150,
  /** "Reached the bottom": the loss first falls below this (it starts near 8). */
  target: 0.01,
} as const;

export const OPTIMIZER_KINDS = ['sgd', 'momentum', 'adam'] as const;
export type OptimizerKind = (typeof OPTIMIZER_KINDS)[number];

const { lambdaAlong, lambdaAcross, theta } = OPTIMIZER_SURFACE;
const cos = Math.cos(theta);
const sin = Math.sin(theta);
/** The ravine as the engine's quadratic bowl (quadratic-bowl.ts): curvature along its floor, then across. */
const RAVINE: QuadraticBowl = { curvatures: [lambdaAlong, lambdaAcross], angle: theta };

/** The loss at (w₁, w₂). */
export const surfaceLoss = (w1: number, w2: number): number => bowlLoss(RAVINE, w1, w2);

/**
 * The loss as a quadratic form, L = ½ wᵀHw, with H = Rᵀ diag(λ_along, λ_across) R for the rotation R by θ:
 * [h11, h12, h22] (the contour renderer draws the loss from these three numbers).
 */
export function surfaceHessian(): [number, number, number] {
  return [
    lambdaAlong * cos * cos + lambdaAcross * sin * sin,
    (lambdaAlong - lambdaAcross) * cos * sin,
    lambdaAlong * sin * sin + lambdaAcross * cos * cos,
  ];
}

/** ∂L/∂w₁, ∂L/∂w₂ (the chain rule through the rotation). */
export const surfaceGradient = (w1: number, w2: number): [number, number] => bowlGradient(RAVINE, w1, w2);

export interface PathPoint {
  step: number;
  w1: number;
  w2: number;
  loss: number;
}

export function optimizerOf(kind: OptimizerKind, momentum: number): Optimizer {
  return kind === 'momentum' ? { kind, momentum } : { kind };
}

/** What the engine computes for one optimiser's path (in the engine Worker, or here). */
export function surfaceDescent(kind: OptimizerKind, learningRate: number, momentum: number, steps: number = OPTIMIZER_SURFACE.steps): BowlDescent {
  return { bowl: RAVINE, start: OPTIMIZER_SURFACE.start, optimizer: optimizerOf(kind, momentum), learningRate, steps };
}

/**
 * The path of `kind` from the start, steps + 1 points. Stops early (shorter path) if the loss overflows,
 * so a learning rate that throws the point out of the ravine shows as a path that leaves the picture.
 */
export function optimizerPath(kind: OptimizerKind, learningRate: number, momentum: number, steps: number = OPTIMIZER_SURFACE.steps): PathPoint[] {
  return descendBowl(surfaceDescent(kind, learningRate, momentum, steps));
}

/** The three paths, computed where the runner's runs live (the engine Worker when it has one). */
export async function optimizerPathsWith(runner: Runner, learningRate: number, momentum: number): Promise<Record<OptimizerKind, PathPoint[]>> {
  const paths = await Promise.all(OPTIMIZER_KINDS.map((k) => runner.descendBowl(surfaceDescent(k, learningRate, momentum))));
  return Object.fromEntries(OPTIMIZER_KINDS.map((k, i) => [k, paths[i]!])) as Record<OptimizerKind, PathPoint[]>;
}

/** The first step whose loss is below the target, or undefined. */
export function stepsToBottom(path: readonly PathPoint[], target: number = OPTIMIZER_SURFACE.target): number | undefined {
  return path.find((p) => p.loss < target)?.step;
}

/** Whether the loss ever rose from one step to the next (overshooting, or bouncing across the ravine). */
export function lossEverRose(path: readonly PathPoint[]): boolean {
  return path.some((p, i) => i > 0 && p.loss > path[i - 1]!.loss);
}

/** The optimisers that reached the bottom in the fewest steps (several on a tie; empty if none did). */
export function fastest(paths: Readonly<Record<OptimizerKind, readonly PathPoint[]>>): OptimizerKind[] {
  const reached = OPTIMIZER_KINDS.map((k) => [k, stepsToBottom(paths[k])] as const).filter(([, s]) => s !== undefined) as [OptimizerKind, number][];
  if (reached.length === 0) return [];
  const best = Math.min(...reached.map(([, s]) => s));
  return reached.filter(([, s]) => s === best).map(([k]) => k);
}
