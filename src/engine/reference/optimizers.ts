// One optimiser update, in place, parameter by parameter (t counts steps from 1):
//   sgd:      w ← w − lr·g
//   momentum: v ← μ·v + g;            w ← w − lr·v
//   adam:     m ← β1·m + (1−β1)·g;    v ← β2·v + (1−β2)·g²
//             w ← w − lr · (m / (1−β1^t)) / (sqrt(v / (1−β2^t)) + ε)
// Biases are updated exactly like weights (the penalty is already in the weight gradients).

import type { TrainingState } from '../training-state.ts';
import { zerosLike } from '../training-state.ts';
import type { Optimizer, Parameters } from '../types.ts';

/** State for `optimizer`, keeping `previous` when it belongs to the same kind of optimiser. */
export function stateFor(optimizer: Optimizer, params: Parameters, previous?: TrainingState): TrainingState {
  const dropoutRngState = previous?.dropoutRngState;
  if (previous && previous.kind === optimizer.kind) return previous;
  const fresh: TrainingState = { kind: optimizer.kind, step: 0, dropoutRngState };
  if (optimizer.kind !== 'sgd') fresh.first = zerosLike(params);
  if (optimizer.kind === 'adam') fresh.second = zerosLike(params);
  return fresh;
}

/** Updates `params` from gradients (dW, dB) and advances `state`. */
export function applyUpdate(
  optimizer: Optimizer,
  state: TrainingState,
  params: Parameters,
  dWeights: number[][],
  dBiases: number[][],
  lr: number,
): void {
  state.step += 1;
  const t = state.step;
  // Weights and biases of every layer go through the same rule; pair each array with its gradient and slots.
  const groups: Array<[number[], number[], number[] | undefined, number[] | undefined]> = [];
  params.weights.forEach((w, l) => groups.push([w, dWeights[l]!, state.first?.weights[l], state.second?.weights[l]]));
  params.biases.forEach((b, l) => groups.push([b, dBiases[l]!, state.first?.biases[l], state.second?.biases[l]]));

  if (optimizer.kind === 'sgd') {
    for (const [w, g] of groups) for (let i = 0; i < w.length; i++) w[i]! -= lr * g[i]!;
  } else if (optimizer.kind === 'momentum') {
    const mu = optimizer.momentum ?? 0.9;
    for (const [w, g, v] of groups) {
      for (let i = 0; i < w.length; i++) {
        v![i] = mu * v![i]! + g[i]!;
        w[i]! -= lr * v![i]!;
      }
    }
  } else {
    const beta1 = optimizer.beta1 ?? 0.9;
    const beta2 = optimizer.beta2 ?? 0.999;
    const epsilon = optimizer.epsilon ?? 1e-8;
    const correction1 = 1 - beta1 ** t;
    const correction2 = 1 - beta2 ** t;
    for (const [w, g, m, v] of groups) {
      for (let i = 0; i < w.length; i++) {
        m![i] = beta1 * m![i]! + (1 - beta1) * g[i]!;
        v![i] = beta2 * v![i]! + (1 - beta2) * g[i]! * g[i]!;
        w[i]! -= (lr * (m![i]! / correction1)) / (Math.sqrt(v![i]! / correction2) + epsilon);
      }
    }
  }
}
