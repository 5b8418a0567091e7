// The engine's one pseudo-random number generator: mulberry32, a 32-bit state that gives the same
// stream in Node, the browser, and the AssemblyScript kernels (assembly/ mirrors this exactly).
// Everything random in the engine (initial weights, shuffling, dropout masks, data sets, augmentation)
// draws from a stream made here, so one seed reproduces a whole run bit for bit.

export interface Rng {
  /** Uniform in [0, 1), with 32 bits of resolution. */
  next(): number;
  /** Standard normal (Box-Muller, no caching, two uniforms per call). */
  normal(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** The current 32-bit state, to resume a stream later. */
  state(): number;
}

export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const nextU32 = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = () => nextU32() / 4294967296;
  return {
    next,
    normal() {
      const u = 1 - next(); // (0, 1]: log(u) is finite
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    int: (n) => Math.floor(next() * n),
    state: () => s,
  };
}

/** Derives independent sub-stream seeds from one seed (weights, shuffling, dropout, data...). */
export function deriveSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
