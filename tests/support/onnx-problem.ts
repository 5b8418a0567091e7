// The problem an ONNX check throws, for unit tests that assert codes rather than words.
import { expect } from 'vitest';
import { OnnxError, type OnnxProblem } from '../../src/onnx/problem.ts';

/** The problem `run` throws (failing the test if it throws anything else or nothing). */
export function problemOf(run: () => unknown): OnnxProblem {
  try { run(); } catch (error) { expect(error).toBeInstanceOf(OnnxError); return (error as OnnxError).problem; }
  throw new Error('expected an OnnxError, nothing was thrown');
}
