// `npm run bench`: median throughput of nn101's WASM engine and its peers on the same workloads, in one
// process, contenders alternating round by round so drift (thermal, other load) hits all of them alike.
// Train workloads report examples/second (shuffled mini-batches gathered the same way for everyone);
// the grid workload reports 256x256 frames/second. Not a test: numbers vary by machine.
import { createRng } from '../src/engine/rng.ts';
import { CONTENDERS, type Runner } from './contenders.ts';
import { workloads, type Workload } from './workloads.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TRIAL_MS = Number(process.env.BENCH_TRIAL_MS ?? 300);
const only = process.env.BENCH_ONLY?.split(',');

/** Runs whole epochs' worth of shuffled batches for at least TRIAL_MS; returns examples per second. */
function trainTrial(w: Workload, runner: Runner, rng: ReturnType<typeof createRng>): number {
  const d = w.sizes[0]!;
  const k = w.sizes.at(-1)!;
  const order = new Int32Array(w.n).map((_, i) => i);
  const inputs = new Float32Array(w.batch * d);
  const targets = new Float32Array(w.batch * k);
  const indices = new Int32Array(w.batch);
  let examples = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = w.n - 1; i >= 1; i--) {
      const j = rng.int(i + 1);
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (let from = 0; from < w.n; from += w.batch) {
      const n = Math.min(w.batch, w.n - from);
      for (let b = 0; b < n; b++) {
        const e = order[from + b]!;
        indices[b] = e;
        inputs.set(w.inputs.subarray(e * d, (e + 1) * d), b * d);
        targets.set(w.targets.subarray(e * k, (e + 1) * k), b * k);
      }
      if (n === w.batch) runner.train(inputs, targets, n, indices);
      else runner.train(inputs.subarray(0, n * d), targets.subarray(0, n * k), n, indices);
      examples += n;
    }
    elapsed = performance.now() - start;
  } while (elapsed < TRIAL_MS);
  return (examples * 1000) / elapsed;
}

function gridTrial(runner: Runner): number {
  let frames = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    runner.frame();
    frames++;
    elapsed = performance.now() - start;
  } while (elapsed < TRIAL_MS);
  return (frames * 1000) / elapsed;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const contenders = CONTENDERS.filter((c) => !only || only.includes(c.name));
const results: Record<string, Record<string, number>> = {};
const started = performance.now();
for (const w of workloads()) {
  if (process.env.BENCH_WORKLOADS && !process.env.BENCH_WORKLOADS.split(',').includes(w.name)) continue;
  const runners = new Map<string, Runner & { activate?(): Promise<void> }>();
  for (const c of contenders) runners.set(c.name, await c.setup(w));
  const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const rng = createRng(1);
  for (let round = -1; round < ROUNDS; round++) {
    // rotate the order each round; round -1 is a warm-up (JIT, caches) and is not counted
    const turn = contenders.map((_, i) => contenders[(i + Math.max(round, 0)) % contenders.length]!);
    for (const c of turn) {
      const runner = runners.get(c.name)!;
      await runner.activate?.();
      const rate = w.kind === 'grid' ? gridTrial(runner) : trainTrial(w, runner, rng);
      if (round >= 0) samples.get(c.name)!.push(rate);
    }
  }
  results[w.name] = Object.fromEntries(contenders.map((c) => [c.name, median(samples.get(c.name)!)]));
}

const names = contenders.map((c) => c.name);
const unit = (w: string) => (w === 'grid' ? 'frames/s' : 'examples/s');
const cell = (v: number, base: number | undefined) => `${v.toPrecision(3)}${base ? ` (${(v / base).toFixed(2)}x)` : ''}`;
const rows = [['workload', ...names]];
for (const [w, r] of Object.entries(results)) rows.push([`${w} [${unit(w)}]`, ...names.map((n) => cell(r[n]!, r['naive-ts']))]);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
console.log(`(median of ${ROUNDS} alternating ${TRIAL_MS} ms trials; ratios against naive-ts; ${((performance.now() - started) / 1000).toFixed(0)} s)`);
console.log(JSON.stringify({ workloads: results }));
