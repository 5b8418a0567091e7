// digits() reads the data file the site serves (made by scripts/make-cell-digits.ts) and gives the same
// digits, labels and split as the course's MNIST loader, to within the file's 8-bit rounding.

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnist } from '../../engine/data/mnist.ts';
import { INSPECT } from '../contract.ts';
import { DIGITS_TEST, DIGITS_TRAIN, digits, setDigitBytesLoader } from './digits.ts';

const file = fileURLToPath(new URL('./data/digits-1500.bin', import.meta.url));

describe('digits()', () => {
  beforeAll(() => setDigitBytesLoader(async () => new Uint8Array(await readFile(file))));

  it('gives the first training and test digits of the course’s split (seed 1)', async () => {
    const { train, test } = await digits();
    const mnist = loadMnist(1);
    expect(train.n).toBe(DIGITS_TRAIN);
    expect(test.n).toBe(DIGITS_TEST);
    for (const [mine, theirs, k] of [[train, mnist.train, 0], [train, mnist.train, 1199], [test, mnist.test, 0], [test, mnist.test, 299]] as const) {
      expect(mine.labels[k]).toBe(theirs.labels[k]);
      expect(mine.targets[k]![theirs.labels[k]!]).toBe(1);
      const pixels = theirs.inputs.subarray(k * 784, (k + 1) * 784);
      mine.inputs[k]!.forEach((v, p) => expect(Math.abs(v - pixels[p]!)).toBeLessThanOrEqual(0.5 / 255 + 1e-6));
    }
    expect((train as unknown as { [INSPECT]: () => string })[INSPECT]()).toMatch(/^digits \(MNIST\): 1,200 examples of 784 numbers, 10 classes/);
  });

  it('gives fewer on request and refuses more than it has', async () => {
    const { train, test } = await digits({ train: 100, test: 20 });
    expect([train.n, test.n]).toEqual([100, 20]);
    await expect(digits({ train: 5000 })).rejects.toThrow('digits() has 1 to 1200 digits of that kind; asked for 5000.');
  });

  it('says why when the file cannot be loaded, and tries again next time', async () => {
    // A failed request (fetch rejects: no connection) and a file of the wrong size, worded by the catalogue.
    setDigitBytesLoader(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(digits()).rejects.toThrow('The digits could not be loaded (no connection, and the digit file is not saved on this device yet).');
    setDigitBytesLoader(async () => new Uint8Array(12));
    await expect(digits()).rejects.toThrow('The digits could not be loaded (the file has 12 bytes, not the expected size).');
    setDigitBytesLoader(async () => new Uint8Array(await readFile(file)));
    expect((await digits({ test: 1 })).test.n).toBe(1);
  });
});
