// Tick values and labels for the log-scale loss axis. Plot's own log axis labels only the ticks at 1, 2, 5
// times a power of ten; a training loss usually moves within less than a decade (0.69 down to 0.3), where
// that leaves every tick unlabelled. Pure, so it is unit tested.
import { formatNumber } from '../../src/ui/format.ts';

export interface LossTicks { values: number[]; format(v: number): string }

/** Ticks for a log axis over [lo, hi] (0 < lo ≤ hi): about 3 to 6 labelled values, each inside the range. */
export function lossTicks(lo: number, hi: number): LossTicks {
  if (!(lo > 0) || !(hi >= lo) || !Number.isFinite(hi)) return { values: [], format: (v) => formatNumber(v, 2) };
  const k0 = Math.floor(Math.log10(lo)), k1 = Math.ceil(Math.log10(hi));
  for (const mantissas of [[1], [1, 3], [1, 2, 5]]) {
    const values: number[] = [];
    for (let k = k0; k <= k1; k++) for (const m of mantissas) {
      const v = Number((m * 10 ** k).toPrecision(12));
      if (v >= lo && v <= hi) values.push(v);
    }
    // Many decades: every few powers of ten.
    if (values.length > 6 && mantissas.length === 1) {
      const every = Math.ceil(values.length / 5);
      return { values: values.filter((_, i) => i % every === 0), format: (v) => formatTick(v, v) };
    }
    if (values.length >= 3 && values.length <= 6) return { values, format: (v) => formatTick(v, v) };
  }
  // Within about a decade: evenly spaced "nice" values (steps of 1, 2 or 5 times a power of ten).
  const raw = (hi - lo) / 4 || Math.abs(hi) / 10 || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-9))!;
  const values: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) values.push(Number(v.toPrecision(12)));
  if (values.length === 0) values.push(lo);
  return { values, format: (v) => formatTick(v, step) };
}

/** Enough decimals to tell ticks `step` apart. */
function formatTick(v: number, step: number): string {
  return formatNumber(v, Math.min(8, Math.max(0, -Math.floor(Math.log10(step)))));
}
