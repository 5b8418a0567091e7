// nn101's float32 WebAssembly kernels (AssemblyScript, compiled with SIMD by scripts/build-wasm.mjs).
//
// One instance per network. The TypeScript side (src/engine/wasm/layout.ts) lays out the network in this
// instance's linear memory, above __heap_base, and describes it in a table of i32/f32 slots; every export
// takes that table's address, so a whole train step (forward, loss, backward, penalty, optimiser update)
// is one call with no arguments to marshal.
//
// Activations are stored feature-major: a layer's buffer is [units x S], S = the batch rounded up to a
// multiple of 4, so each unit's values for consecutive examples are contiguous and the kernels use f32x4
// over the batch. Every example's value is computed in the same order whatever its position in the batch
// (bias first, then inputs in order), so a result never depends on the batch it was computed in.
// Padding lanes (b >= n) hold finite values and their output gradients are 0, so they add nothing.
//
// The slot numbers below must match src/engine/wasm/layout.ts.

// Header slots (i32 unless marked f32).
const H_LAYERS = 0; // number of layers (hidden + output)
const H_N = 1; // examples in the batch
const H_S = 2; // row stride in floats, a multiple of 4, >= n
const H_LOSS = 3; // 0 mse, 1 binaryCrossEntropy, 2 softmaxCrossEntropy
const H_OPT = 4; // 0 sgd, 1 momentum, 2 adam
const H_RNG = 5; // mulberry32 state of the dropout stream (u32)
const H_X = 6; // inputs, feature-major [inputs x S]
const H_T = 7; // targets, feature-major [outputs x S]
const H_RAWX = 8; // inputs as given, row-major [n x inputs]
const H_RAWT = 9; // targets as given, row-major [n x outputs]
const H_P = 10; // all parameters, contiguous (per layer: weights then biases, each padded to 4 floats)
const H_G = 11; // gradients, same layout as H_P
const H_M = 12; // optimiser slot 1 (momentum velocity / adam first moment), same layout
const H_V = 13; // optimiser slot 2 (adam second moment), same layout
const H_NP = 14; // length of the parameter block in floats (a multiple of 4)
const H_INPUTS = 15; // number of inputs
const F_LR = 16; // f32 learning rate of this step
const F_L1 = 17; // f32
const F_L2 = 18; // f32
const F_MU = 19; // f32 momentum
const F_B1 = 20; // f32 adam beta1
const F_B2 = 21; // f32 adam beta2
const F_EPS = 22; // f32 adam epsilon
const F_BC1 = 23; // f32 1 - beta1^t
const F_BC2 = 24; // f32 1 - beta2^t
const F_LEAKY = 25; // f32 leakyRelu slope
const H_RESET = 26; // 1: zero the optimiser slots before this update (the optimiser kind changed)
const LAYER0 = 32; // first layer record
const LAYER_SLOTS = 16;
// Layer record slots.
const L_IN = 0; // nIn
const L_OUT = 1; // nOut
const L_ACT = 2; // 0 linear, 1 step, 2 sigmoid, 3 tanh, 4 relu, 5 leakyRelu, 6 softmax
const L_W = 3; // weights [nIn x nOut] row-major (inside H_P)
const L_B = 4; // biases [nOut]
const L_DW = 5; // weight gradients (inside H_G)
const L_DB = 6;
const L_Z = 7; // pre-activations [nOut x S]
const L_H = 8; // activations before dropout [nOut x S]
const L_A = 9; // activations after dropout (== L_H when the layer has no dropout)
const L_MASK = 10; // dropout mask [nOut x S] (0 or 1/(1-p)); 0 when no dropout
const L_DA = 11; // dL/da [nOut x S] (hidden layers)
const L_DZ = 12; // dL/dz [nOut x S]
const L_PREV = 13; // this layer's input activations (H_X or the previous layer's L_A)
const L_KEEP = 14; // f32 1/(1-p), the value of a kept unit's mask
const F64_AREA = 512; // f64 area from i32 slot 512 (byte 2048): f64 slot l = dropout rate p of layer l

// @ts-ignore: decorator
@inline function gi(t: usize, slot: i32): i32 {
  return load<i32>(t + (<usize>slot << 2));
}
// @ts-ignore: decorator
@inline function gp(t: usize, slot: i32): usize {
  return <usize>load<u32>(t + (<usize>slot << 2));
}
// @ts-ignore: decorator
@inline function gf(t: usize, slot: i32): f32 {
  return load<f32>(t + (<usize>slot << 2));
}
// @ts-ignore: decorator
@inline function layer(t: usize, l: i32): usize {
  return t + (<usize>(LAYER0 + l * LAYER_SLOTS) << 2);
}
// @ts-ignore: decorator
@inline function dropoutRate(t: usize, l: i32): f64 {
  return load<f64>(t + (<usize>F64_AREA << 2) + (<usize>l << 3));
}

export function heapBase(): usize {
  return __heap_base;
}

