// The catalogues' type check can fail: a language typed as Catalogue that leaves a key out, adds one, or
// gives a message function the wrong parameters is a type error. Small fixtures are compiled with the
// TypeScript API against the real src/i18n/catalogue.ts, with the project's compiler options.
import { join, resolve } from 'node:path';
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

/** Type errors (their messages) of modules placed in src/i18n/ that exist only in memory, compiled together. */
function typeErrors(sources: Record<string, string>): Record<string, string[]> {
  const files = new Map(Object.entries(sources).map(([name, text]) => [join(fixtureDir, `__fixture_${name}__.ts`), text]));
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const getSource = host.getSourceFile.bind(host);
  host.readFile = (f) => files.get(resolve(f)) ?? read(f);
  host.fileExists = (f) => files.has(resolve(f)) || exists(f);
  host.getSourceFile = (f, lang, onError, create) => {
    const text = files.get(resolve(f));
    return text === undefined ? getSource(f, lang, onError, create) : ts.createSourceFile(f, text, lang, true);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return Object.fromEntries(Object.keys(sources).map((name) => {
    const sourceFile = program.getSourceFile(join(fixtureDir, `__fixture_${name}__.ts`));
    const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
    return [name, diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))];
  }));
}

const header = `import type { Catalogue } from './catalogue.ts';\nimport { selfCheck } from './en/self-check.ts';\n`;

const errors = typeErrors({
  complete: `${header}
    export const ok: Catalogue['selfCheck'] = { ...selfCheck, correct: 'Correcto.' };
    export { es } from './es/index.ts';`,
  missing: `${header}
    const { showAnswer: _, ...rest } = selfCheck;
    export const missing: Catalogue['selfCheck'] = rest;`,
  extra: `${header}
    export const extra: Catalogue['selfCheck'] = { ...selfCheck, showTheAnswer: 'Ver' };`,
  parameters: `${header}
    import { trainingProgress } from './en/training-progress.ts';
    export const wrong: Catalogue['trainingProgress'] = { ...trainingProgress, epochOf: (e: string) => e };`,
  module: `${header}
    import { es } from './es/index.ts';
    const { selfCheck: _, ...rest } = es;
    export const incomplete: Catalogue = rest;`,
});

describe('catalogue types', () => {
  it('accept a complete translation of a module, and the real Spanish catalogue', () => {
    expect(errors.complete).toEqual([]);
  });

  it('refuse a module with a key left out', () => {
    expect(errors.missing!.join('\n')).toMatch(/showAnswer/);
  });

  it('refuse a module with a key the source language does not have', () => {
    expect(errors.extra!.join('\n')).toMatch(/showTheAnswer/);
  });

  it('refuse a message function with the wrong parameters, and a whole catalogue missing a module', () => {
    expect(errors.parameters!.join('\n')).toMatch(/is not assignable to type '\(e: number, total: number\) => string'/);
    expect(errors.module!.join('\n')).toMatch(/selfCheck/);
  });
});
