// The globals a code cell's code can call (src/cells/contract.ts): createCellApi(out) runs inside the
// cell's Worker and returns them; the runtime adds its own console, plot, tex, table and boundary.
// Documented for readers on the API reference page (content/chapters/07b-cell-api.mdx).
//
//   Value, zeroGrad                a scalar with autograd (src/engine/value.ts)
//   network(spec)                  an engine network: forward, gradients, evaluate, parameters, toJSON
//   data(name, options), split     the course's 2-D data sets as arrays; a seeded train/test split
//   train(net, data, options)      the engine's trainer as an async iterator of epoch records (live chart)
//   digits({ train, test })        handwritten digits (MNIST), loaded on demand from the site
//   random(seed)                   a seeded random number function, the engine's generator
//   dropoutExperiment(dropout)     chapter 5: the same run with the reader's dropout and without
//   check.grad(f, at)              the reader's derivative against finite differences
//   check.neuron(f), ...           the exercise checks: a verdict, and the misconception a wrong answer suggests
//
// Networks print through INSPECT; they reach the page (boundary) as toJSON(), plain data.
// For the runtime: import this module statically in the cell Worker. digits.ts keeps the Worker's fetch and
// event-loop.ts its setTimeout when they load, before the Worker is locked down; train() and
// dropoutExperiment() let the event loop turn at least every 30 ms, which the runaway guard counts as a pause.

import { createRng } from '../../engine/rng.ts';
import { Value, zeroGrad } from '../../engine/value.ts';
import { INSPECT, type CellOutput, type CreateCellApi, type Verdict } from '../contract.ts';
import { checkGrad } from './check-grad.ts';
import { pointData, splitData } from './datasets.ts';
import { digits } from './digits.ts';
import { createDropoutExperiment } from './dropout-experiment.ts';
import {
  checkDescentStep,
  checkDropout,
  checkForwardPass,
  checkNeuron,
  checkParameterCount,
  checkSigmoidOperation,
  checkTanhOperation,
} from './exercises.ts';
import { CellNetwork } from './network.ts';
import { createTrain } from './train.ts';
import type { NetworkSpec } from '../../engine/types.ts';

// A Value prints as Value(data=…, grad=…). Defined here, not in the engine, which knows nothing of cells.
if (!Object.hasOwn(Value.prototype, INSPECT)) {
  Object.defineProperty(Value.prototype, INSPECT, {
    value(this: Value) {
      return this.toString();
    },
  });
}

/** A seeded random number function in [0, 1): the same numbers for the same seed, in every browser. */
export function seededRandom(seed = 1): () => number {
  const rng = createRng(seed);
  return () => rng.next();
}

export const createCellApi: CreateCellApi = (out: CellOutput) => {
  let runs = 0;
  // Every check shows its verdict in the page and also returns it, so code can branch on verdict.passed.
  const report =
    <A extends unknown[]>(check: (...args: A) => Verdict) =>
    (...args: A): Verdict => {
      const verdict = check(...args);
      out.verdict({ exercise: verdict.exercise, passed: verdict.passed, message: verdict.message, misconception: verdict.misconception, ...(verdict.english ? { english: verdict.english } : {}) });
      return verdict;
    };

  return {
    Value,
    zeroGrad,
    network: (spec: NetworkSpec) => new CellNetwork(spec),
    data: pointData,
    split: splitData,
    digits,
    train: createTrain(out, () => ++runs),
    random: seededRandom,
    dropoutExperiment: createDropoutExperiment(out, () => ++runs),
    check: {
      grad: report(checkGrad),
      neuron: report(checkNeuron),
      parameterCount: report(checkParameterCount),
      forwardPass: report(checkForwardPass),
      sigmoid: report(checkSigmoidOperation),
      tanh: report(checkTanhOperation),
      descentStep: report(checkDescentStep),
      dropout: report((dropout: unknown) => checkDropout(dropout, seededRandom(7))),
    },
  };
};
