import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lazyPlotFormat } from './lazy-plot-format.ts';

const transform = (code: string, id: string) =>
  (lazyPlotFormat().transform as unknown as (code: string, id: string) => { code: string } | null)(code, id);
const require = createRequire(import.meta.url);
const formatFile = require.resolve('@observablehq/plot').replace(/index\.js$/, 'format.js');

describe('lazyPlotFormat', () => {
  it('makes the installed Plot build its default number format on first use, with the same output', async () => {
    const out = transform(readFileSync(formatFile, 'utf8'), formatFile);
    expect(out?.code).not.toContain('const number = formatNumber(locale);');
    // The changed function alone, run: it formats like Intl and makes the format once, when first asked.
    const made: string[] = [];
    const formatNumber = (locale: string) => { made.push(locale); return (v: number) => new Intl.NumberFormat(locale).format(v); };
    const source = /export function formatAuto[\s\S]*?\n}/.exec(out!.code)![0].replace('export ', '');
    const formatAuto = new Function('formatNumber', 'formatIsoDate', 'string', `${source}; return formatAuto;`)(formatNumber, String, String) as (l?: string) => (v: unknown) => string;
    const format = formatAuto();
    expect(made).toEqual([]);
    expect([format(1234.5), format(2), format('a')]).toEqual(['1,234.5', '2', 'a']);
    expect(made).toEqual(['en-US']);
  });

  it('leaves other files alone, and fails the build if Plot no longer matches', () => {
    expect(transform('const number = formatNumber(locale);', '/x/src/format.js')).toBeNull();
    expect(() => transform('export const formatDefault = x;', '/n/@observablehq/plot/src/format.js')).toThrow(/not found/);
  });
});
