// The float32 WebAssembly `Network`: the same contract and semantics as the float64 reference
// (src/engine/reference/network.ts), computed by the SIMD kernels in assembly/index.ts.
// Each network owns one instance of the compiled module, so its memory is its own and is freed with it.
// The JS side validates, copies a batch into the instance's memory with one typed-array `set`, and makes
// one call per train step; everything else (forward, loss, backward, penalty, optimiser) runs in WASM.

import { initialParameters, layerSizesOf } from '../init.ts';
import { featureValue } from '../features.ts';
import { planGrid, type GridPlan } from '../grid.ts';
import { LOSSES } from '../losses.ts';
import { accuracyOf } from '../metrics.ts';
import { deriveSeed } from '../rng.ts';
import { restoreSavedNetwork, savedNetwork } from '../saved-network.ts';
import { learningRateAt } from '../schedules.ts';
import { validateTrainingState, type TrainingState } from '../training-state.ts';
import type {
  Dataset,
  Gradients,
  GridOptions,
  Network,
  NetworkSpec,
  Optimizer,
  Parameters,
  SerializedNetwork,
  Trace,
  TrainConfig,
  UnitGridOptions,
} from '../types.ts';
import {
  requireTrainable,
  validateBatch,
  validateConfig,
  validateDataset,
  validateEpoch,
  validateInputs,
  validateParameters,
  validatePenalty,
  validateSpec,
} from '../validate.ts';
import * as K from './layout.ts';

interface Kernels {
  memory: WebAssembly.Memory;
  heapBase(): number;
  forward(t: number, layers: number, training: number): void;
  lossSum(t: number): number;
  penalty(t: number): number;
  backward(t: number, training: number): void;
  loadBatch(t: number, withTargets: number): void;
  trainStep(t: number): number;
  gradients(t: number): number;
  hasNonFiniteParameter(t: number): number;
}

const SGD: Optimizer = { kind: 'sgd' };
/** Prediction and grid chunks keep the batch region near this size (bytes), so it stays in cache. */
const CHUNK_BYTES = 1 << 20;

export class WasmNetwork implements Network {
  readonly spec: NetworkSpec;
  readonly layerSizes: readonly number[];
  private readonly k: Kernels;
  private readonly params: K.ParameterPlan;
  private batch: K.BatchPlan;
  private f32!: Float32Array;
  private i32!: Int32Array;
  private f64!: Float64Array;
  private readonly t: number;
  private readonly dropout: boolean[];
  private readonly hasDropout: boolean;
  private readonly chunk: number;
  /** Optimiser kind and step count once a step has been taken (undefined: slots start fresh). */
  private opt: { kind: Optimizer['kind']; step: number } | undefined;
  /** True once the dropout stream exists (its state lives in the table's H_RNG slot). */
  private rngStarted = false;

  constructor(module: WebAssembly.Module, spec: NetworkSpec) {
    this.spec = structuredClone(spec);
    this.layerSizes = layerSizesOf(spec);
    this.k = new WebAssembly.Instance(module, {}).exports as unknown as Kernels;
    const sizes = this.layerSizes;
    this.dropout = spec.layers.map((layer) => (layer.dropout ?? 0) > 0);
    this.hasDropout = this.dropout.some(Boolean);
    this.params = K.planParameters(this.k.heapBase(), sizes);
    this.t = this.params.table;
    const perExample = K.batchBytesPerExample(sizes, this.dropout);
    this.chunk = Math.max(4, Math.min(4096, Math.floor(CHUNK_BYTES / perExample) & ~3));
    this.batch = K.planBatch(this.params.end, sizes, this.dropout, 16);
    this.ensureMemory(this.batch.end);
    this.writeStaticTable();
    this.writeBatchTable();
  }

  // ---- memory and table ----

  private ensureMemory(bytes: number): void {
    const memory = this.k.memory;
    const have = memory.buffer.byteLength;
    if (bytes > have) {
      try {
        memory.grow(Math.ceil((bytes - have) / 65536));
      } catch {
        throw new Error(
          `this network needs ${Math.ceil(bytes / 2 ** 20)} MB of WebAssembly memory for a batch this large, more than the browser allows here; use a smaller batch or a smaller network`,
        );
      }
    }
    if (!this.f32 || this.f32.buffer !== memory.buffer) {
      this.f32 = new Float32Array(memory.buffer);
      this.i32 = new Int32Array(memory.buffer);
      this.f64 = new Float64Array(memory.buffer);
    }
  }

