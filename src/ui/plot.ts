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
