// Writes src/cells/api/data/digits-1500.bin, the handwritten digits a code cell loads with digits():
// 1,200 training digits (the first of the course's 8,000/2,000 split with seed 1) and 300 test digits (the
// first of its 2,000 held-out ones), from the `mnist` package (MNIST by Yann LeCun, Corinna Cortes and
// Christopher J. C. Burges). Layout, all bytes: [1,500 labels][1,500 × 784 pixels, 0..255 = ink 0..1],
// training digits first. At 1.18 MB it is over the service worker's precache limit, so it is fetched (and
// then kept for offline use) only when a reader's cell asks for digits.
// Run: node_modules/.bin/node scripts/make-cell-digits.ts
import { writeFileSync } from 'node:fs';
import { loadMnist } from '../src/engine/data/mnist.ts';

export const TRAIN = 1200;
export const TEST = 300;
const PIXELS = 784;

const { train, test } = loadMnist(1);
const total = TRAIN + TEST;
const bytes = new Uint8Array(total * (1 + PIXELS));
const put = (set: typeof train, from: number, count: number, at: number) => {
  for (let k = 0; k < count; k++) {
    bytes[at + k] = set.labels[from + k]!;
    for (let p = 0; p < PIXELS; p++) bytes[total + (at + k) * PIXELS + p] = Math.round(set.inputs[(from + k) * PIXELS + p]! * 255);
  }
};
put(train, 0, TRAIN, 0);
put(test, 0, TEST, TRAIN);
writeFileSync(new URL('../src/cells/api/data/digits-1500.bin', import.meta.url), bytes);
console.log(`wrote src/cells/api/data/digits-1500.bin: ${bytes.length} bytes`);
