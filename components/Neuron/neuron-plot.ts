// The activation curve a = f(z) with the neuron's current (z, a) marked, drawn with Observable Plot
// (loaded lazily through src/ui/plot.ts, so the rest of the widget works before it arrives).
import { accessibleChart, loadPlot, plotTheme } from '../../src/ui/plot.ts';
import { POSITIVE } from '../../src/ui/colors.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { ACTIVATION_NAMES, activationCurve, chartDomain, type NeuronActivation } from './neuron-math.ts';

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
    x: { domain: [lo, hi], label: 'z (weighted sum + bias)' },
    y: { label: `a = ${ACTIVATION_NAMES[activation].split(' ')[0]}(z)`, ...(Y_DOMAIN[activation] ? { domain: Y_DOMAIN[activation] } : {}) },
    ariaLabel: `Graph of the ${ACTIVATION_NAMES[activation]} activation function from z = ${lo} to ${hi}`,
    ariaDescription: `The current point is marked: z = ${formatNumber(z)}, a = ${formatNumber(a)}.`,
    marks: [
      Plot.ruleY([0], { strokeOpacity: 0.5 }),
      Plot.ruleX([0], { strokeOpacity: 0.5 }),
      Plot.line(curve, { x: 'z', y: 'a', stroke: 'currentColor', strokeWidth: 2.5 }),
      Plot.ruleX(point, { x: 'z', y1: 0, y2: 'a', stroke: POSITIVE, strokeDasharray: '4 3', strokeWidth: 1.5 }),
      Plot.dot(point, { x: 'z', y: 'a', r: 7, fill: POSITIVE, stroke: 'currentColor', strokeWidth: 1.5, symbol: 'circle' }),
      Plot.text(point, {
        x: 'z', y: 'a', dy: -16, fontSize: 13, fontWeight: 'bold', fill: 'currentColor', stroke: 'var(--panel)', strokeWidth: 4,
        text: () => `(${formatNumber(z)}, ${formatNumber(a)})`,
      }),
    ],
  });
  box.replaceChildren(accessibleChart(chart));
}