// ---- mulberry32, exactly as src/engine/rng.ts ----
let rngState: u32 = 0;
function nextU32(): u32 {
  rngState += 0x6d2b79f5;
  let t = rngState;
  t = (t ^ (t >>> 15)) * (t | 1);
  t ^= t + (t ^ (t >>> 7)) * (t | 61);
  return t ^ (t >>> 14);
}

// ---- vector maths ----
// exp for f32x4 (Cephes expf: range reduction by ln 2, degree-5 polynomial; ~1 ulp on [-87, 88]).
// pmin/pmax are single instructions (min/max carry NaN fix-ups); a NaN input still comes out NaN.
// Rounding x·log2(e) to an integer uses the 1.5·2^23 trick: adding it leaves the rounded integer in the
// low mantissa bits, which also gives the exponent for 2^n without a float-to-int conversion.
// @ts-ignore: decorator
@inline function expV(x0: v128): v128 {
  const x1 = f32x4.pmin(f32x4.pmax(x0, f32x4.splat(-87.3)), f32x4.splat(88.3));
  const magic = f32x4.splat(12582912.0);
  const shifted = f32x4.add(f32x4.mul(x1, f32x4.splat(1.44269504088896341)), magic);
  const fx = f32x4.sub(shifted, magic);
  let x = f32x4.sub(x1, f32x4.mul(fx, f32x4.splat(0.693359375)));
  x = f32x4.sub(x, f32x4.mul(fx, f32x4.splat(-2.12194440e-4)));
  const z = f32x4.mul(x, x);
  let y = f32x4.splat(1.9875691500e-4);
  y = f32x4.add(f32x4.mul(y, x), f32x4.splat(1.3981999507e-3));
  y = f32x4.add(f32x4.mul(y, x), f32x4.splat(8.3334519073e-3));
  y = f32x4.add(f32x4.mul(y, x), f32x4.splat(4.1665795894e-2));
  y = f32x4.add(f32x4.mul(y, x), f32x4.splat(1.6666665459e-1));
  y = f32x4.add(f32x4.mul(y, x), f32x4.splat(5.0000001201e-1));
  y = f32x4.add(f32x4.add(f32x4.mul(y, z), x), f32x4.splat(1.0));
  // 2^n, n in [-126, 127]: (n + 127) << 23, with n = bits(shifted) - bits(magic)
  const pow2 = i32x4.shl(i32x4.add(shifted, i32x4.splat(127 - 0x4b400000)), 23);
  return f32x4.mul(y, pow2);
}

// tanh for f32x4: a rational approximation of degree 13/6 on x clamped to ±7.9053 (where tanh rounds to
// ±1 in float32), as in Eigen's fast float tanh. Measured against Math.tanh: relative error ≤ 3.3e-7.
// No exp and no branch, so it costs about a third of the exp-based form.
// @ts-ignore: decorator
@inline function tanhV(x0: v128): v128 {
  const x = f32x4.pmin(f32x4.pmax(x0, f32x4.splat(-7.90531110763549805)), f32x4.splat(7.90531110763549805));
  const x2 = f32x4.mul(x, x);
  let p = f32x4.splat(-2.76076847742355e-16);
  p = f32x4.add(f32x4.mul(p, x2), f32x4.splat(2.00018790482477e-13));
  p = f32x4.add(f32x4.mul(p, x2), f32x4.splat(-8.60467152213735e-11));
  p = f32x4.add(f32x4.mul(p, x2), f32x4.splat(5.12229709037114e-8));
  p = f32x4.add(f32x4.mul(p, x2), f32x4.splat(1.48572235717979e-5));
  p = f32x4.add(f32x4.mul(p, x2), f32x4.splat(6.37261928875436e-4));
  p = f32x4.add(f32x4.mul(p, x2), f32x4.splat(4.89352455891786e-3));
  p = f32x4.mul(p, x);
  let q = f32x4.splat(1.19825839466702e-6);
  q = f32x4.add(f32x4.mul(q, x2), f32x4.splat(1.18534705686654e-4));
  q = f32x4.add(f32x4.mul(q, x2), f32x4.splat(2.26843463243900e-3));
  q = f32x4.add(f32x4.mul(q, x2), f32x4.splat(4.89352518554385e-3));
  return f32x4.div(p, q);
}

// Stable sigmoid for f32x4: e = e^{-|z|}; z >= 0: 1/(1+e), z < 0: e/(1+e).
// @ts-ignore: decorator
@inline function sigmoidV(x: v128): v128 {
  const e = expV(f32x4.neg(f32x4.abs(x)));
  const p = f32x4.div(f32x4.splat(1.0), f32x4.add(f32x4.splat(1.0), e));
  return v128.bitselect(p, f32x4.mul(e, p), f32x4.ge(x, f32x4.splat(0.0)));
}

// Scalar exp with the same polynomial (one lane), so softmax agrees with the vector paths' style.
function expS(x: f32): f32 {
  return f32x4.extract_lane(expV(f32x4.splat(x)), 0);
}