  private slot(s: number): number {
    return (this.t >> 2) + s;
  }

  private layerSlot(l: number, s: number): number {
    return (this.t >> 2) + K.LAYER0 + l * K.LAYER_SLOTS + s;
  }

  private writeStaticTable(): void {
    const { i32, f32, params: P, spec } = this;
    const sizes = this.layerSizes;
    i32[this.slot(K.H_LAYERS)] = spec.layers.length;
    i32[this.slot(K.H_LOSS)] = K.LOSS_CODES[spec.loss];
    i32[this.slot(K.H_P)] = P.p;
    i32[this.slot(K.H_G)] = P.g;
    i32[this.slot(K.H_M)] = P.m;
    i32[this.slot(K.H_V)] = P.v;
    i32[this.slot(K.H_NP)] = P.count;
    i32[this.slot(K.H_INPUTS)] = spec.inputs;
    f32[this.slot(K.F_LEAKY)] = spec.leakySlope ?? 0.01;
    spec.layers.forEach((layer, l) => {
      i32[this.layerSlot(l, K.L_IN)] = sizes[l]!;
      i32[this.layerSlot(l, K.L_OUT)] = sizes[l + 1]!;
      i32[this.layerSlot(l, K.L_ACT)] = K.ACTIVATION_CODES[layer.activation];
      i32[this.layerSlot(l, K.L_W)] = P.p + P.layers[l]!.w;
      i32[this.layerSlot(l, K.L_B)] = P.p + P.layers[l]!.b;
      i32[this.layerSlot(l, K.L_DW)] = P.g + P.layers[l]!.w;
      i32[this.layerSlot(l, K.L_DB)] = P.g + P.layers[l]!.b;
      const p = layer.dropout ?? 0;
      f32[this.layerSlot(l, K.L_KEEP)] = p > 0 ? 1 / (1 - p) : 1;
      this.f64[(this.t >> 3) + K.F64_AREA / 2 + l] = p;
    });
    this.writeParameters(initialParameters(spec));
  }

  private writeBatchTable(): void {
    const { i32, batch: B } = this;
    i32[this.slot(K.H_X)] = B.x;
    i32[this.slot(K.H_T)] = B.t;
    i32[this.slot(K.H_RAWX)] = B.rawX;
    i32[this.slot(K.H_RAWT)] = B.rawT;
    B.layers.forEach((buffers, l) => {
      i32[this.layerSlot(l, K.L_Z)] = buffers.z;
      i32[this.layerSlot(l, K.L_H)] = buffers.h;
      i32[this.layerSlot(l, K.L_A)] = buffers.a;
      i32[this.layerSlot(l, K.L_MASK)] = buffers.mask;
      i32[this.layerSlot(l, K.L_DA)] = buffers.da;
      i32[this.layerSlot(l, K.L_DZ)] = buffers.dz;
      i32[this.layerSlot(l, K.L_PREV)] = l === 0 ? B.x : B.layers[l - 1]!.a;
    });
  }

  /** Makes room for n examples and sets the batch size n and stride S in the table. */
  private setBatchSize(n: number): number {
    const S = K.roundUp4(n);
    if (S > this.batch.capacity) {
      this.batch = K.planBatch(this.params.end, this.layerSizes, this.dropout, Math.max(S, this.batch.capacity * 2));
      this.ensureMemory(this.batch.end);
      this.writeBatchTable();
    }
    this.i32[this.slot(K.H_N)] = n;
    this.i32[this.slot(K.H_S)] = S;
    return S;
  }

  private writeParameters(p: Parameters): void {
    const { f32, params: P } = this;
    P.layers.forEach((at, l) => {
      f32.set(p.weights[l]!, (P.p + at.w) >> 2);
      f32.set(p.biases[l]!, (P.p + at.b) >> 2);
    });
  }

  /** Reads a parameter-shaped block (P, G, M or V) as number arrays. */
  private readBlock(base: number): Parameters {
    const sizes = this.layerSizes;
    const weights: number[][] = [];
    const biases: number[][] = [];
    this.params.layers.forEach((at, l) => {
      const w = (base + at.w) >> 2;
      const b = (base + at.b) >> 2;
      weights.push(Array.from(this.f32.subarray(w, w + sizes[l]! * sizes[l + 1]!)));
      biases.push(Array.from(this.f32.subarray(b, b + sizes[l + 1]!)));
    });
    return { weights, biases };
  }

