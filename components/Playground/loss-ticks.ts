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
  // Within about a decade: evenly spaced "nice" values (1, 2, 2.5 or 5 times a power of ten), the widest step
  // that still leaves four ticks inside the range. (A step chosen from a quarter of the range alone could
  // leave two: 0.25 to 1.2 gave only 0.5 and 1.) The smallest step leaves at least ten, so one always does.
  const range = hi - lo;
  if (!(range > 0)) return { values: [lo], format: (v) => formatTick(v, Math.abs(v) / 10 || 1) };
  const power = 10 ** Math.floor(Math.log10(range / 10));
  const steps = [1, 2, 2.5, 5, 10, 20, 25, 50].map((m) => m * power);
  const ticksFor = (step: number) => {
    const values: number[] = [];
    for (let i = Math.ceil(lo / step - 1e-9); i * step <= hi + step * 1e-9; i++) values.push(Number((i * step).toPrecision(12)));
    return values;
  };
  let step = steps[0];
  for (const s of steps) if (ticksFor(s).length >= 4) step = s;
  return { values: ticksFor(step), format: (v) => formatTick(v, step) };
}

/** Enough decimals to write `step` exactly (0.025 needs three), so ticks `step` apart read differently. */
function formatTick(v: number, step: number): string {
  let decimals = 0;
  const scaled = () => step * 10 ** decimals;
  while (decimals < 8 && (scaled() < 0.5 || Math.abs(Math.round(scaled()) - scaled()) > 1e-6 * scaled())) decimals++;
  return formatNumber(v, decimals);
}
