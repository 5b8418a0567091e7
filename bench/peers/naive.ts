// The baseline every ratio in the bench is measured against: the MLP a careful person would write in
// plain TypeScript. Float32Array weights and buffers allocated once, per-example forward and backward
// loops, gradients accumulated over the batch, then one SGD update. No SIMD, no tricks.

export type NaiveActivation = 'tanh' | 'relu' | 'linear' | 'softmax';

export class NaiveMLP {
  readonly sizes: number[];
  private readonly acts: NaiveActivation[];
  private readonly w: Float32Array[];
  private readonly b: Float32Array[];
  private readonly gw: Float32Array[];
  private readonly gb: Float32Array[];
  private readonly a: Float32Array[]; // a[0] = input, a[l + 1] = activation of layer l
  private readonly d: Float32Array[]; // dL/dz per layer

  constructor(sizes: number[], acts: NaiveActivation[], seed = 1) {
    this.sizes = sizes;
    this.acts = acts;
    let s = seed >>> 0;
    const rand = (): number => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 4294967296 - 0.5;
    };
    this.w = [];
    this.b = [];
    this.gw = [];
    this.gb = [];
    this.a = [new Float32Array(sizes[0]!)];
    this.d = [];
    for (let l = 0; l + 1 < sizes.length; l++) {
      const nIn = sizes[l]!;
      const nOut = sizes[l + 1]!;
      const scale = Math.sqrt(6 / (nIn + nOut));
      this.w.push(new Float32Array(nIn * nOut).map(() => rand() * scale));
      this.b.push(new Float32Array(nOut));
      this.gw.push(new Float32Array(nIn * nOut));
      this.gb.push(new Float32Array(nOut));
      this.a.push(new Float32Array(nOut));
      this.d.push(new Float32Array(nOut));
    }
  }

  /** Forward pass of one example (input row `at` of `inputs`); returns the output activations. */
  forward(inputs: Float32Array, at: number): Float32Array {
    const sizes = this.sizes;
    const a0 = this.a[0]!;
    for (let i = 0; i < sizes[0]!; i++) a0[i] = inputs[at + i]!;
    for (let l = 0; l + 1 < sizes.length; l++) {
      const nIn = sizes[l]!;
      const nOut = sizes[l + 1]!;
      const prev = this.a[l]!;
      const out = this.a[l + 1]!;
      const w = this.w[l]!;
      const b = this.b[l]!;
      for (let j = 0; j < nOut; j++) {
        let z = b[j]!;
        for (let i = 0; i < nIn; i++) z += prev[i]! * w[i * nOut + j]!;
        out[j] = z;
      }
      const act = this.acts[l];
      if (act === 'tanh') for (let j = 0; j < nOut; j++) out[j] = Math.tanh(out[j]!);
      else if (act === 'relu') for (let j = 0; j < nOut; j++) out[j] = out[j]! > 0 ? out[j]! : 0;
      else if (act === 'softmax') {
        let max = -Infinity;
        for (let j = 0; j < nOut; j++) max = Math.max(max, out[j]!);
        let sum = 0;
        for (let j = 0; j < nOut; j++) sum += out[j] = Math.exp(out[j]! - max);
        for (let j = 0; j < nOut; j++) out[j]! /= sum;
      }
    }
    return this.a[sizes.length - 1]!;
  }

  /** One SGD step on n examples; squared loss, or cross-entropy when the output is softmax. */
  trainStep(inputs: Float32Array, targets: Float32Array, n: number, lr: number): void {
    const sizes = this.sizes;
    const L = sizes.length - 1;
    const k = sizes[L]!;
    for (let l = 0; l < L; l++) {
      this.gw[l]!.fill(0);
      this.gb[l]!.fill(0);
    }
    for (let e = 0; e < n; e++) {
      const out = this.forward(inputs, e * sizes[0]!);
      const dOut = this.d[L - 1]!;
      const act = this.acts[L - 1];
      for (let j = 0; j < k; j++) {
        const g = out[j]! - targets[e * k + j]!;
        dOut[j] = act === 'tanh' ? g * (1 - out[j]! * out[j]!) : act === 'relu' ? (out[j]! > 0 ? g : 0) : g;
      }
      for (let l = L - 1; l >= 0; l--) {
        const nIn = sizes[l]!;
        const nOut = sizes[l + 1]!;
        const prev = this.a[l]!;
        const d = this.d[l]!;
        const w = this.w[l]!;
        const gw = this.gw[l]!;
        const gb = this.gb[l]!;
        for (let i = 0; i < nIn; i++) {
          const ai = prev[i]!;
          for (let j = 0; j < nOut; j++) gw[i * nOut + j]! += ai * d[j]!;
        }
        for (let j = 0; j < nOut; j++) gb[j]! += d[j]!;
        if (l === 0) break;
        const dPrev = this.d[l - 1]!;
        const actPrev = this.acts[l - 1];
        for (let i = 0; i < nIn; i++) {
          let s = 0;
          for (let j = 0; j < nOut; j++) s += w[i * nOut + j]! * d[j]!;
          const a = prev[i]!;
          dPrev[i] = actPrev === 'tanh' ? s * (1 - a * a) : actPrev === 'relu' ? (a > 0 ? s : 0) : s;
        }
      }
    }
    const scale = lr / n;
    for (let l = 0; l < L; l++) {
      const w = this.w[l]!;
      const gw = this.gw[l]!;
      for (let q = 0; q < w.length; q++) w[q]! -= scale * gw[q]!;
      const b = this.b[l]!;
      const gb = this.gb[l]!;
      for (let q = 0; q < b.length; q++) b[q]! -= scale * gb[q]!;
    }
  }
}