// ---- dense layer: Z[j, :] = b_j + sum_i W[i, j] * A[i, :] ----
function denseForward(A: usize, W: usize, bias: usize, Z: usize, nIn: i32, nOut: i32, S: i32): void {
  const rowA = <usize>S << 2;
  const rowW = <usize>nOut << 2;
  let j = 0;
  for (; j + 4 <= nOut; j += 4) {
    const bv = v128.load(bias + (<usize>j << 2));
    const b0 = f32x4.shuffle(bv, bv, 0, 0, 0, 0);
    const b1 = f32x4.shuffle(bv, bv, 1, 1, 1, 1);
    const b2 = f32x4.shuffle(bv, bv, 2, 2, 2, 2);
    const b3 = f32x4.shuffle(bv, bv, 3, 3, 3, 3);
    const z0 = Z + <usize>j * rowA;
    let b = 0;
    for (; b + 8 <= S; b += 8) {
      let c00 = b0, c01 = b0, c10 = b1, c11 = b1, c20 = b2, c21 = b2, c30 = b3, c31 = b3;
      let pa = A + (<usize>b << 2);
      let pw = W + (<usize>j << 2);
      for (let i = 0; i < nIn; i++) {
        const a0 = v128.load(pa);
        const a1 = v128.load(pa, 16);
        const w = v128.load(pw);
        const w0 = f32x4.shuffle(w, w, 0, 0, 0, 0);
        const w1 = f32x4.shuffle(w, w, 1, 1, 1, 1);
        const w2 = f32x4.shuffle(w, w, 2, 2, 2, 2);
        const w3 = f32x4.shuffle(w, w, 3, 3, 3, 3);
        c00 = f32x4.add(c00, f32x4.mul(a0, w0));
        c01 = f32x4.add(c01, f32x4.mul(a1, w0));
        c10 = f32x4.add(c10, f32x4.mul(a0, w1));
        c11 = f32x4.add(c11, f32x4.mul(a1, w1));
        c20 = f32x4.add(c20, f32x4.mul(a0, w2));
        c21 = f32x4.add(c21, f32x4.mul(a1, w2));
        c30 = f32x4.add(c30, f32x4.mul(a0, w3));
        c31 = f32x4.add(c31, f32x4.mul(a1, w3));
        pa += rowA;
        pw += rowW;
      }
      const pz = z0 + (<usize>b << 2);
      v128.store(pz, c00);
      v128.store(pz, c01, 16);
      v128.store(pz + rowA, c10);
      v128.store(pz + rowA, c11, 16);
      v128.store(pz + 2 * rowA, c20);
      v128.store(pz + 2 * rowA, c21, 16);
      v128.store(pz + 3 * rowA, c30);
      v128.store(pz + 3 * rowA, c31, 16);
    }
    for (; b < S; b += 4) {
      let c0 = b0, c1 = b1, c2 = b2, c3 = b3;
      let pa = A + (<usize>b << 2);
      let pw = W + (<usize>j << 2);
      for (let i = 0; i < nIn; i++) {
        const a0 = v128.load(pa);
        const w = v128.load(pw);
        c0 = f32x4.add(c0, f32x4.mul(a0, f32x4.shuffle(w, w, 0, 0, 0, 0)));
        c1 = f32x4.add(c1, f32x4.mul(a0, f32x4.shuffle(w, w, 1, 1, 1, 1)));
        c2 = f32x4.add(c2, f32x4.mul(a0, f32x4.shuffle(w, w, 2, 2, 2, 2)));
        c3 = f32x4.add(c3, f32x4.mul(a0, f32x4.shuffle(w, w, 3, 3, 3, 3)));
        pa += rowA;
        pw += rowW;
      }
      const pz = z0 + (<usize>b << 2);
      v128.store(pz, c0);
      v128.store(pz + rowA, c1);
      v128.store(pz + 2 * rowA, c2);
      v128.store(pz + 3 * rowA, c3);
    }
  }
  for (; j < nOut; j++) {
    const bj = f32x4.splat(load<f32>(bias + (<usize>j << 2)));
    const z0 = Z + <usize>j * rowA;
    let b = 0;
    for (; b + 16 <= S; b += 16) {
      let c0 = bj, c1 = bj, c2 = bj, c3 = bj;
      let pa = A + (<usize>b << 2);
      let pw = W + (<usize>j << 2);
      for (let i = 0; i < nIn; i++) {
        const w = f32x4.splat(load<f32>(pw));
        c0 = f32x4.add(c0, f32x4.mul(v128.load(pa), w));
        c1 = f32x4.add(c1, f32x4.mul(v128.load(pa, 16), w));
        c2 = f32x4.add(c2, f32x4.mul(v128.load(pa, 32), w));
        c3 = f32x4.add(c3, f32x4.mul(v128.load(pa, 48), w));
        pa += rowA;
        pw += rowW;
      }
      const pz = z0 + (<usize>b << 2);
      v128.store(pz, c0);
      v128.store(pz, c1, 16);
      v128.store(pz, c2, 32);
      v128.store(pz, c3, 48);
    }
    for (; b < S; b += 4) {
      let c0 = bj;
      let pa = A + (<usize>b << 2);
      let pw = W + (<usize>j << 2);
      for (let i = 0; i < nIn; i++) {
        c0 = f32x4.add(c0, f32x4.mul(v128.load(pa), f32x4.splat(load<f32>(pw))));
        pa += rowA;
        pw += rowW;
      }
      v128.store(z0 + (<usize>b << 2), c0);
    }
  }
}

