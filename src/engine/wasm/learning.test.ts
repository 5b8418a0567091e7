// The WASM engine learns: the classic hard playground set and real handwritten digits, through the
// shared trainer, in a few seconds. Accuracy is measured on examples the network did not train on.
import { describe, expect, it } from 'vitest';
import { signedTargets, spirals, withTargets } from '../data/index.ts';
import { loadMnist } from '../data/mnist.ts';
import { createTrainer } from '../trainer.ts';
import { loadWasmEngine } from './index.ts';

describe('WASM engine learning', () => {
  it('a 2-8-8-1 tanh network separates two spirals (≥ 97% on points between the training points)', async () => {
    const engine = await loadWasmEngine();
    const asSigned = (n: number) => {
      const d = spirals({ n, seed: 1 });
      return withTargets(d, signedTargets(d.labels));
    };
    const train = asSigned(400);
    const held = asSigned(1000); // the same arms sampled at other positions
    const net = engine.createNetwork({
      inputs: 2,
      layers: [{ units: 8, activation: 'tanh' }, { units: 8, activation: 'tanh' }, { units: 1, activation: 'tanh' }],
      loss: 'mse',
      seed: 1,
    });
    const trainer = createTrainer(net, { train, config: { learningRate: 0.01, batchSize: 10, optimizer: { kind: 'adam' }, seed: 1 } });
    expect(trainer.runEpochs(1000).status).toBe('ok');
    expect(net.evaluate(train).accuracy).toBeGreaterThanOrEqual(0.97);
    expect(net.evaluate(held).accuracy).toBeGreaterThanOrEqual(0.97);
  });

  it('a 784-64-10 network reaches ≥ 90% on 2,000 held-out MNIST digits in 3 epochs', async () => {
    const engine = await loadWasmEngine();
    const { train, test } = loadMnist(1);
    const net = engine.createNetwork({
      inputs: 784,
      layers: [{ units: 64, activation: 'relu' }, { units: 10, activation: 'softmax' }],
      loss: 'softmaxCrossEntropy',
      seed: 1,
    });
    const trainer = createTrainer(net, { train, config: { learningRate: 0.001, batchSize: 32, optimizer: { kind: 'adam' }, seed: 1 } });
    expect(trainer.runEpochs(3).status).toBe('ok');
    const { accuracy } = net.evaluate(test);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
