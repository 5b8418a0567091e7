// The activation curve a = f(z) with the neuron's current (z, a) marked, drawn with Observable Plot
// (loaded lazily through src/ui/plot.ts, so the rest of the widget works before it arrives).
import { accessibleChart, loadPlot, plotTheme } from '../../src/ui/plot.ts';
import { POSITIVE } from '../../src/ui/colors.ts';
import { formatNumber, formatPlain } from '../../src/ui/format.ts';
import { neuronStrings } from '../../src/i18n/index.ts';
import { activationCurve, chartDomain, type NeuronActivation } from './neuron-math.ts';

const T = neuronStrings();

/** The current point's colour: the theme's positive token (lighter in dark mode), else the palette's. */
const MARK = `var(--positive, ${POSITIVE})`;

/** Fixed y ranges for the bounded activations, so the curve does not jump around as z moves. */
const Y_DOMAIN: Partial<Record<NeuronActivation, [number, number]>> = {
  step: [-0.1, 1.1],
  sigmoid: [-0.1, 1.1],
  tanh: [-1.1, 1.1],
};

export async function drawActivationPlot(box: HTMLElement, activation: NeuronActivation, z: number, a: number): Promise<void> {
  const Plot = await loadPlot();
  const [lo, hi] = chartDomain(z);
  const curve = activationCurve(activation, lo, hi);
  const point = [{ z, a }];
  const width = Math.max(260, Math.min(560, box.clientWidth || 320));
  const chart = Plot.plot({
    ...plotTheme,
    width,
    height: 230,
    grid: true,
    x: { domain: [lo, hi], label: T.zAxis },
    y: { label: `a = ${T.activationShort[activation]}(z)`, ...(Y_DOMAIN[activation] ? { domain: Y_DOMAIN[activation] } : {}) },
    ariaLabel: T.chartLabel(T.activationNames[activation], formatPlain(lo), formatPlain(hi)),
    ariaDescription: T.chartPoint(formatNumber(z), formatNumber(a)),
    marks: [
      Plot.ruleY([0], { strokeOpacity: 0.5 }),
      Plot.ruleX([0], { strokeOpacity: 0.5 }),
      Plot.line(curve, { x: 'z', y: 'a', stroke: 'currentColor', strokeWidth: 2.5 }),
      Plot.ruleX(point, { x: 'z', y1: 0, y2: 'a', stroke: MARK, strokeDasharray: '4 3', strokeWidth: 1.5 }),
      Plot.dot(point, { x: 'z', y: 'a', r: 7, fill: MARK, stroke: 'currentColor', strokeWidth: 1.5, symbol: 'circle' }),
      Plot.text(point, {
        x: 'z', y: 'a', dy: -16, fontSize: 13, fontWeight: 'bold', fill: 'currentColor', stroke: 'var(--panel)', strokeWidth: 4,
        text: () => `(${formatNumber(z)}, ${formatNumber(a)})`,
      }),
    ],
  });
  box.replaceChildren(accessibleChart(chart));
}