// ---- dA_prev[i, :] = sum_j W[i, j] * DZ[j, :] ----
function denseBackInput(DZ: usize, W: usize, DA: usize, nIn: i32, nOut: i32, S: i32): void {
  const rowS = <usize>S << 2;
  const rowW = <usize>nOut << 2;
  const zero = f32x4.splat(0);
  let i = 0;
  for (; i + 4 <= nIn; i += 4) {
    const w0p = W + <usize>i * rowW;
    const d0 = DA + <usize>i * rowS;
    let b = 0;
    for (; b + 8 <= S; b += 8) {
      let c00 = zero, c01 = zero, c10 = zero, c11 = zero, c20 = zero, c21 = zero, c30 = zero, c31 = zero;
      let pd = DZ + (<usize>b << 2);
      let pw = w0p;
      for (let j = 0; j < nOut; j++) {
        const g0 = v128.load(pd);
        const g1 = v128.load(pd, 16);
        const w0 = f32x4.splat(load<f32>(pw));
        const w1 = f32x4.splat(load<f32>(pw + rowW));
        const w2 = f32x4.splat(load<f32>(pw + 2 * rowW));
        const w3 = f32x4.splat(load<f32>(pw + 3 * rowW));
        c00 = f32x4.add(c00, f32x4.mul(g0, w0));
        c01 = f32x4.add(c01, f32x4.mul(g1, w0));
        c10 = f32x4.add(c10, f32x4.mul(g0, w1));
        c11 = f32x4.add(c11, f32x4.mul(g1, w1));
        c20 = f32x4.add(c20, f32x4.mul(g0, w2));
        c21 = f32x4.add(c21, f32x4.mul(g1, w2));
        c30 = f32x4.add(c30, f32x4.mul(g0, w3));
        c31 = f32x4.add(c31, f32x4.mul(g1, w3));
        pd += rowS;
        pw += 4;
      }
      const pz = d0 + (<usize>b << 2);
      v128.store(pz, c00);
      v128.store(pz, c01, 16);
      v128.store(pz + rowS, c10);
      v128.store(pz + rowS, c11, 16);
      v128.store(pz + 2 * rowS, c20);
      v128.store(pz + 2 * rowS, c21, 16);
      v128.store(pz + 3 * rowS, c30);
      v128.store(pz + 3 * rowS, c31, 16);
    }
    for (; b < S; b += 4) {
      let c0 = zero, c1 = zero, c2 = zero, c3 = zero;
      let pd = DZ + (<usize>b << 2);
      let pw = w0p;
      for (let j = 0; j < nOut; j++) {
        const g0 = v128.load(pd);
        c0 = f32x4.add(c0, f32x4.mul(g0, f32x4.splat(load<f32>(pw))));
        c1 = f32x4.add(c1, f32x4.mul(g0, f32x4.splat(load<f32>(pw + rowW))));
        c2 = f32x4.add(c2, f32x4.mul(g0, f32x4.splat(load<f32>(pw + 2 * rowW))));
        c3 = f32x4.add(c3, f32x4.mul(g0, f32x4.splat(load<f32>(pw + 3 * rowW))));
        pd += rowS;
        pw += 4;
      }
      const pz = d0 + (<usize>b << 2);
      v128.store(pz, c0);
      v128.store(pz + rowS, c1);
      v128.store(pz + 2 * rowS, c2);
      v128.store(pz + 3 * rowS, c3);
    }
  }
  for (; i < nIn; i++) {
    const w0p = W + <usize>i * rowW;
    const d0 = DA + <usize>i * rowS;
    for (let b = 0; b < S; b += 4) {
      let c0 = zero;
      let pd = DZ + (<usize>b << 2);
      let pw = w0p;
      for (let j = 0; j < nOut; j++) {
        c0 = f32x4.add(c0, f32x4.mul(v128.load(pd), f32x4.splat(load<f32>(pw))));
        pd += rowS;
        pw += 4;
      }
      v128.store(d0 + (<usize>b << 2), c0);
    }
  }
}

// @ts-ignore: decorator
@inline function hsum(v: v128): f32 {
  return f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1) + (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3));
}

