// Value: one number that remembers how it was computed, so that backward() can find the derivative of a
// final result with respect to every number that went into it. A teaching reference in the spirit of
// karpathy/micrograd's engine.py; code cells use it to build networks by hand (chapters 4b and 7).
//
// Each operation computes its result (the forward rule) and, next to it, the local derivative of that
// result with respect to each of its inputs: for c = a * b, dc/da = b and dc/db = a. backward() then walks
// the graph from the end back to the start and applies the chain rule at every step:
//   input.grad += (local derivative) * output.grad
// "+=" because a number used twice (or more) gets a contribution from each use.

export type ValueLike = Value | number;

export class Value {
  /** The number itself. */
  data: number;
  /** d(the Value backward() was called on) / d(this); 0 until backward() runs. */
  grad = 0;
  /** The Values this one was computed from (empty for an input or a parameter). */
  readonly inputs: readonly Value[];
  /** d(this) / d(inputs[i]), worked out when this Value was made. */
  readonly localGrads: readonly number[];
  /** The operation that made this Value ('+', '*', 'tanh', ...), or '' for a leaf; for printing. */
  readonly op: string;

  constructor(data: number, inputs: readonly Value[] = [], localGrads: readonly number[] = [], op = '') {
    // A reader's code can make a Value by hand (chapter 7): this sentence is also in the jsErrors catalogue
    // (valueLocalGrads), which words it in the page's language.
    if (inputs.length !== localGrads.length) {
      throw new TypeError(`a Value made from ${inputs.length} input(s) needs ${inputs.length} local derivative(s), got ${localGrads.length}`);
    }
    this.data = data;
    this.inputs = inputs;
    this.localGrads = localGrads;
    this.op = op;
  }

  add(other: ValueLike): Value {
    const b = toValue(other);
    return new Value(this.data + b.data, [this, b], [1, 1], '+'); // d(a+b)/da = 1, d(a+b)/db = 1
  }

  mul(other: ValueLike): Value {
    const b = toValue(other);
    return new Value(this.data * b.data, [this, b], [b.data, this.data], '*'); // d(ab)/da = b, d(ab)/db = a
  }

  /** this^n for a plain number n (not a Value). */
  pow(n: number): Value {
    return new Value(this.data ** n, [this], [n * this.data ** (n - 1)], `^${n}`); // d(a^n)/da = n a^(n-1)
  }

  exp(): Value {
    const e = Math.exp(this.data);
    return new Value(e, [this], [e], 'exp'); // d(e^a)/da = e^a
  }

  log(): Value {
    return new Value(Math.log(this.data), [this], [1 / this.data], 'log'); // d(ln a)/da = 1/a
  }

  tanh(): Value {
    const t = Math.tanh(this.data);
    return new Value(t, [this], [1 - t * t], 'tanh'); // d(tanh a)/da = 1 − tanh²(a)
  }

  sigmoid(): Value {
    const s = this.data >= 0 ? 1 / (1 + Math.exp(-this.data)) : Math.exp(this.data) / (1 + Math.exp(this.data));
    return new Value(s, [this], [s * (1 - s)], 'sigmoid'); // dσ(a)/da = σ(a)(1 − σ(a))
  }

  relu(): Value {
    return new Value(Math.max(0, this.data), [this], [this.data > 0 ? 1 : 0], 'relu'); // 1 where a > 0, else 0
  }

  // The rest are made from the operations above, so they need no derivative of their own.
  neg(): Value {
    return this.mul(-1);
  }

  sub(other: ValueLike): Value {
    return this.add(toValue(other).neg());
  }

  div(other: ValueLike): Value {
    return this.mul(toValue(other).pow(-1));
  }

  /**
   * Adds d(this)/d(v) to v.grad for every Value v this one depends on. Values made by the forward pass are
   * new, so their grads start at 0; parameters live on, so their grads add up over calls (as in micrograd
   * and PyTorch): set them back to 0 (zeroGrad) before each backward pass of a training loop.
   */
  backward(): void {
    const order = topologicalOrder(this);
    this.grad = 1; // d(this)/d(this)
    // From the end back to the start: each Value passes its grad on to its inputs (the chain rule).
    for (let k = order.length - 1; k >= 0; k--) {
      const v = order[k]!;
      v.inputs.forEach((input, i) => {
        input.grad += v.localGrads[i]! * v.grad;
      });
    }
  }

  toString(): string {
    return `Value(data=${round(this.data)}, grad=${round(this.grad)})`;
  }
}

function toValue(x: ValueLike): Value {
  if (x instanceof Value) return x;
  if (typeof x !== 'number') throw new TypeError(`a Value can be combined with a number or another Value, not ${typeof x}`);
  return new Value(x);
}

/** Every Value `root` depends on, each after all of its inputs (root last). No recursion: deep graphs are fine. */
export function topologicalOrder(root: Value): Value[] {
  const order: Value[] = [];
  const seen = new Set<Value>([root]);
  const stack: Array<{ value: Value; next: number }> = [{ value: root, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const input = top.value.inputs[top.next++];
    if (input === undefined) {
      order.push(top.value);
      stack.pop();
    } else if (!seen.has(input)) {
      seen.add(input);
      stack.push({ value: input, next: 0 });
    }
  }
  return order;
}

/** Sets .grad of these Values to 0 (before the next backward pass of a training loop). */
export function zeroGrad(values: Iterable<Value>): void {
  for (const v of values) v.grad = 0;
}

function round(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x);
}
