// Seeded data sets (browser-safe). MNIST loads from disk and lives in ./mnist.ts (Node only).
export * from './points.ts';
export * from './labels.ts';
export { splitTrainTest, subset } from './split.ts';
