// Reading and writing the playground's data as CSV: "x1,x2,label", one point a line, an optional header.
// Pure functions, no DOM. A bad file is refused as a whole with the first problem, named by line, so the
// data already in the playground is never half-replaced.
import { parseDecimal } from '../../src/ui/parse-number.ts';
import { isolateText } from '../../src/ui/untrusted-text.ts';
import { EXTENT, MAX_POINTS, round2, type DataPoint } from '../../src/state/points-field.ts';

/** What a label must be: a class index below `classes`, or a regression value in [-1, 1]. */
export type LabelKind = { kind: 'classes'; classes: number } | { kind: 'regression' };

export type CsvResult =
  | { ok: true; points: DataPoint[]; skippedHeader: boolean }
  | { ok: false; line: number; message: string };

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

const fail = (line: number, message: string): CsvResult => ({ ok: false, line, message: `Line ${line}: ${message}` });

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
      return fail(lineNo, `has ${cells.length} column${cells.length === 1 ? '' : 's'}; each line needs 3: x1, x2, label.`);
    }
    const values = cells.map(toNumber);
    if (values.some((v) => v === null)) {
      // A first line of names is a header, not an error.
      if (points.length === 0 && !skippedHeader && values.every((v) => v === null)) {
        skippedHeader = true;
        continue;
      }
      const col = values.findIndex((v) => v === null);
      // The cell is the file's text: bidi controls visible and isolated, so the sentence reads as written.
      return fail(lineNo, `${COLUMN_NAMES[col]} “${isolateText(cells[col].trim().slice(0, 30))}” is not a number.`);
    }
    if (points.length >= MAX_POINTS) {
      return fail(lineNo, `the file has more than ${MAX_POINTS.toLocaleString('en')} rows; the playground takes at most ${MAX_POINTS.toLocaleString('en')}.`);
    }
    const [x, y, rawLabel] = values as number[];
    for (const [name, v] of [['x1', x], ['x2', y]] as const) {
      if (Math.abs(v) > EXTENT) return fail(lineNo, `${name} = ${v} is outside the plane (−${EXTENT} to ${EXTENT}).`);
    }
    const label = readLabel(rawLabel, labels);
    if (typeof label === 'string') return fail(lineNo, label);
    points.push({ x: round2(x), y: round2(y), label });
  }
  if (points.length === 0) return { ok: false, line: 0, message: 'The file has no data rows: each line needs x1, x2, label.' };
  return { ok: true, points, skippedHeader };
}

/** The point's label, or a sentence saying what is wrong with it. */
function readLabel(v: number, labels: LabelKind): number | string {
  if (labels.kind === 'regression') {
    return v >= -1 && v <= 1 ? round2(v) : `label ${v} is outside −1 to 1 (a regression target).`;
  }
  const k = labels.classes;
  if (k === 2 && v === -1) return 0;
  if (Number.isInteger(v) && v >= 0 && v < k) return v;
  return `label ${v} is not a class of this problem (${Array.from({ length: k }, (_, i) => i).join(', ')}${k === 2 ? ', or −1 for 0' : ''}).`;
}

/** The points as CSV with a header line; parseDataCsv reads it back to the same points. */
export function dataToCsv(points: readonly DataPoint[]): string {
  return ['x1,x2,label', ...points.map((p) => `${p.x},${p.y},${p.label}`)].join('\n') + '\n';
}