// ---- dW[i, j] = sum_b A[i, b] * DZ[j, b];  db[j] = sum_b DZ[j, b] ----
function denseBackWeights(A: usize, DZ: usize, dW: usize, db: usize, nIn: i32, nOut: i32, S: i32): void {
  const rowS = <usize>S << 2;
  const rowW = <usize>nOut << 2;
  const zero = f32x4.splat(0);
  for (let j = 0; j < nOut; j++) {
    const pd = DZ + <usize>j * rowS;
    let c = zero;
    for (let b = 0; b < S; b += 4) c = f32x4.add(c, v128.load(pd + (<usize>b << 2)));
    store<f32>(db + (<usize>j << 2), hsum(c));
  }
  let i = 0;
  for (; i + 2 <= nIn; i += 2) {
    const pa0 = A + <usize>i * rowS;
    const pa1 = pa0 + rowS;
    let j = 0;
    for (; j + 4 <= nOut; j += 4) {
      const pd0 = DZ + <usize>j * rowS;
      let c00 = zero, c01 = zero, c02 = zero, c03 = zero, c10 = zero, c11 = zero, c12 = zero, c13 = zero;
      for (let b = 0; b < S; b += 4) {
        const o = <usize>b << 2;
        const a0 = v128.load(pa0 + o);
        const a1 = v128.load(pa1 + o);
        const g0 = v128.load(pd0 + o);
        const g1 = v128.load(pd0 + rowS + o);
        const g2 = v128.load(pd0 + 2 * rowS + o);
        const g3 = v128.load(pd0 + 3 * rowS + o);
        c00 = f32x4.add(c00, f32x4.mul(a0, g0));
        c01 = f32x4.add(c01, f32x4.mul(a0, g1));
        c02 = f32x4.add(c02, f32x4.mul(a0, g2));
        c03 = f32x4.add(c03, f32x4.mul(a0, g3));
        c10 = f32x4.add(c10, f32x4.mul(a1, g0));
        c11 = f32x4.add(c11, f32x4.mul(a1, g1));
        c12 = f32x4.add(c12, f32x4.mul(a1, g2));
        c13 = f32x4.add(c13, f32x4.mul(a1, g3));
      }
      const w0 = dW + <usize>i * rowW + (<usize>j << 2);
      store<f32>(w0, hsum(c00));
      store<f32>(w0, hsum(c01), 4);
      store<f32>(w0, hsum(c02), 8);
      store<f32>(w0, hsum(c03), 12);
      store<f32>(w0 + rowW, hsum(c10));
      store<f32>(w0 + rowW, hsum(c11), 4);
      store<f32>(w0 + rowW, hsum(c12), 8);
      store<f32>(w0 + rowW, hsum(c13), 12);
    }
    for (; j < nOut; j++) {
      const pd = DZ + <usize>j * rowS;
      let c0 = zero, c1 = zero;
      for (let b = 0; b < S; b += 4) {
        const o = <usize>b << 2;
        const g = v128.load(pd + o);
        c0 = f32x4.add(c0, f32x4.mul(v128.load(pa0 + o), g));
        c1 = f32x4.add(c1, f32x4.mul(v128.load(pa1 + o), g));
      }
      const w0 = dW + <usize>i * rowW + (<usize>j << 2);
      store<f32>(w0, hsum(c0));
      store<f32>(w0 + rowW, hsum(c1));
    }
  }
  for (; i < nIn; i++) {
    const pa = A + <usize>i * rowS;
    for (let j = 0; j < nOut; j++) {
      const pd = DZ + <usize>j * rowS;
      let c = zero;
      for (let b = 0; b < S; b += 4) {
        const o = <usize>b << 2;
        c = f32x4.add(c, f32x4.mul(v128.load(pa + o), v128.load(pd + o)));
      }
      store<f32>(dW + <usize>i * rowW + (<usize>j << 2), hsum(c));
    }
  }
}

// ---- activations over a whole [units x S] buffer ----
function activate(act: i32, Z: usize, H: usize, count: i32, slope: f32): void {
  const end = Z + (<usize>count << 2);
  const d = H - Z;
  if (act == 0) {
    memory.copy(H, Z, <usize>count << 2);
  } else if (act == 1) {
    const one = f32x4.splat(1), zero = f32x4.splat(0);
    for (let p = Z; p < end; p += 16) v128.store(p + d, v128.bitselect(one, zero, f32x4.ge(v128.load(p), zero)));
  } else if (act == 2) {
    for (let p = Z; p < end; p += 16) v128.store(p + d, sigmoidV(v128.load(p)));
  } else if (act == 3) {
    for (let p = Z; p < end; p += 16) v128.store(p + d, tanhV(v128.load(p)));
  } else if (act == 4) {
    const zero = f32x4.splat(0);
    for (let p = Z; p < end; p += 16) {
      const z = v128.load(p);
      v128.store(p + d, v128.bitselect(z, zero, f32x4.gt(z, zero)));
    }
  } else if (act == 5) {
    const zero = f32x4.splat(0), s = f32x4.splat(slope);
    for (let p = Z; p < end; p += 16) {
      const z = v128.load(p);
      v128.store(p + d, v128.bitselect(z, f32x4.mul(z, s), f32x4.gt(z, zero)));
    }
  }
}

