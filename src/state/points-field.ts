// URL codec for hand-made or imported data points: "x_y_label~x_y_label~…". Coordinates and labels are
// kept to 2 decimals (0.01 on a plane 12 units wide), so a point survives a link round trip exactly.
import { clipValue, type Field } from './url-state.ts';

export interface DataPoint {
  x: number;
  y: number;
  /** Classification: class index 0..3. Regression: target value in [-1, 1]. */
  label: number;
}

/** Half the width of the data plane: points live in [-EXTENT, EXTENT]². */
export const EXTENT = 6;
export const MAX_POINTS = 10000;

/** Rounds to the 2 decimals a link can hold. */
export const round2 = (v: number) => Math.round(v * 100) / 100 + 0; // + 0 turns -0 into 0

const POINT_RE = /^(-?\d+(?:\.\d{1,2})?)_(-?\d+(?:\.\d{1,2})?)_(-?\d+(?:\.\d{1,2})?)$/;

export function pointsField(label: string): Field<DataPoint[]> & { maxTextLength: number } {
  return {
    label,
    default: [],
    describe: `up to ${MAX_POINTS} points "x_y_label" joined by "~", x and y from −${EXTENT} to ${EXTENT}, label a class 0 to 3 or a value from −1 to 1`,
    maxTextLength: MAX_POINTS * 20,
    parse(text) {
      if (text === '') return { ok: true, value: [] };
      const parts = text.split('~');
      if (parts.length > MAX_POINTS) return { ok: false, problem: { kind: 'too-many-points', count: parts.length, max: MAX_POINTS } };
      const out: DataPoint[] = [];
      for (let i = 0; i < parts.length; i++) {
        const m = POINT_RE.exec(parts[i]);
        if (!m) return { ok: false, problem: { kind: 'not-a-point', index: i + 1, text: clipValue(parts[i]) } };
        const p = { x: Number(m[1]) + 0, y: Number(m[2]) + 0, label: Number(m[3]) + 0 };
        if (!validPoint(p)) return { ok: false, problem: { kind: 'point-off-range', index: i + 1, text: clipValue(parts[i]) } };
        out.push(p);
      }
      return { ok: true, value: out };
    },
    format: (points) => points.map((p) => `${round2(p.x)}_${round2(p.y)}_${round2(p.label)}`).join('~'),
    valid: (points) => Array.isArray(points) && points.length <= MAX_POINTS && points.every(validPoint),
  };
}

function validPoint(p: DataPoint): boolean {
  return Math.abs(p.x) <= EXTENT && Math.abs(p.y) <= EXTENT && p.label >= -1 && p.label <= 3 &&
    [p.x, p.y, p.label].every((v) => Number.isFinite(v) && round2(v) === v);
}
