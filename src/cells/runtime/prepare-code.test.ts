// prepareCode against the TypeScript compiler itself: for each snippet of the TypeScript a reader may
// write, the prepared code must compute what `ts.transpileModule`'s output computes, keep every line where
// it was (error lines point at the reader's code), and guard every loop and function.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { TICK, instrument, prepareCode } from './prepare-code.ts';

/** Runs prepared code with a counting guard; returns what it returned and how often the guard ran. */
function run(code: string): { value: unknown; ticks: number[] } {
  const ticks: number[] = [];
  const fn = new Function(TICK, `"use strict"; return (() => {\n${code}\n})();`) as (t: (line: number) => void) => unknown;
  return { value: fn((line) => { ticks.push(line); }), ticks };
}

const typescriptOutput = (source: string) =>
  ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false } }).outputText;

const SNIPPETS: Record<string, string> = {
  annotations: 'const xs: number[] = [1, 2, 3];\nlet total: number = 0;\nfor (const x of xs) total += x;\nreturn total;',
  'interfaces and type aliases': 'interface P { x: number; y?: number }\ntype Pair = [number, number];\nconst p: P = { x: 2 };\nconst q: Pair = [3, 4];\nreturn p.x * q[1];',
  generics: 'function first<T>(xs: readonly T[]): T | undefined { return xs[0]; }\nconst id = <T,>(x: T): T => x;\nreturn first([id(7), 8]);',
  'as, non-null and satisfies': 'const m = new Map<string, number>([["a", 5]]);\nconst v = m.get("a")! as number;\nconst cfg = { lr: 0.1 } satisfies Record<string, number>;\nreturn v + cfg.lr;',
  'classes with modifiers': 'class Counter {\n  private count = 0;\n  constructor(public readonly step: number) {}\n  add(): this { this.count += this.step; return this; }\n  get value(): number { return this.count; }\n}\nreturn new Counter(3).add().add().value;',
  enums: 'enum Activation { Tanh, Relu = 5 }\nreturn Activation.Relu + Activation.Tanh;',
  'optional parameters and overload signatures': 'function scale(x: number, k?: number): number;\nfunction scale(x: number, k = 2): number { return x * k; }\nreturn scale(4) + scale(1, 10);',
  'type-only import removed, declare ignored': 'declare const hidden: number;\ntype Fn = (x: number) => number;\nconst sq: Fn = (x) => x * x;\nreturn sq(9);',
  'abstract class and implements': 'interface Shape { area(): number }\nabstract class Base implements Shape { abstract area(): number; twice() { return 2 * this.area(); } }\nclass Sq extends Base { constructor(private s: number) { super(); } area() { return this.s ** 2; } }\nreturn new Sq(3).twice();',
  'plain JavaScript': 'let a = 0, i = 0;\nwhile (i < 10) { a += i; i++; }\ndo { a--; } while (a > 40);\nreturn a;',
};

describe('prepareCode: TypeScript stripped as the TypeScript compiler would', () => {
  for (const [name, source] of Object.entries(SNIPPETS)) {
    it(name, () => {
      const prepared = prepareCode(source);
      if (!prepared.ok) throw new Error(prepared.message);
      expect(prepared.code.split('\n').length).toBe(source.split('\n').length);
      const expected = run(typescriptOutput(source).replace(/export \{\};\s*$/, '')).value;
      expect(run(prepared.code).value).toEqual(expected);
    });
  }
});

describe('loop guard', () => {
  it('runs at the top of every loop body and function body, with the line it is on', () => {
    const prepared = prepareCode('let n = 0;\nfor (let i = 0; i < 3; i++) n++;\nconst f = (x: number) => x + 1;\nfunction g() { return f(n); }\nwhile (n < 5) n = g();\nreturn n;');
    if (!prepared.ok) throw new Error(prepared.message);
    const { value, ticks } = run(prepared.code);
    expect(value).toBe(5);
    expect(ticks.filter((l) => l === 2)).toHaveLength(3);
    expect(ticks.filter((l) => l === 5)).toHaveLength(2);
    expect(ticks.filter((l) => l === 4)).toHaveLength(2);
    expect(ticks.filter((l) => l === 3)).toHaveLength(2);
  });

  it('stops a runaway loop with its line when the guard throws', () => {
    const prepared = prepareCode('let x = 0;\n\nwhile (true) x++;');
    if (!prepared.ok) throw new Error(prepared.message);
    let calls = 0;
    const fn = new Function(TICK, prepared.code) as (t: (line: number) => void) => void;
    expect(() => fn((line) => { if (++calls > 1000) throw new Error(`stopped at line ${line}`); })).toThrow('stopped at line 3');
  });

  it('keeps labels, empty bodies, else branches and object-literal arrow bodies working', () => {
    const prepared = instrument('outer: for (let i = 0; i < 3; i++) { for (;;) { break outer; } }\nlet k = 0; for (; k < 4; k++);\nconst o = (a) => ({ a });\nif (k > 10) for (;;) ; else k += o(1).a;\nreturn k;');
    if (!prepared.ok) throw new Error(prepared.message);
    expect(run(prepared.code).value).toBe(5);
  });
});

describe('refusals', () => {
  it('refuses module syntax with its line', () => {
    expect(prepareCode('const a = 1;\nawait import("https://example.com/x.js");')).toMatchObject({ ok: false, line: 2, problem: 'module', message: 'import()' });
    expect(prepareCode('import fs from "fs";')).toMatchObject({ ok: false, line: 1, problem: 'module', message: 'import' });
    expect(prepareCode('\n\nconsole.log(import.meta.url)')).toMatchObject({ ok: false, line: 3 });
    expect(prepareCode('export const x = 1;')).toMatchObject({ ok: false, problem: 'module', message: 'export' });
  });

  it('reports a syntax error in words with its line', () => {
    expect(prepareCode('const a = 1;\nconst b = ;')).toMatchObject({ ok: false, line: 2, problem: 'syntax', message: expect.stringMatching(/^Unexpected token/) });
    expect(prepareCode('let x: number = (1;')).toMatchObject({ ok: false, line: 1 });
  });
});
