// Helpers for the playground's browser tests: open chapter 6 with a link fragment, wait until the
// playground has mounted, and read its live state through the read-only hook on its root element.
import type { Page } from 'playwright-core';
import type { PlaygroundHook } from '../../../components/Playground/playground.ts';
import { openPage, type Session, type WatchedPage } from './browser';

export const PLAYGROUND_PATH = '/chapters/06-playground/';
/** The Spanish edition's playground (same widget, its words from the Spanish catalogue). */
export const PLAYGROUND_PATH_ES = '/es/chapters/06-playground/';

export async function openPlayground(session: Session, fragment = '', options: Parameters<typeof openPage>[2] = {}, path = PLAYGROUND_PATH): Promise<WatchedPage> {
  const watched = await openPage(session, path + (fragment ? `#${fragment.replace(/^#/, '')}` : ''), options);
  await watched.page.waitForSelector('[data-playground][data-ready="true"]');
  return watched;
}

/** The root element of the playground, with its read-only hook (for code run in the page). */
export type PlaygroundRoot = HTMLElement & { playground: PlaygroundHook };

/** A copy of the hook's live numbers (through JSON: a NaN test loss comes back as null). */
export type LiveSnapshot = Pick<PlaygroundHook, 'state' | 'epoch' | 'curve' | 'status' | 'points' | 'parameters'>;

/**
 * The playground's live numbers (state, epoch, curve, status, points, parameters), once every training
 * request sent so far has been answered (training runs in the engine Worker: a Step is asynchronous).
 */
export async function live(page: Page): Promise<LiveSnapshot> {
  await settled(page);
  return page.evaluate(() => {
    const p = (document.querySelector('[data-playground]') as PlaygroundRoot).playground;
    const snapshot: LiveSnapshot = { state: p.state, epoch: p.epoch, curve: p.curve, status: p.status, points: p.points, parameters: p.parameters };
    return JSON.parse(JSON.stringify(snapshot)) as LiveSnapshot;
  });
}

/** Waits until every training request sent so far (Step, a slice of Play) has been answered. The toolbar takes
 *  clicks while the rest of the playground is still being built, before its hook exists: wait for that too. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-playground][data-ready="true"]');
  await page.evaluate(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.idle);
}

/** Waits until the store has written its state into the URL fragment (it writes lazily), and returns it. */
export async function settledHash(page: Page): Promise<string> {
  await page.waitForFunction(() => !(document.querySelector('[data-playground]') as PlaygroundRoot).playground.urlPending);
  return page.evaluate(() => location.hash);
}

/** What the loss chart shows: its ticks (label, position), its lines' points, the early-stop marks and the hover tip's lines. */
export interface LossChartShown {
  /** The drawing's own width (its coordinates) and its box on the page (CSS pixels). */
  width: number; box: { left: number; top: number; width: number; height: number };
  xTicks: { label: string; at: number }[]; yTicks: { label: string; at: number }[];
  train: [number, number][]; test: [number, number][];
  kept: number | null; stopped: number | null; ring: [number, number] | null;
  /** The tip's lines while it shows, null when hidden, undefined when the chart has none (while training). */
  tip: string[] | null | undefined;
}

export function lossChartShown(page: Page): Promise<LossChartShown> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('.pg-loss-plot svg')!;
    const ticks = (axis: string, i: number) => [...svg.querySelectorAll(`${axis} > g`)]
      .map((g) => ({ label: g.textContent!.trim(), at: Number(/translate\(([^,]+),([^)]+)\)/.exec(g.getAttribute('transform')!)![i]) }));
    const points = (d: string | null | undefined) => [...(d ?? '').matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
    const attr = (selector: string, name: string) => { const e = svg.querySelector(selector); return e ? Number(e.getAttribute(name)) : null; };
    const tip = svg.querySelector('.pg-chart-tip');
    const r = svg.getBoundingClientRect();
    const ring = svg.querySelector('.pg-stop-point');
    return {
      width: svg.viewBox.baseVal.width, box: { left: r.left, top: r.top, width: r.width, height: r.height },
      xTicks: ticks('.pg-chart-x', 1), yTicks: ticks('.pg-chart-y', 2),
      train: points(svg.querySelector('.pg-line-train')?.getAttribute('d')), test: points(svg.querySelector('.pg-line-test')?.getAttribute('d')),
      kept: attr('.pg-stop-kept', 'x1'), stopped: attr('.pg-stop-stopped', 'x1'),
      ring: ring ? [Number(ring.getAttribute('cx')), Number(ring.getAttribute('cy'))] : null,
      tip: !tip ? undefined : tip.getAttribute('display') === 'none' ? null : [...tip.querySelectorAll('tspan')].map((s) => s.textContent!),
    };
  });
}

/**
 * The scales the chart's axes show, from their first and last labelled ticks (read with `number`, the
 * page's way): epochs linear, losses logarithmic. Where a point should be drawn, computed from the labels.
 */
export function scalesShown(chart: LossChartShown, number: (text: string) => number): { x(epoch: number): number; y(loss: number): number } {
  const read = (ticks: LossChartShown['xTicks']) => ticks.map((t) => ({ v: number(t.label.replace(/\u202f/g, '')), at: t.at }));
  const xs = read(chart.xTicks), ys = read(chart.yTicks);
  const [x0, x1, y0, y1] = [xs[0]!, xs.at(-1)!, ys[0]!, ys.at(-1)!];
  return {
    x: (epoch) => x0.at + ((epoch - x0.v) * (x1.at - x0.at)) / (x1.v - x0.v),
    y: (loss) => y0.at + (Math.log(loss / y0.v) * (y1.at - y0.at)) / Math.log(y1.v / y0.v),
  };
}