// Softmax down each column b < n of a [units x S] buffer (stable: subtracts the column max).
function softmaxColumns(Z: usize, H: usize, units: i32, n: i32, S: i32): void {
  const row = <usize>S << 2;
  for (let b = 0; b < n; b++) {
    const zb = Z + (<usize>b << 2);
    const hb = H + (<usize>b << 2);
    let max = load<f32>(zb);
    for (let k = 1; k < units; k++) max = Mathf.max(max, load<f32>(zb + <usize>k * row));
    let sum: f32 = 0;
    for (let k = 0; k < units; k++) {
      const e = expS(load<f32>(zb + <usize>k * row) - max);
      store<f32>(hb + <usize>k * row, e);
      sum += e;
    }
    const inv: f32 = 1 / sum;
    for (let k = 0; k < units; k++) store<f32>(hb + <usize>k * row, load<f32>(hb + <usize>k * row) * inv);
  }
  for (let b = n; b < S; b++) {
    for (let k = 0; k < units; k++) store<f32>(H + <usize>k * row + (<usize>b << 2), 0);
  }
}

/** Forward pass over the first `layers` layers; with `training`, hidden layers with dropout draw masks. */
export function forward(t: usize, layers: i32, training: i32): void {
  const n = gi(t, H_N);
  const S = gi(t, H_S);
  const slope = gf(t, F_LEAKY);
  if (training) rngState = <u32>gi(t, H_RNG);
  for (let l = 0; l < layers; l++) {
    const L = layer(t, l);
    const nIn = gi(L, L_IN), nOut = gi(L, L_OUT), act = gi(L, L_ACT);
    const Z = gp(L, L_Z), H = gp(L, L_H), A = gp(L, L_A);
    denseForward(gp(L, L_PREV), gp(L, L_W), gp(L, L_B), Z, nIn, nOut, S);
    if (act == 6) softmaxColumns(Z, H, nOut, n, S);
    else activate(act, Z, H, nOut * S, slope);
    if (A != H) {
      // a dropout layer: A = H * mask while training, A = H otherwise
      const M = gp(L, L_MASK);
      const row = <usize>S << 2;
      if (training) {
        const p = dropoutRate(t, l);
        const keep = gf(L, L_KEEP);
        for (let b = 0; b < S; b++) {
          for (let j = 0; j < nOut; j++) {
            let m: f32 = 0;
            if (b < n) {
              const u = <f64>nextU32() / 4294967296.0;
              m = u >= p ? keep : 0;
            }
            store<f32>(M + <usize>j * row + (<usize>b << 2), m);
          }
        }
        const end = <usize>(nOut * S) << 2;
        for (let o: usize = 0; o < end; o += 16) v128.store(A + o, f32x4.mul(v128.load(H + o), v128.load(M + o)));
      } else {
        memory.copy(A, H, <usize>(nOut * S) << 2);
      }
    }
  }
  if (training) store<u32>(t + (<usize>H_RNG << 2), rngState);
}

/** Sum over the batch's n examples of the per-example data loss, in f64. */
export function lossSum(t: usize): f64 {
  const n = gi(t, H_N);
  const S = gi(t, H_S);
  const nl = gi(t, H_LAYERS);
  const L = layer(t, nl - 1);
  const k = gi(L, L_OUT);
  const Z = gp(L, L_Z), A = gp(L, L_A), T = gp(t, H_T);
  const row = <usize>S << 2;
  const kind = gi(t, H_LOSS);
  let sum: f64 = 0;
  for (let b = 0; b < n; b++) {
    const o = <usize>b << 2;
    if (kind == 0) {
      for (let j = 0; j < k; j++) {
        const d = <f64>load<f32>(A + <usize>j * row + o) - <f64>load<f32>(T + <usize>j * row + o);
        sum += 0.5 * d * d;
      }
    } else if (kind == 1) {
      for (let j = 0; j < k; j++) {
        const z = <f64>load<f32>(Z + <usize>j * row + o);
        const y = <f64>load<f32>(T + <usize>j * row + o);
        sum += Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
      }
    } else {
      let max = -Infinity;
      for (let j = 0; j < k; j++) max = Math.max(max, <f64>load<f32>(Z + <usize>j * row + o));
      let s: f64 = 0, dot: f64 = 0;
      for (let j = 0; j < k; j++) {
        const z = <f64>load<f32>(Z + <usize>j * row + o);
        s += Math.exp(z - max);
        dot += <f64>load<f32>(T + <usize>j * row + o) * z;
      }
      sum += max + Math.log(s) - dot;
    }
  }
  return sum;
}

