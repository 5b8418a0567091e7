// The catalogues' type check can fail: a language typed as Catalogue that leaves a key out, adds one, or
// gives a message function the wrong parameters is a type error. Small fixtures are compiled with the
// TypeScript API against the real src/i18n/catalogue.ts, with the project's compiler options.
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixtureDir = join(root, 'src/i18n');

function compilerOptions(): ts.CompilerOptions {
  const file = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(file.config, ts.sys, root);
  return { ...parsed.options, noEmit: true };
}
const options = compilerOptions();

/** Type errors (their messages) of one module placed in src/i18n/, that exists only in memory. */
function typeErrors(source: string): string[] {
  const fileName = join(fixtureDir, '__fixture__.ts');
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const getSource = host.getSourceFile.bind(host);
  host.readFile = (f) => (resolve(f) === fileName ? source : read(f));
  host.fileExists = (f) => resolve(f) === fileName || exists(f);
  host.getSourceFile = (f, lang, onError, create) =>
    resolve(f) === fileName ? ts.createSourceFile(f, source, lang, true) : getSource(f, lang, onError, create);
  const program = ts.createProgram([fileName], options, host);
  const sourceFile = program.getSourceFile(fileName);
  return [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)]
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const header = `import type { Catalogue } from './catalogue.ts';\nimport { selfCheck } from './en/self-check.ts';\n`;

describe('catalogue types', () => {
  it('accept a complete translation of a module, and the real Spanish catalogue', () => {
    expect(typeErrors(`${header}
      export const ok: Catalogue['selfCheck'] = { ...selfCheck, correct: 'Correcto.' };
      export { es } from './es/index.ts';
    `)).toEqual([]);
  });

  it('refuse a module with a key left out', () => {
    const errors = typeErrors(`${header}
      const { showAnswer: _, ...rest } = selfCheck;
      export const missing: Catalogue['selfCheck'] = rest;
    `);
    expect(errors.join('\n')).toMatch(/showAnswer/);
  });

  it('refuse a module with a key the source language does not have', () => {
    const errors = typeErrors(`${header}
      export const extra: Catalogue['selfCheck'] = { ...selfCheck, showTheAnswer: 'Ver' };
    `);
    expect(errors.join('\n')).toMatch(/showTheAnswer/);
  });

  it('refuse a message function with the wrong parameters, and a whole catalogue missing a module', () => {
    expect(typeErrors(`${header}
      import { trainingProgress } from './en/training-progress.ts';
      export const wrong: Catalogue['trainingProgress'] = { ...trainingProgress, epochOf: (e: string) => e };
    `).join('\n')).toMatch(/is not assignable to type '\(e: number, total: number\) => string'/);
    expect(typeErrors(`${header}
      import { es } from './es/index.ts';
      const { selfCheck: _, ...rest } = es;
      export const incomplete: Catalogue = rest;
    `).join('\n')).toMatch(/selfCheck/);
  });
});
