// The one way widgets load and style Observable Plot. Plot is ~83 KB gzip: it is imported lazily here so
// pages without charts never load it, and every chart shares one copy and one look.
export type PlotModule = typeof import('@observablehq/plot');

let loading: Promise<PlotModule> | null = null;
export function loadPlot(): Promise<PlotModule> {
  loading ??= import('@observablehq/plot');
  return loading;
}

/** Options every chart shares: the page's font and colours, readable sizes. */
export const plotTheme = {
  style: { background: 'transparent', color: 'currentColor', fontSize: '13px', overflow: 'visible' },
  marginLeft: 48,
  marginBottom: 36,
} as const;

/**
 * Makes a chart Plot returned pass axe: Plot labels its inner <g> groups ("line", "rule"…) with
 * aria-label but no role, which is not allowed (aria-prohibited-attr). Keeps one label, on the root, as an
 * image; the widget states the chart's numbers in text beside it.
 */
export function accessibleChart<T extends Element>(chart: T, label: string): T {
  for (const g of chart.querySelectorAll('[aria-label]')) if (g !== chart) g.removeAttribute('aria-label');
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', label);
  return chart;
}
