// The engine reports why a run ended as data (TrainingEnd) beside its English log message; the catalogue
// words that data for the page. English must say exactly what the engine's message says, and Spanish the
// same numbers with a decimal comma.
import { describe, expect, it } from 'vitest';
import { circle, spirals } from '../engine/data/points.ts';
import { splitTrainTest } from '../engine/data/split.ts';
import { createReferenceNetwork } from '../engine/reference/network.ts';
import { createRun, type RunReport } from '../engine/run/run.ts';
import type { Dataset, NetworkSpec } from '../engine/types.ts';
import { catalogues } from './catalogues.ts';

const en = catalogues.en.trainingEnd;
const es = catalogues.es.trainingEnd;

function drain(advance: () => RunReport, limit = 2000): RunReport {
  let last = advance();
  for (let i = 0; i < limit && last.status === 'running'; i++) last = advance();
  return last;
}

describe('why a run ended, in words', () => {
  it('a NaN loss: the English words are the engine\'s message; Spanish names the same step and rates', () => {
    const spec: NetworkSpec = { inputs: 2, layers: [{ units: 1, activation: 'linear' }], loss: 'mse', seed: 1 };
    const big: Dataset = { n: 16, inputSize: 2, targetSize: 1, inputs: new Float32Array(32).map((_, i) => 1000 * (i % 3)), targets: new Float32Array(16).fill(1) };
    const run = createRun(createReferenceNetwork(spec), { train: big, config: { learningRate: 10, batchSize: 4 } });
    const report = drain(() => run.advance({ epochs: 1 }), 50);
    expect(report.status).toBe('diverged');
    expect(report.end?.kind).toBe('non-finite');
    expect(en.describe(report.end!)).toBe(report.message);
    expect(es.describe(report.end!)).toMatch(/^El entrenamiento divergió en el paso \d+ \(época \d+\): .*La tasa de aprendizaje 10 es probablemente demasiado alta; prueba una más pequeña \(por ejemplo, 1\)\.$/);
  });

  it('a finite blow-up (Adam at learning rate 10)', () => {
    const deep: NetworkSpec = { inputs: 2, layers: [{ units: 8, activation: 'tanh' }, { units: 8, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy', seed: 1 };
    const run = createRun(createReferenceNetwork(deep), { train: spirals({ n: 200, noise: 0.1, seed: 3 }), config: { learningRate: 10, batchSize: 10, optimizer: { kind: 'adam' } } });
    const report = drain(() => run.advance({ epochs: 1 }), 60);
    expect(report.end?.kind).toBe('blow-up');
    expect(en.describe(report.end!)).toBe(report.message);
    const spanish = es.describe(report.end!);
    expect(spanish).toMatch(/^El entrenamiento divergió hacia la época \d+: en las últimas 10 épocas, la pérdida de entrenamiento \(ahora \d+,\d{3}\) fue al menos la mitad de las veces más de 1,5 veces su valor antes de entrenar \(\d+,\d{3}\)\. La tasa de aprendizaje 10 es probablemente demasiado alta para Adam; prueba una más pequeña\.$/);
  });

  it('early stopping', () => {
    const spec: NetworkSpec = { inputs: 2, layers: [{ units: 6, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy', seed: 5 };
    const { train } = splitTrainTest(circle({ n: 120, noise: 0.3, seed: 2 }), 0.75, 4);
    const { train: fit, test: validation } = splitTrainTest(train, 0.8, 9);
    const run = createRun(createReferenceNetwork(spec), {
      train: fit, validation, config: { learningRate: 0.3, batchSize: 8, optimizer: { kind: 'adam' }, seed: 3 }, earlyStopping: { patience: 4 },
    });
    const report = drain(() => run.advance({ milliseconds: 2 }));
    expect(report.status).toBe('stopped');
    expect(en.describe(report.end!)).toBe(report.message);
    expect(es.describe(report.end!)).toMatch(/^Parada temprana tras la época \d+: la pérdida de validación no ha mejorado en 4 épocas; la mejor fue la época \d+ \(pérdida de validación \d+,\d+\), cuyos pesos se han recuperado\.$/);
  });
});
