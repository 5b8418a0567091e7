// Reading and writing the playground's data as CSV: "x1,x2,label", one point a line, an optional header.
// Pure functions, no DOM. A bad file is refused as a whole with the first problem, named by line, so the
// data already in the playground is never half-replaced. The parser returns the problem as a code;
// `csvMessage` says it in the catalogue's words (src/i18n/<lang>/playground.ts, `csv`).
import type { Catalogue } from '../../src/i18n/index.ts';
import { parseDecimal } from '../../src/ui/parse-number.ts';
import { EXTENT, MAX_POINTS, round2, type DataPoint } from '../../src/state/points-field.ts';

/** What a label must be: a class index below `classes`, or a regression value in [-1, 1]. */
export type LabelKind = { kind: 'classes'; classes: number } | { kind: 'regression' };

/** What is wrong with a file (`line` 0: the file as a whole). */
export type CsvProblem =
  | { kind: 'columns'; found: number }
  | { kind: 'not-number'; column: string; text: string }
  | { kind: 'too-many'; max: number }
  | { kind: 'off-plane'; column: string; value: number; extent: number }
  | { kind: 'regression-label'; value: number }
  | { kind: 'class-label'; value: number; classes: number }
  | { kind: 'empty' };

export type CsvResult =
  | { ok: true; points: DataPoint[]; skippedHeader: boolean }
  | { ok: false; line: number; problem: CsvProblem };

/** The refusal in words: the line, then the problem (the cell's text shown safely by the catalogue's quote). */
export function csvMessage(r: { line: number; problem: CsvProblem }, words: Catalogue['playground']['csv']): string {
  const p = r.problem;
  const problem = p.kind === 'columns' ? words.columns(p.found)
    : p.kind === 'not-number' ? words.notNumber(p.column, p.text)
      : p.kind === 'too-many' ? words.tooMany(p.max)
        : p.kind === 'off-plane' ? words.offPlane(p.column, p.value, p.extent)
          : p.kind === 'regression-label' ? words.regressionLabel(p.value)
            : p.kind === 'class-label' ? words.classLabel(p.value, p.classes)
              : words.empty;
  return r.line > 0 ? words.line(r.line, problem) : problem;
}

const COLUMN_NAMES = ['x1', 'x2', 'label'];

/** A cell as a number (the course's one parser; CSV always writes decimals with a point), or null. */
function toNumber(text: string): number | null {
  const r = parseDecimal(text.trim().replace(/^"(.*)"$/, '$1'));
  return r.ok ? r.value : null;
}

function splitCells(line: string): string[] {
  const sep = line.includes('\t') ? '\t' : line.includes(';') ? ';' : ',';
  return line.split(sep);
}

const fail = (line: number, problem: CsvProblem): CsvResult => ({ ok: false, line, problem });

/**
 * Parses CSV text into points. Coordinates must lie on the plane (−6 to 6) and are kept to 2 decimals,
 * like every point in a link. For two classes, labels −1/1 are read as classes 0/1 too.
 */
export function parseDataCsv(text: string, labels: LabelKind): CsvResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const points: DataPoint[] = [];
  let skippedHeader = false;
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    const cells = splitCells(line);
    if (cells.length !== 3) {
      return fail(lineNo, { kind: 'columns', found: cells.length });
    }
    const values = cells.map(toNumber);
    if (values.some((v) => v === null)) {
      // A first line of names is a header, not an error.
      if (points.length === 0 && !skippedHeader && values.every((v) => v === null)) {
        skippedHeader = true;
        continue;
      }
      const col = values.findIndex((v) => v === null);
      // The cell is the file's text: the catalogue quotes it with bidi controls visible and isolated.
      return fail(lineNo, { kind: 'not-number', column: COLUMN_NAMES[col]!, text: cells[col]!.trim().slice(0, 30) });
    }
    if (points.length >= MAX_POINTS) {
      return fail(lineNo, { kind: 'too-many', max: MAX_POINTS });
    }
    const [x, y, rawLabel] = values as number[];
    for (const [name, v] of [['x1', x], ['x2', y]] as const) {
      if (Math.abs(v) > EXTENT) return fail(lineNo, { kind: 'off-plane', column: name, value: v, extent: EXTENT });
    }
    const label = readLabel(rawLabel, labels);
    if (typeof label !== 'number') return fail(lineNo, label);
    points.push({ x: round2(x), y: round2(y), label });
  }
  if (points.length === 0) return { ok: false, line: 0, problem: { kind: 'empty' } };
  return { ok: true, points, skippedHeader };
}

/** The point's label, or what is wrong with it. */
function readLabel(v: number, labels: LabelKind): number | CsvProblem {
  if (labels.kind === 'regression') {
    return v >= -1 && v <= 1 ? round2(v) : { kind: 'regression-label', value: v };
  }
  const k = labels.classes;
  if (k === 2 && v === -1) return 0;
  if (Number.isInteger(v) && v >= 0 && v < k) return v;
  return { kind: 'class-label', value: v, classes: k };
}

/** The points as CSV with a header line; parseDataCsv reads it back to the same points. */
export function dataToCsv(points: readonly DataPoint[]): string {
  return ['x1,x2,label', ...points.map((p) => `${p.x},${p.y},${p.label}`)].join('\n') + '\n';
}
