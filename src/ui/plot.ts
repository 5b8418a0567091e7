// The one way widgets load and style Observable Plot. Plot is large: it is imported lazily here so pages
// without charts never load it, only the marks listed in plot-marks.ts are bundled, and every chart shares
// one copy and one look.
export type PlotModule = typeof import('./plot-marks.ts');

let loading: Promise<PlotModule> | null = null;
export function loadPlot(): Promise<PlotModule> {
  loading ??= import('./plot-marks.ts');
  return loading;
}

/** Options every chart shares: the page's font and colours, readable sizes. */
export const plotTheme = {
  // In rem (13 px normally), so the Large text switch (root font 140%) enlarges chart labels with the rest.
  style: { background: 'transparent', color: 'currentColor', fontSize: '0.8125rem', overflow: 'visible' },
  marginLeft: 48,
  marginBottom: 42, // room for tick labels and the axis label below them, also in large text
} as const;

/**
 * Makes a chart from Plot.plot() one accessible image: Plot labels every mark's <g> with aria-label
 * ("line", "x-axis tick"), which axe reports as prohibited on an element with no role. This gives each chart
 * svg role="img" (its name is the plot's ariaLabel option, its description the ariaDescription option) and
 * removes the per-mark labels, which role="img" hides from screen readers anyway. Call it on every chart.
 */
export function accessibleChart<T extends Element>(chart: T): T {
  const svgs = chart instanceof SVGSVGElement ? [chart] : [...chart.querySelectorAll('svg')];
  for (const svg of svgs) {
    svg.setAttribute('role', 'img');
    for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
      el.removeAttribute('aria-label');
      el.removeAttribute('aria-description');
    }
  }
  return chart;
}
