// Where a network lives in its WebAssembly instance's memory, and the table that tells the kernels.
// The slot numbers mirror the constants at the top of assembly/index.ts; change both together.
//
// Memory, from the first 16-byte boundary above the kernels' static data (__heap_base):
//   table (4 KiB: i32/f32 slots, then one f64 dropout rate per layer from byte 2048)
//   P  parameters: per layer, weights [nIn x nOut] row-major then biases [nOut], each padded to 4 floats
//   G  gradients, M and V optimiser slots: the same layout as P
//   batch region for a capacity of C examples (C a multiple of 4), re-planned when a batch needs more:
//   X [inputs x C], T [outputs x C] (feature-major), RAWX [C x inputs], RAWT [C x outputs] (row-major as given),
//   then per layer Z, H, A (dropout layers only), MASK (dropout layers only), DA, DZ, each [units x C].

export const H_LAYERS = 0;
export const H_N = 1;
export const H_S = 2;
export const H_LOSS = 3;
export const H_OPT = 4;
export const H_RNG = 5;
export const H_X = 6;
export const H_T = 7;
export const H_RAWX = 8;
export const H_RAWT = 9;
export const H_P = 10;
export const H_G = 11;
export const H_M = 12;
export const H_V = 13;
export const H_NP = 14;
export const H_INPUTS = 15;
export const F_LR = 16;
export const F_L1 = 17;
export const F_L2 = 18;
export const F_MU = 19;
export const F_B1 = 20;
export const F_B2 = 21;
export const F_EPS = 22;
export const F_BC1 = 23;
export const F_BC2 = 24;
export const F_LEAKY = 25;
export const H_RESET = 26;
export const LAYER0 = 32;
export const LAYER_SLOTS = 16;
export const L_IN = 0;
export const L_OUT = 1;
export const L_ACT = 2;
export const L_W = 3;
export const L_B = 4;
export const L_DW = 5;
export const L_DB = 6;
export const L_Z = 7;
export const L_H = 8;
export const L_A = 9;
export const L_MASK = 10;
export const L_DA = 11;
export const L_DZ = 12;
export const L_PREV = 13;
export const L_KEEP = 14;
export const F64_AREA = 512;
export const TABLE_BYTES = 4096;

export const ACTIVATION_CODES = { linear: 0, step: 1, sigmoid: 2, tanh: 3, relu: 4, leakyRelu: 5, softmax: 6 } as const;
export const LOSS_CODES = { mse: 0, binaryCrossEntropy: 1, softmaxCrossEntropy: 2 } as const;
export const OPTIMIZER_CODES = { sgd: 0, momentum: 1, adam: 2 } as const;

export const roundUp4 = (n: number): number => (n + 3) & ~3;

/** Byte addresses of one layer's parameters and gradients (G/M/V are at the same offsets from their bases). */
export interface LayerParams {
  w: number;
  b: number;
}

export interface ParameterPlan {
  table: number;
  /** Base addresses of P, G, M, V. */
  p: number;
  g: number;
  m: number;
  v: number;
  /** Floats in each block (a multiple of 4). */
  count: number;
  /** Per layer, byte offsets of weights and biases from the block base. */
  layers: LayerParams[];
  /** First byte after V: the batch region starts here. */
  end: number;
}

export function planParameters(heapBase: number, sizes: readonly number[]): ParameterPlan {
  const table = (heapBase + 15) & ~15;
  const layers: LayerParams[] = [];
  let offset = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const w = offset;
    offset += roundUp4(sizes[l]! * sizes[l + 1]!) * 4;
    const b = offset;
    offset += roundUp4(sizes[l + 1]!) * 4;
    layers.push({ w, b });
  }
  const p = table + TABLE_BYTES;
  return { table, p, g: p + offset, m: p + 2 * offset, v: p + 3 * offset, count: offset / 4, layers, end: p + 4 * offset };
}

export interface LayerBuffers {
  z: number;
  h: number;
  a: number;
  mask: number;
  da: number;
  dz: number;
}

export interface BatchPlan {
  capacity: number;
  x: number;
  t: number;
  rawX: number;
  rawT: number;
  layers: LayerBuffers[];
  end: number;
}

/** Batch buffers for `capacity` examples (a multiple of 4) from byte `start`; `dropout[l]` says whether layer l masks. */
export function planBatch(start: number, sizes: readonly number[], dropout: readonly boolean[], capacity: number): BatchPlan {
  let at = start;
  const take = (floats: number): number => {
    const address = at;
    at += roundUp4(floats) * 4;
    return address;
  };
  const inputs = sizes[0]!;
  const outputs = sizes[sizes.length - 1]!;
  const x = take(inputs * capacity);
  const t = take(outputs * capacity);
  const rawX = take(inputs * capacity);
  const rawT = take(outputs * capacity);
  const layers: LayerBuffers[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const units = sizes[l + 1]! * capacity;
    const z = take(units);
    const h = take(units);
    const a = dropout[l] ? take(units) : h;
    const mask = dropout[l] ? take(units) : 0;
    layers.push({ z, h, a, mask, da: take(units), dz: take(units) });
  }
  return { capacity, x, t, rawX, rawT, layers, end: at };
}

/** Bytes of batch region per example, to size prediction chunks. */
export function batchBytesPerExample(sizes: readonly number[], dropout: readonly boolean[]): number {
  let floats = 2 * (sizes[0]! + sizes[sizes.length - 1]!);
  for (let l = 0; l + 1 < sizes.length; l++) floats += sizes[l + 1]! * (dropout[l] ? 6 : 4);
  return floats * 4;
}