/** l1 * sum|w| + l2/2 * sum w^2 over every layer's weights, in f64. */
export function penalty(t: usize): f64 {
  const l1 = <f64>gf(t, F_L1), l2 = <f64>gf(t, F_L2);
  if (l1 == 0 && l2 == 0) return 0;
  const nl = gi(t, H_LAYERS);
  let abs: f64 = 0, sq: f64 = 0;
  for (let l = 0; l < nl; l++) {
    const L = layer(t, l);
    const W = gp(L, L_W);
    const count = gi(L, L_IN) * gi(L, L_OUT);
    for (let q = 0; q < count; q++) {
      const w = <f64>load<f32>(W + (<usize>q << 2));
      abs += Math.abs(w);
      sq += w * w;
    }
  }
  return l1 * abs + 0.5 * l2 * sq;
}

// dZ = dA * f'(z) in place over [units x S] (h is the activation before dropout).
function activationGrad(act: i32, Z: usize, H: usize, D: usize, count: i32, slope: f32): void {
  const end = <usize>count << 2;
  const zero = f32x4.splat(0), one = f32x4.splat(1);
  if (act == 2) {
    for (let o: usize = 0; o < end; o += 16) {
      const h = v128.load(H + o);
      v128.store(D + o, f32x4.mul(v128.load(D + o), f32x4.mul(h, f32x4.sub(one, h))));
    }
  } else if (act == 3) {
    for (let o: usize = 0; o < end; o += 16) {
      const h = v128.load(H + o);
      v128.store(D + o, f32x4.mul(v128.load(D + o), f32x4.sub(one, f32x4.mul(h, h))));
    }
  } else if (act == 4) {
    for (let o: usize = 0; o < end; o += 16) {
      v128.store(D + o, v128.bitselect(v128.load(D + o), zero, f32x4.gt(v128.load(Z + o), zero)));
    }
  } else if (act == 5) {
    const s = f32x4.splat(slope);
    for (let o: usize = 0; o < end; o += 16) {
      const dv = v128.load(D + o);
      v128.store(D + o, v128.bitselect(dv, f32x4.mul(dv, s), f32x4.gt(v128.load(Z + o), zero)));
    }
  }
  // linear: unchanged. step and softmax never reach here (step refuses to train; softmax is folded into the loss).
}

/**
 * Backward pass: fills every layer's dW, db (gradients of the batch-mean loss plus the penalty).
 * `training` must match the forward pass: only then do dropout masks gate the gradients.
 */
export function backward(t: usize, training: i32): void {
  const n = gi(t, H_N);
  const S = gi(t, H_S);
  const nl = gi(t, H_LAYERS);
  const slope = gf(t, F_LEAKY);
  const row = <usize>S << 2;
  const invN: f32 = <f32>(1.0 / <f64>n);
  // output layer: dZ = (a - t) / n for the cross-entropies (from logits) and for mse before f'
  {
    const L = layer(t, nl - 1);
    const k = gi(L, L_OUT);
    const A = gp(L, L_A), T = gp(t, H_T), DZ = gp(L, L_DZ);
    for (let j = 0; j < k; j++) {
      for (let b = 0; b < S; b++) {
        const o = <usize>j * row + (<usize>b << 2);
        store<f32>(DZ + o, b < n ? (load<f32>(A + o) - load<f32>(T + o)) * invN : 0);
      }
    }
    if (gi(t, H_LOSS) == 0) activationGrad(gi(L, L_ACT), gp(L, L_Z), gp(L, L_H), DZ, k * S, slope);
  }
  const l1 = gf(t, F_L1), l2 = gf(t, F_L2);
  for (let l = nl - 1; l >= 0; l--) {
    const L = layer(t, l);
    const nIn = gi(L, L_IN), nOut = gi(L, L_OUT);
    const DZ = gp(L, L_DZ);
    if (l < nl - 1) {
      // dZ = dA (* mask) * f'(z)
      const DA = gp(L, L_DA);
      const count = nOut * S;
      if (training && gp(L, L_A) != gp(L, L_H)) {
        const M = gp(L, L_MASK);
        for (let o: usize = 0; o < (<usize>count << 2); o += 16) v128.store(DZ + o, f32x4.mul(v128.load(DA + o), v128.load(M + o)));
      } else {
        memory.copy(DZ, DA, <usize>count << 2);
      }
      activationGrad(gi(L, L_ACT), gp(L, L_Z), gp(L, L_H), DZ, count, slope);
    }
    const W = gp(L, L_W), dW = gp(L, L_DW);
    denseBackWeights(gp(L, L_PREV), DZ, dW, gp(L, L_DB), nIn, nOut, S);
    if (l1 != 0 || l2 != 0) {
      const count = nIn * nOut;
      for (let q = 0; q < count; q++) {
        const o = <usize>q << 2;
        const w = load<f32>(W + o);
        const sign: f32 = w > 0 ? 1 : w < 0 ? -1 : 0;
        store<f32>(dW + o, load<f32>(dW + o) + (l1 * sign + l2 * w));
      }
    }
    if (l > 0) denseBackInput(DZ, W, gp(layer(t, l - 1), L_DA), nIn, nOut, S);
  }
}

