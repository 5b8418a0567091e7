import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/i18n/catalogues.ts';
import { csvMessage, dataToCsv, parseDataCsv } from './data-csv.ts';

const two = { kind: 'classes', classes: 2 } as const;

describe('CSV data import', () => {
  it('reads x1, x2, label lines with or without a header, skipping blank lines', () => {
    const r = parseDataCsv('x1,x2,label\r\n1,2,0\n\n-0.5,3.25,1\n', two);
    expect(r).toEqual({ ok: true, skippedHeader: true, points: [{ x: 1, y: 2, label: 0 }, { x: -0.5, y: 3.25, label: 1 }] });
    expect(parseDataCsv('1;2;1', two)).toMatchObject({ ok: true, skippedHeader: false, points: [{ x: 1, y: 2, label: 1 }] });
    expect(parseDataCsv('1\t2\t1', two)).toMatchObject({ ok: true });
  });

  it('rounds coordinates to 2 decimals and reads −1 as class 0 for two classes', () => {
    const r = parseDataCsv('1.23456,-2.005,-1', two);
    expect(r).toMatchObject({ ok: true, points: [{ x: 1.23, label: 0 }] });
  });

  it('accepts classes 0..3 for four classes and values in [-1, 1] for regression', () => {
    expect(parseDataCsv('0,0,3', { kind: 'classes', classes: 4 })).toMatchObject({ ok: true });
    expect(parseDataCsv('0,0,0.75', { kind: 'regression' })).toMatchObject({ ok: true, points: [{ label: 0.75 }] });
  });

  const bad: [string, string, string][] = [
    ['wrong column count', 'x1,x2,label\n1,2,1\n1,2\n', 'Line 3: has 2 columns; each line needs 3: x1, x2, label.'],
    ['too many columns', '1,2,1,4', 'Line 1: has 4 columns; each line needs 3: x1, x2, label.'],
    ['a non-number', '1,2,1\n3,abc,0', 'Line 2: x2 “abc” is not a number.'],
    ['a header after data', '1,2,1\nx,y,z', 'Line 2: x1 “x” is not a number.'],
    ['NaN', '1,NaN,1', 'Line 1: x2 “NaN” is not a number.'],
    ['off the plane', '7,0,1', 'Line 1: x1 = 7 is outside the plane (−6 to 6).'],
    ['a class the problem lacks', '0,0,2', 'Line 1: label 2 is not a class of this problem (0, 1, or −1 for 0).'],
    ['a fractional class', '0,0,0.5', 'Line 1: label 0.5 is not a class of this problem (0, 1, or −1 for 0).'],
    ['no rows', 'x1,x2,label\n\n', 'The file has no data rows: each line needs x1, x2, label.'],
    ['an empty file', '', 'The file has no data rows: each line needs x1, x2, label.'],
  ];
  for (const [what, text, message] of bad) {
    it(`refuses ${what}, naming the line and the problem`, () => {
      const r = parseDataCsv(text, two);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(csvMessage(r, catalogues.en.playground.csv)).toBe(message);
    });
  }

  it('says the same in Spanish, naming the line, with a decimal comma and the file\'s text quoted', () => {
    const say = (text: string) => { const r = parseDataCsv(text, two); return r.ok ? '' : csvMessage(r, catalogues.es.playground.csv); };
    expect(say('1,2,1\n3,abc,0')).toBe('Línea 2: x2 «abc» no es un número.');
    expect(say('1,2,1\n6.5,0,1')).toBe('Línea 2: x1 = 6,5 está fuera del plano (de −6 a 6).');
    expect(say('0,0,0.5')).toBe('Línea 1: la etiqueta 0,5 no es una clase de este problema (0, 1, o −1 para 0).');
    expect(say('')).toBe('El archivo no tiene filas de datos: cada línea necesita x1, x2, etiqueta.');
  });

  it('shows a hostile cell safely: bidi controls visible, right-to-left text isolated', () => {
    const r = parseDataCsv('1,\u202Eabc,1', two);
    expect(r.ok ? '' : csvMessage(r, catalogues.en.playground.csv)).toBe('Line 1: x2 “[RLO]abc” is not a number.');
  });

  it('refuses a regression target outside [-1, 1]', () => {
    expect(parseDataCsv('0,0,2', { kind: 'regression' })).toMatchObject({ ok: false, line: 1 });
  });

  it('refuses more than 10,000 rows at the first extra line', () => {
    const rows = Array.from({ length: 10001 }, (_, i) => `${(i % 100) / 20},0,1`).join('\n');
    const r = parseDataCsv('x1,x2,label\n' + rows, two);
    expect(r).toMatchObject({ ok: false, line: 10002 });
    expect(parseDataCsv(rows.split('\n').slice(0, 10000).join('\n'), two)).toMatchObject({ ok: true });
  });

  it('exports CSV that imports back to the same points', () => {
    const points = [{ x: -6, y: 5.99, label: 1 }, { x: 0.01, y: 0, label: 0 }];
    expect(parseDataCsv(dataToCsv(points), two)).toEqual({ ok: true, skippedHeader: true, points });
  });
});
