// The Spanish edition's code cells (content/es/cells/) are the English cells with their comments and printed
// messages in Spanish. The program must stay the same: the same code once comments and strings are set
// aside, and, run in Node against the cell API as the Worker runs it, the same behaviour: each exercise's
// starting code runs and is not accepted, a right answer passes, and chapter 7's Value MLP still follows
// the engine's loss curve.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCell } from '../../src/cells/api/node-harness.ts';
import { EXERCISES, withFunction, withoutExperiment } from '../support/cell-answers.ts';
import { codeWithoutProse } from './support/mdx-widgets';

const english = (name: string) => readFileSync(`content/cells/${name}`, 'utf8');
const spanish = (name: string) => readFileSync(`content/es/cells/${name}`, 'utf8');
const CELLS = readdirSync('content/cells').filter((name) => name.endsWith('.js'));

describe('the Spanish code cells', () => {
  it('has a Spanish cell for every English one, and no other', () => {
    expect(readdirSync('content/es/cells').filter((name) => name.endsWith('.js')).sort()).toEqual([...CELLS].sort());
  });

  for (const name of CELLS) {
    it(`${name}: the same program, comments and strings aside`, () => {
      expect(codeWithoutProse(spanish(name))).toBe(codeWithoutProse(english(name)));
    });
  }

  it('sees a changed program, and ignores a translated comment or message', () => {
    const cell = english('01-neuron.js');
    expect(codeWithoutProse(cell.replace('return 0;', 'return 1;'))).not.toBe(codeWithoutProse(cell));
    expect(codeWithoutProse(cell.replace('// your code here', '// tu código aquí'))).toBe(codeWithoutProse(cell));
    const mlp = english('07-mlp.js');
    expect(codeWithoutProse(mlp.replace('`loss at the start', '`pérdida al principio'))).toBe(codeWithoutProse(mlp));
  });

  for (const exercise of EXERCISES) {
    // The dropout experiment takes seconds and is the same program as the English cell's (checked above).
    const starting = () => withoutExperiment(spanish(exercise.file), 'es');

    it(`${exercise.file}: the starting code runs and is not accepted yet`, async () => {
      const recorded = await runCell(starting());
      expect(recorded.errors).toEqual([]);
      expect(recorded.verdicts).toHaveLength(exercise.verdicts);
      expect(recorded.verdicts.some((v) => !v.passed)).toBe(true);
    });

    it(`${exercise.file}: a right answer passes every check`, async () => {
      let source = starting();
      for (const [fn, solution] of Object.entries(exercise.right)) source = withFunction(source, fn, solution);
      const recorded = await runCell(source);
      expect(recorded.errors).toEqual([]);
      expect(recorded.verdicts).toHaveLength(exercise.verdicts);
      for (const verdict of recorded.verdicts) expect(verdict, verdict.message).toMatchObject({ passed: true });
    });
  }

  it('07-mlp.js: the Value MLP follows the engine’s loss curve, as the chapter says', async () => {
    const recorded = await runCell(spanish('07-mlp.js'));
    expect(recorded.errors).toEqual([]);
    const gap = Number(/mayor diferencia entre las dos curvas de pérdida: (\S+)/.exec(recorded.logs.join('\n'))![1]);
    expect(gap).toBeLessThan(1e-15);
    expect(recorded.boundaries).toHaveLength(1);
  });
});