/** One optimiser step over the whole parameter block. */
export function update(t: usize): void {
  const P = gp(t, H_P), G = gp(t, H_G), M = gp(t, H_M), V = gp(t, H_V);
  const end = <usize>gi(t, H_NP) << 2;
  const lr = f32x4.splat(gf(t, F_LR));
  const kind = gi(t, H_OPT);
  if (kind == 0) {
    for (let o: usize = 0; o < end; o += 16) v128.store(P + o, f32x4.sub(v128.load(P + o), f32x4.mul(lr, v128.load(G + o))));
  } else if (kind == 1) {
    const mu = f32x4.splat(gf(t, F_MU));
    for (let o: usize = 0; o < end; o += 16) {
      const v = f32x4.add(f32x4.mul(mu, v128.load(M + o)), v128.load(G + o));
      v128.store(M + o, v);
      v128.store(P + o, f32x4.sub(v128.load(P + o), f32x4.mul(lr, v)));
    }
  } else {
    const b1 = f32x4.splat(gf(t, F_B1)), b2 = f32x4.splat(gf(t, F_B2));
    const c1 = f32x4.splat(<f32>1 - gf(t, F_B1)), c2 = f32x4.splat(<f32>1 - gf(t, F_B2));
    const bc1 = f32x4.splat(gf(t, F_BC1)), bc2 = f32x4.splat(gf(t, F_BC2));
    const eps = f32x4.splat(gf(t, F_EPS));
    for (let o: usize = 0; o < end; o += 16) {
      const g = v128.load(G + o);
      const m = f32x4.add(f32x4.mul(b1, v128.load(M + o)), f32x4.mul(c1, g));
      const v = f32x4.add(f32x4.mul(b2, v128.load(V + o)), f32x4.mul(c2, f32x4.mul(g, g)));
      v128.store(M + o, m);
      v128.store(V + o, v);
      const step = f32x4.div(f32x4.mul(lr, f32x4.div(m, bc1)), f32x4.add(f32x4.sqrt(f32x4.div(v, bc2)), eps));
      v128.store(P + o, f32x4.sub(v128.load(P + o), step));
    }
  }
}

/** Copies the row-major batch (H_RAWX, H_RAWT) into the feature-major buffers, zeroing padding lanes. */
export function loadBatch(t: usize, withTargets: i32): void {
  const n = gi(t, H_N);
  const S = gi(t, H_S);
  transpose(gp(t, H_RAWX), gp(t, H_X), n, gi(t, H_INPUTS), S);
  if (withTargets) {
    const nl = gi(t, H_LAYERS);
    transpose(gp(t, H_RAWT), gp(t, H_T), n, gi(layer(t, nl - 1), L_OUT), S);
  }
}

function transpose(src: usize, dst: usize, n: i32, k: i32, S: i32): void {
  const row = <usize>S << 2;
  for (let j = 0; j < k; j++) {
    const d = dst + <usize>j * row;
    let s = src + (<usize>j << 2);
    const stride = <usize>k << 2;
    for (let b = 0; b < n; b++) {
      store<f32>(d + (<usize>b << 2), load<f32>(s));
      s += stride;
    }
    for (let b = n; b < S; b++) store<f32>(d + (<usize>b << 2), 0);
  }
}

/** A whole training step on the batch in H_RAWX/H_RAWT; returns the batch loss before the step. */
export function trainStep(t: usize): f64 {
  loadBatch(t, 1);
  forward(t, gi(t, H_LAYERS), 1);
  const loss = lossSum(t) / <f64>gi(t, H_N) + penalty(t);
  // A non-finite loss is returned for the trainer to report; the parameters stay as they were.
  if (!isFinite(loss)) return loss;
  backward(t, 1);
  if (gi(t, H_RESET)) {
    const bytes = <usize>gi(t, H_NP) << 2;
    memory.fill(gp(t, H_M), 0, bytes);
    memory.fill(gp(t, H_V), 0, bytes);
  }
  update(t);
  return loss;
}

/** Loss and gradients without changing parameters (dropout off). */
export function gradients(t: usize): f64 {
  loadBatch(t, 1);
  forward(t, gi(t, H_LAYERS), 0);
  const loss = lossSum(t) / <f64>gi(t, H_N) + penalty(t);
  backward(t, 0);
  return loss;
}

/** 1 when some parameter is NaN or ±Infinity (p * 0 is NaN exactly then, and never overflows). */
export function hasNonFiniteParameter(t: usize): i32 {
  const P = gp(t, H_P);
  const end = <usize>gi(t, H_NP) << 2;
  const zero = f32x4.splat(0);
  let c = zero;
  for (let o: usize = 0; o < end; o += 16) c = f32x4.add(c, f32x4.mul(v128.load(P + o), zero));
  const s = hsum(c);
  return s != s ? 1 : 0;
}
