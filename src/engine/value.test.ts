// Value's gradients checked two independent ways: against central finite differences of its own forward
// rules, (f(x + h) − f(x − h)) / 2h, operation by operation and through composed expressions; and, for a
// small network built from Values, against the float64 reference engine's backpropagation.

import { describe, expect, it } from 'vitest';
import { createRng } from './rng.ts';
import { createReferenceNetwork } from './reference/network.ts';
import type { NetworkSpec } from './types.ts';
import { Value, topologicalOrder, zeroGrad } from './value.ts';

const H = 1e-6;

/** d f / d x_i at xs by Value.backward, and by central differences of f's forward value. */
function bothGradients(f: (...xs: Value[]) => Value, xs: number[]) {
  const inputs = xs.map((x) => new Value(x));
  f(...inputs).backward();
  const analytic = inputs.map((v) => v.grad);
  const numeric = xs.map((_, i) => {
    const at = (d: number) => f(...xs.map((x, k) => new Value(k === i ? x + d : x))).data;
    return (at(H) - at(-H)) / (2 * H);
  });
  return { analytic, numeric };
}

function expectClose(f: (...xs: Value[]) => Value, xs: number[]) {
  const { analytic, numeric } = bothGradients(f, xs);
  analytic.forEach((a, i) => {
    // Central differences err by O(h²) ≈ 1e-12 plus rounding ≈ 1e-16 / h = 1e-10: 1e-7 relative is ample.
    expect(Math.abs(a - numeric[i]!)).toBeLessThan(1e-7 * Math.max(1, Math.abs(a)));
  });
}

describe('Value: each operation', () => {
  const points = [-2.3, -0.7, 0.4, 1.9];
  const cases: Array<[string, (...xs: Value[]) => Value, number]> = [
    ['add', (a, b) => a.add(b), 2],
    ['sub', (a, b) => a.sub(b), 2],
    ['mul', (a, b) => a.mul(b), 2],
    ['div', (a, b) => a.div(b), 2],
    ['neg', (a) => a.neg(), 1],
    ['tanh', (a) => a.tanh(), 1],
    ['relu', (a) => a.relu(), 1],
    ['sigmoid', (a) => a.sigmoid(), 1],
    ['exp', (a) => a.exp(), 1],
    ['pow 3', (a) => a.pow(3), 1],
    ['pow -2', (a) => a.pow(-2), 1],
  ];
  for (const [name, f, arity] of cases) {
    it(`${name}: backward matches finite differences`, () => {
      for (let k = 0; k < points.length; k++) expectClose(f, Array.from({ length: arity }, (_, i) => points[(k + i) % points.length]!));
    });
  }

  it('log (positive inputs) matches finite differences', () => {
    for (const x of [0.2, 1, 3.5]) expectClose((a) => a.log(), [x]);
  });

  it('computes the forward rules', () => {
    const a = new Value(2);
    expect(a.add(3).data).toBe(5);
    expect(a.sub(3).data).toBe(-1);
    expect(a.mul(-4).data).toBe(-8);
    expect(a.div(4).data).toBe(0.5);
    expect(a.pow(3).data).toBe(8);
    expect(a.neg().data).toBe(-2);
    expect(a.relu().data).toBe(2);
    expect(new Value(-1).relu().data).toBe(0);
    expect(a.sigmoid().data).toBeCloseTo(1 / (1 + Math.exp(-2)), 15);
    expect(new Value(-800).sigmoid().data).toBe(0); // no overflow warning, no NaN
    expect(a.tanh().data).toBe(Math.tanh(2));
  });
});

describe('Value: the chain rule through a graph', () => {
  it('adds up the gradient of a Value used more than once', () => {
    const a = new Value(3);
    const b = a.mul(a).add(a); // a² + a: derivative 2a + 1 = 7
    b.backward();
    expect(a.grad).toBe(7);
  });

  it('matches finite differences through composed expressions', () => {
    expectClose((a, b, c) => a.mul(b).add(c.tanh()).sigmoid().mul(a.pow(2)).sub(b.exp().div(c.add(4))), [0.3, -1.2, 0.8]);
    expectClose((a, b) => a.mul(b).relu().add(a.sub(b).pow(2)).log(), [1.5, 0.5]);
  });

  it('accumulates gradients over backward calls until they are set back to 0', () => {
    const w = new Value(2);
    w.mul(5).backward();
    w.mul(5).backward();
    expect(w.grad).toBe(10);
    zeroGrad([w]);
    w.mul(5).backward();
    expect(w.grad).toBe(5);
  });

  it('walks a very deep graph without recursion', () => {
    let x = new Value(0.5);
    const start = x;
    for (let k = 0; k < 30_000; k++) x = x.add(0.000001);
    x.backward();
    expect(start.grad).toBe(1);
    expect(topologicalOrder(x)).toHaveLength(60_001); // each step adds a sum and its constant
  });

  it('refuses a mismatched number of local derivatives and a non-number operand', () => {
    expect(() => new Value(1, [new Value(2)], [])).toThrow(/needs 1 local derivative/);
    expect(() => new Value(1).add('2' as never)).toThrow(/number or another Value/);
  });
});

describe('Value: a small network against the reference engine', () => {
  // 3 inputs → 4 tanh → 2 sigmoid, mse (½ Σ (a − t)², batch mean), the engine's layout
  // w[l][i * nOut + j] and the same initial weights.
  const spec: NetworkSpec = {
    inputs: 3,
    layers: [
      { units: 4, activation: 'tanh' },
      { units: 2, activation: 'sigmoid' },
    ],
    loss: 'mse',
    seed: 5,
  };

  it('gives the reference engine’s gradients for every weight and bias', () => {
    const net = createReferenceNetwork(spec);
    const p = net.getParameters();
    const rng = createRng(11);
    const n = 5;
    const inputs = Array.from({ length: n * 3 }, () => rng.normal());
    const targets = Array.from({ length: n * 2 }, () => (rng.next() < 0.5 ? 0 : 1));

    const weights = p.weights.map((layer) => layer.map((w) => new Value(w)));
    const biases = p.biases.map((layer) => layer.map((b) => new Value(b)));
    let total = new Value(0);
    for (let e = 0; e < n; e++) {
      let a: Value[] = inputs.slice(e * 3, e * 3 + 3).map((x) => new Value(x));
      spec.layers.forEach((layer, l) => {
        const nIn = a.length;
        const next: Value[] = [];
        for (let j = 0; j < layer.units; j++) {
          let z = biases[l]![j]!;
          for (let i = 0; i < nIn; i++) z = z.add(a[i]!.mul(weights[l]![i * layer.units + j]!));
          next.push(layer.activation === 'tanh' ? z.tanh() : z.sigmoid());
        }
        a = next;
      });
      a.forEach((out, k) => {
        total = total.add(out.sub(targets[e * 2 + k]!).pow(2).mul(0.5));
      });
    }
    const loss = total.div(n);
    loss.backward();

    const reference = net.gradients(inputs, targets, n);
    expect(loss.data).toBeCloseTo(reference.loss, 14);
    weights.forEach((layer, l) => layer.forEach((w, i) => expect(w.grad).toBeCloseTo(reference.dWeights[l]![i]!, 14)));
    biases.forEach((layer, l) => layer.forEach((b, j) => expect(b.grad).toBeCloseTo(reference.dBiases[l]![j]!, 14)));
  });
});
