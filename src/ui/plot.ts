// The one way widgets load and style Observable Plot. Plot is large: it is imported lazily here so pages
// without charts never load it, only the marks listed in plot-marks.ts are bundled, and every chart shares
// one copy and one look.
import { NUMBER_LOCALES, pageLang } from '../i18n/lang.ts';
import { nextTask } from '../engine/worker/next-task.ts';

export type PlotModule = typeof import('./plot-marks.ts');

/**
 * A page's first use of the browser's internationalisation library (ICU) starts it: ~30 ms of CPU in one task
 * (~120 ms on a 4x-slowed CPU). Plot formats numbers with an Intl.NumberFormat, made when it first formats
 * one by default (src/build/lazy-plot-format.ts). For charts that let Plot format numbers, ICU is started
 * here first, in two tasks of its own (its locale data, ~15 ms; then its number formats, ~14 ms), not in a
 * chart's frame. A chart that formats all its numbers itself passes `{ intl: false }`: its page never starts ICU.
 */
const INTL_START: (() => unknown)[] = [() => new Intl.Locale('en-US').maximize(), () => new Intl.NumberFormat('en-US')];

let intlStarted: Promise<void> | null = null;
let loading: Promise<PlotModule> | null = null;
export async function loadPlot({ intl = true }: { intl?: boolean } = {}): Promise<PlotModule> {
  if (intl) {
    intlStarted ??= (async () => {
      for (const step of INTL_START) {
        step();
        await nextTask();
      }
    })();
    await intlStarted;
  }
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
 * Plot writes numeric ticks the English way ("0.5", "1,000") whatever the page. On a page whose numbers use
 * a decimal comma, rewrite them as the page writes numbers ("0,5", "1\u202f000"); ticks a widget formats
 * itself (with src/ui/format.ts) are already right and untouched, since they carry no "." or ",".
 */
function localizeTicks(svg: SVGSVGElement): void {
  if (NUMBER_LOCALES[pageLang()].decimal === '.') return;
  for (const text of svg.querySelectorAll('g[aria-label$="tick label"] text')) {
    const shown = text.textContent ?? '';
    if (/^[−-]?[\d,]*\.?\d+\s?%?$/.test(shown)) text.textContent = shown.replace(/,/g, '\u202f').replace('.', ',');
  }
}

/**
 * Makes a chart from Plot.plot() one accessible image: Plot labels every mark's <g> with aria-label
 * ("line", "x-axis tick"), which axe reports as prohibited on an element with no role. This gives each chart
 * svg role="img" (its name is the plot's ariaLabel option, its description the ariaDescription option) and
 * removes the per-mark labels, which role="img" hides from screen readers anyway. Call it on every chart.
 */
export function accessibleChart<T extends Element>(chart: T): T {
  const svgs = chart instanceof SVGSVGElement ? [chart] : [...chart.querySelectorAll('svg')];
  for (const svg of svgs) {
    localizeTicks(svg);
    svg.setAttribute('role', 'img');
    for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
      el.removeAttribute('aria-label');
      el.removeAttribute('aria-description');
    }
  }
  return chart;
}