  private get outputs(): number {
    return this.layerSizes[this.layerSizes.length - 1]!;
  }

  /** Copies n row-major examples into the instance and transposes them for the kernels. */
  private load(inputs: ArrayLike<number>, targets: ArrayLike<number> | undefined, n: number): number {
    const S = this.setBatchSize(n);
    this.f32.set(inputs as ArrayLike<number>, this.batch.rawX >> 2);
    if (targets) this.f32.set(targets, this.batch.rawT >> 2);
    this.k.loadBatch(this.t, targets ? 1 : 0);
    return S;
  }

  /** Row j of layer l's buffer (Z, H or A), examples 0..n-1. */
  private row(address: number, j: number, S: number, n: number): Float32Array {
    const at = (address >> 2) + j * S;
    return this.f32.subarray(at, at + n);
  }

  // ---- Network ----

  predict(inputs: ArrayLike<number>, n: number): Float32Array {
    validateInputs(inputs, n, this.spec.inputs);
    const k = this.outputs;
    const d = this.spec.inputs;
    const out = new Float32Array(n * k);
    const last = this.spec.layers.length - 1;
    for (let from = 0; from < n; from += this.chunk) {
      const m = Math.min(this.chunk, n - from);
      const part = typeof (inputs as Float32Array).subarray === 'function'
        ? (inputs as Float32Array).subarray(from * d, (from + m) * d)
        : Array.prototype.slice.call(inputs, from * d, (from + m) * d);
      const S = this.load(part, undefined, m);
      this.k.forward(this.t, this.spec.layers.length, 0);
      const a = this.batch.layers[last]!.a >> 2;
      const f32 = this.f32;
      for (let j = 0; j < k; j++) {
        const row = a + j * S;
        for (let b = 0; b < m; b++) out[(from + b) * k + j] = f32[row + b]!;
      }
    }
    return out;
  }

  trace(input: ArrayLike<number>): Trace {
    validateInputs(input, 1, this.spec.inputs);
    const S = this.load(input, undefined, 1);
    this.k.forward(this.t, this.spec.layers.length, 0);
    const z: number[][] = [];
    const a: number[][] = [];
    this.batch.layers.forEach((buffers, l) => {
      const units = this.layerSizes[l + 1]!;
      z.push(Array.from({ length: units }, (_, j) => this.f32[(buffers.z >> 2) + j * S]!));
      a.push(Array.from({ length: units }, (_, j) => this.f32[(buffers.a >> 2) + j * S]!));
    });
    return { z, a };
  }

  gradients(inputs: ArrayLike<number>, targets: ArrayLike<number>, n: number, penalty: { l1?: number; l2?: number } = {}): Gradients {
    requireTrainable(this.spec);
    validatePenalty(penalty);
    validateBatch(inputs, targets, n, this.spec.inputs, this.outputs);
    this.setBatchSize(n);
    this.f32.set(inputs, this.batch.rawX >> 2);
    this.f32.set(targets, this.batch.rawT >> 2);
    this.f32[this.slot(K.F_L1)] = penalty.l1 ?? 0;
    this.f32[this.slot(K.F_L2)] = penalty.l2 ?? 0;
    const loss = this.k.gradients(this.t);
    const S = K.roundUp4(n);
    const { weights: dWeights, biases: dBiases } = this.readBlock(this.params.g);
    const last = this.spec.layers.length - 1;
    const dActivations = this.batch.layers.map((buffers, l) => {
      const units = this.layerSizes[l + 1]!;
      const sums = new Array<number>(units).fill(0);
      if (l < last) {
        // DA holds dL/da of the batch-mean loss, so its sum over the batch is the mean of dL/da per example.
        for (let j = 0; j < units; j++) {
          const row = this.row(buffers.da, j, S, n);
          let s = 0;
          for (let b = 0; b < n; b++) s += row[b]!;
          sums[j] = s;
        }
      } else {
        const loss = LOSSES[this.spec.loss];
        const a = new Array<number>(units);
        const t = new Array<number>(units);
        for (let b = 0; b < n; b++) {
          for (let j = 0; j < units; j++) {
            a[j] = this.f32[(buffers.a >> 2) + j * S + b]!;
            t[j] = targets[b * units + j]!;
          }
          const g = loss.activationGradient(a, t);
          for (let j = 0; j < units; j++) sums[j]! += g[j]!;
        }
        for (let j = 0; j < units; j++) sums[j]! /= n;
      }
      return sums;
    });
    const layerNorms = dWeights.map((g) => Math.sqrt(g.reduce((s, v) => s + v * v, 0)));
    return { loss, dWeights, dBiases, dActivations, layerNorms };
  }

