// The worked solutions (issue 11.5) are checked where a check is possible: each exercise cell's solution
// file (content/cells/*.solution.js) passes the cell's own check, every exercise cell in the chapters offers
// one, and the numbers the written solutions of chapters 4c and 5 quote are what the engine measures with the
// widgets' own settings.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCell } from '../../src/cells/api/node-harness.ts';
import { loadWasmEngine } from '../../src/engine/index.ts';
import { regularizationSetup, TECHNIQUE_DEFAULTS as D, L2_MAX } from '../../src/scenarios/regularization-lab.ts';
import { createRun, runToEnd } from '../../src/scenarios/run.ts';
import { sizeSetup } from '../../src/scenarios/size-matters.ts';
import { EXERCISES } from '../support/cell-answers.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const chapters = readdirSync(new URL('../../content/chapters/', import.meta.url)).filter((f) => f.endsWith('.mdx'));

describe('exercise cells’ solutions', () => {
  it('every exercise cell in the chapters offers its solution file', () => {
    let cells = 0;
    for (const name of chapters) {
      const text = read(`content/chapters/${name}`);
      for (const m of text.matchAll(/<CodeCell id="(exercise-[^"]+)"[^\n]*code=\{(\w+)\}[^\n]*/g)) {
        cells++;
        const solution = /solution=\{(\w+)\}/.exec(m[0])?.[1];
        expect(solution, `${name}: ${m[1]} has no solution`).toBeDefined();
        const exerciseFile = new RegExp(`import ${m[2]} from '\\.\\./cells/([^']+)\\.js\\?raw'`).exec(text)?.[1];
        expect(text, `${name}: ${m[1]}`).toContain(`import ${solution} from '../cells/${exerciseFile}.solution.js?raw'`);
      }
    }
    expect(cells).toBe(EXERCISES.length);
  });

  for (const exercise of EXERCISES) {
    for (const dir of ['content/cells', 'content/es/cells']) {
      it(`${dir}/${exercise.file}: the solution passes every check of the cell`, async () => {
        const recorded = await runCell(read(`${dir}/${exercise.file.replace(/\.js$/, '.solution.js')}`));
        expect(recorded.errors).toEqual([]);
        expect(recorded.verdicts).toHaveLength(exercise.verdicts);
        for (const verdict of recorded.verdicts) expect(verdict, verdict.message).toMatchObject({ passed: true });
      });
    }

    it(`${exercise.file}: the solution is the starting code with only the exercise's functions filled in`, () => {
      const start = read(`content/cells/${exercise.file}`);
      const solution = read(`content/cells/${exercise.file.replace(/\.js$/, '.solution.js')}`);
      const outside = (s: string) => Object.keys(exercise.right).reduce((t, name) => {
        const from = t.indexOf(`function ${name}(`);
        return t.slice(0, from) + t.slice(t.indexOf('\n}', from) + 2);
      }, s);
      expect(outside(solution)).toBe(outside(start));
    });
  }
});

describe('chapter 4c’s worked solution quotes the engine', () => {
  const run = (h: number) => runToEnd(createRun(sizeSetup(h)));
  const [two, three, four, big] = [2, 3, 4, 64].map(run);
  it('exercise 1: two neurons underfit (training loss about 0.37, 4 of 30 training points wrong; four: about 0.18)', () => {
    expect(two!.trainLoss).toBeCloseTo(0.37, 1);
    expect(Math.round((1 - two!.trainAccuracy) * 30)).toBe(4);
    expect(four!.trainLoss).toBeCloseTo(0.18, 1);
  });
  it('exercise 2: three is the smallest size below 0.3, and its test loss is lower than 64 neurons’', () => {
    expect(two!.trainLoss).toBeGreaterThan(0.3);
    expect(three!.trainLoss).toBeLessThan(0.3);
    expect(three!.testLoss).toBeCloseTo(0.73, 1);
    expect(big!.testLoss).toBeCloseTo(1.0, 1);
  });
  it('exercise 3: similar accuracies (about 79% and 76%), test losses about 0.54 and 1.0', () => {
    expect(four!.testAccuracy).toBeCloseTo(0.79, 1);
    expect(big!.testAccuracy).toBeCloseTo(0.76, 1);
    expect(four!.testLoss).toBeCloseTo(0.54, 1);
  });
});

describe('chapter 5’s worked solution quotes the engine', async () => {
  const wasm = await loadWasmEngine();
  const fast = (spec: Parameters<typeof wasm.createNetwork>[0]) => wasm.createNetwork(spec);
  const at = (techniques: Parameters<typeof regularizationSetup>[0], seed = 3) => {
    const r = createRun(regularizationSetup(techniques, seed), fast);
    return { result: runToEnd(r), history: r.history };
  };
  it('at the starting seed: plain, L2, dropout, early stopping, λ₂ at its maximum, σ = 0.3', () => {
    const plain = at({});
    expect(plain.result.trainLoss).toBeLessThan(0.01);
    expect(plain.result.testLoss).toBeCloseTo(0.57, 1);
    const l2 = at({ l2: D.l2 }).result;
    const dropout = at({ dropout: D.dropout }).result;
    expect(dropout.testLoss).toBeLessThan(l2.testLoss);
    expect(dropout.trainLoss).toBeLessThan(l2.trainLoss);
    const early = at({ earlyStopping: D.earlyStopping });
    expect(early.history.length).toBeGreaterThan(90);
    expect(early.history.length).toBeLessThan(115);
    expect(early.result.testLoss).toBeCloseTo(0.35, 1);
    expect(early.result.testLoss).toBeGreaterThan(Math.min(...plain.history.map((e) => e.testLoss)));
    expect(at({ l2: L2_MAX }).result.trainLoss).toBeCloseTo(Math.log(2), 2);
    const jitter = at({ augmentation: { jitter: 0.3 } }).result;
    expect(jitter.testLoss).toBeLessThan(plain.result.testLoss);
    expect(jitter.trainLoss).toBeCloseTo(0.2, 1);
  });
  it('at seed 1: L2 helps more than dropout, and early stopping ends above the plain run', () => {
    expect(at({ l2: D.l2 }, 1).result.testLoss).toBeLessThan(at({ dropout: D.dropout }, 1).result.testLoss);
    expect(at({ earlyStopping: D.earlyStopping }, 1).result.testLoss).toBeGreaterThan(at({}, 1).result.testLoss);
  });
});