  trainStep(inputs: ArrayLike<number>, targets: ArrayLike<number>, n: number, config: TrainConfig, epoch = 0): number {
    requireTrainable(this.spec);
    validateConfig(config);
    validateEpoch(epoch);
    validateBatch(inputs, targets, n, this.spec.inputs, this.outputs);
    this.setBatchSize(n);
    const f32 = this.f32;
    f32.set(inputs, this.batch.rawX >> 2);
    f32.set(targets, this.batch.rawT >> 2);
    if (this.hasDropout && !this.rngStarted) {
      this.i32[this.slot(K.H_RNG)] = deriveSeed(config.seed ?? 1, 2) | 0;
      this.rngStarted = true;
    }
    const optimizer = config.optimizer ?? SGD;
    const fresh = this.opt === undefined || this.opt.kind !== optimizer.kind;
    const step = fresh ? 1 : this.opt!.step + 1;
    const i32 = this.i32;
    const t = this.t >> 2;
    i32[t + K.H_OPT] = K.OPTIMIZER_CODES[optimizer.kind];
    i32[t + K.H_RESET] = fresh ? 1 : 0;
    f32[t + K.F_LR] = learningRateAt(config, epoch);
    f32[t + K.F_L1] = config.l1 ?? 0;
    f32[t + K.F_L2] = config.l2 ?? 0;
    if (optimizer.kind === 'momentum') {
      f32[t + K.F_MU] = optimizer.momentum ?? 0.9;
    } else if (optimizer.kind === 'adam') {
      const beta1 = optimizer.beta1 ?? 0.9;
      const beta2 = optimizer.beta2 ?? 0.999;
      f32[t + K.F_B1] = beta1;
      f32[t + K.F_B2] = beta2;
      f32[t + K.F_EPS] = optimizer.epsilon ?? 1e-8;
      f32[t + K.F_BC1] = 1 - beta1 ** step;
      f32[t + K.F_BC2] = 1 - beta2 ** step;
    }
    const loss = this.k.trainStep(this.t);
    // Like the reference: a non-finite loss leaves the parameters and the optimiser state untouched.
    if (Number.isFinite(loss)) this.opt = { kind: optimizer.kind, step };
    return loss;
  }

  /** False when some parameter is NaN or ±Infinity: one SIMD pass, the trainer's divergence check (trainer.ts). */
  parametersAreFinite(): boolean {
    return this.k.hasNonFiniteParameter(this.t) === 0;
  }

  evaluate(data: Dataset): { loss: number; accuracy?: number } {
    validateDataset(data, this.spec.inputs, this.outputs);
    const k = this.outputs;
    const d = this.spec.inputs;
    const outputs = new Float32Array(data.n * k);
    const last = this.spec.layers.length - 1;
    let loss = 0;
    for (let from = 0; from < data.n; from += this.chunk) {
      const m = Math.min(this.chunk, data.n - from);
      const S = this.load(data.inputs.subarray(from * d, (from + m) * d), data.targets.subarray(from * k, (from + m) * k), m);
      this.k.forward(this.t, this.spec.layers.length, 0);
      loss += this.k.lossSum(this.t);
      const a = this.batch.layers[last]!.a >> 2;
      for (let j = 0; j < k; j++) {
        for (let b = 0; b < m; b++) outputs[(from + b) * k + j] = this.f32[a + j * S + b]!;
      }
    }
    const accuracy = accuracyOf(this.spec, outputs, data.targets, data.n);
    return accuracy === undefined ? { loss: loss / data.n } : { loss: loss / data.n, accuracy };
  }

  evaluateGrid(options: GridOptions): Float32Array {
    const plan = planGrid(options, this.spec);
    const out = new Float32Array(plan.size * plan.size);
    this.sampleGrid(plan, plan.layer + 1, (from, S, m) => out.set(this.row(this.batch.layers[plan.layer]!.a, plan.index, S, m), from));
    return out;
  }

  evaluateUnitGrids(options: UnitGridOptions): Float32Array[][] {
    const plan = planGrid(options, this.spec);
    const total = plan.size * plan.size;
    const grids = this.spec.layers.map((l) => Array.from({ length: l.units }, () => new Float32Array(total)));
    // One forward pass through every layer per chunk of pixels gives every unit's activation at once.
    this.sampleGrid(plan, this.spec.layers.length, (from, S, m) => grids.forEach((layer, l) => layer.forEach((grid, j) => grid.set(this.row(this.batch.layers[l]!.a, j, S, m), from))));
    return grids;
  }

  /** Runs the grid's pixels forward through `layers` layers, chunk by chunk; `take` reads each chunk's results. */
  private sampleGrid(plan: GridPlan, layers: number, take: (from: number, S: number, m: number) => void): void {
    const { size, features, x1At, x2At } = plan;
    const total = size * size;
    // Every feature is a function of the column's x1 or the row's x2 (or their product), so compute
    // each once per column / row rather than once per pixel (sin especially).
    const names = features ?? (['x1', 'x2'] as const);
    const byColumn = new Map<string, Float64Array>();
    const byRow = new Map<string, Float64Array>();
    for (const name of ['x1', 'x1Squared', 'sinX1'] as const) {
      byColumn.set(name, Float64Array.from({ length: size }, (_, col) => featureValue(name, x1At(col), 0)));
    }
    for (const name of ['x2', 'x2Squared', 'sinX2'] as const) {
      byRow.set(name, Float64Array.from({ length: size }, (_, row) => featureValue(name, 0, x2At(row))));
    }
    const x1s = byColumn.get('x1')!;
    const x2s = byRow.get('x2')!;
    for (let from = 0; from < total; from += this.chunk) {
      const m = Math.min(this.chunk, total - from);
      const S = this.setBatchSize(m);
      const f32 = this.f32;
      const x = this.batch.x >> 2;
      names.forEach((name, f) => {
        const at = x + f * S;
        const column = byColumn.get(name);
        const row = byRow.get(name);
        let r = (from / size) | 0;
        let c = from - r * size;
        for (let p = 0; p < m; p++) {
          f32[at + p] = column ? column[c]! : row ? row[r]! : x1s[c]! * x2s[r]!; // the last: x1x2
          if (++c === size) {
            c = 0;
            r++;
          }
        }
        f32.fill(0, at + m, at + S);
      });
      this.k.forward(this.t, layers, 0);
      take(from, S, m);
    }
  }

  getParameters(): Parameters {
    return this.readBlock(this.params.p);
  }

  /** Replaces the weights; the optimiser state and the dropout stream start afresh (as in the reference). */
  setParameters(p: Parameters): void {
    validateParameters(p, this.layerSizes);
    this.writeParameters(p);
    this.opt = undefined;
    this.rngStarted = false;
  }

  toJSON(): SerializedNetwork {
    const json = savedNetwork(this.spec, this.getParameters());
    const dropoutRngState = this.rngStarted ? this.i32[this.slot(K.H_RNG)]! >>> 0 : undefined;
    if (this.opt || dropoutRngState !== undefined) {
      const state: TrainingState = { kind: this.opt?.kind ?? 'sgd', step: this.opt?.step ?? 0 };
      if (state.kind !== 'sgd') state.first = this.readBlock(this.params.m);
      if (state.kind === 'adam') state.second = this.readBlock(this.params.v);
      json.optimizerState = { ...state, dropoutRngState };
    }
    return json;
  }

  /** Used by networkFromJSON: resumes the optimiser slots and the dropout stream where they were. */
  restoreTrainingState(state: unknown): void {
    validateTrainingState(state, this.layerSizes);
    this.opt = { kind: state.kind, step: state.step };
    if (state.first) this.writeBlock(this.params.m, state.first);
    if (state.second) this.writeBlock(this.params.v, state.second);
    this.rngStarted = state.dropoutRngState !== undefined;
    if (this.rngStarted) this.i32[this.slot(K.H_RNG)] = state.dropoutRngState! | 0;
  }

  private writeBlock(base: number, p: Parameters): void {
    this.params.layers.forEach((at, l) => {
      this.f32.set(p.weights[l]!, (base + at.w) >> 2);
      this.f32.set(p.biases[l]!, (base + at.b) >> 2);
    });
  }
}

export function createWasmNetwork(module: WebAssembly.Module, spec: NetworkSpec): WasmNetwork {
  validateSpec(spec);
  return new WasmNetwork(module, spec);
}

export function wasmNetworkFromJSON(module: WebAssembly.Module, json: SerializedNetwork | string): WasmNetwork {
  return restoreSavedNetwork(json, (spec) => new WasmNetwork(module, spec));
}
