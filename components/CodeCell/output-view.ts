// The page side of a cell's output: draws the items its Worker sends (runtime protocol.ts) into the
// output area. Items are queued and drawn in animation frames, a few milliseconds' worth per frame, so a
// burst of output never makes a long task. Everything a reader's code produced is inserted as text or
// through a renderer that treats it as data (Plot, KaTeX with trust off, the boundary renderer), never
// as HTML.
import type { LossPoint, MarkSpec, PlanePoints, PlotSpec, Verdict } from '../../src/cells/contract.ts';
import { MARKS } from '../../src/cells/runtime/marks.ts';
import type { OutputItem } from '../../src/cells/runtime/protocol.ts';
import { codeCellStrings } from '../../src/i18n/index.ts';

const STRINGS = codeCellStrings();
import type { SerializedNetwork } from '../../src/engine/types.ts';
import { el, type Child } from '../../src/ui/dom.ts';
import { formatPlain } from '../../src/ui/format.ts';
import { accessibleChart, loadPlot, plotTheme, type PlotModule } from '../../src/ui/plot.ts';

/** Drawing time per animation frame; the rest of the frame is the page's. */
const FRAME_BUDGET_MS = 8;
/** A live loss chart is redrawn at most this often, and from at most this many points. */
const LOSS_REDRAW_MS = 250;
const LOSS_MAX_DRAWN = 400;

export interface OutputView {
  add(items: readonly OutputItem[]): void;
  /** A line of the runtime's own (problem, cut lines): after everything queued. Text, or parts (a span in another language). */
  note(text: string | readonly Child[], kind: 'error' | 'info'): void;
  clear(): void;
  /** Resolves when everything queued so far is drawn. */
  settled(): Promise<void>;
  readonly lineCount: number;
}

type Task = () => void | Promise<void>;

export function createOutputView(root: HTMLElement): OutputView {
  const queue: Task[] = [];
  let scheduled = false;
  let lastLog: { pre: HTMLPreElement; level: string } | null = null;
  let lines = 0;
  let generation = 0;
  let idle: (() => void)[] = [];
  const lossCharts = new Map<number, { box: HTMLElement; points: LossPoint[]; timer: ReturnType<typeof setTimeout> | undefined; drawn: number }>();

  const pump = () => {
    scheduled = false;
    const started = performance.now();
    while (queue.length > 0 && performance.now() - started < FRAME_BUDGET_MS) {
      const task = queue.shift()!;
      try {
        const maybe = task();
        if (maybe instanceof Promise) maybe.catch((e: unknown) => problem(String(e)));
      } catch (e) {
        problem(e instanceof Error ? e.message : String(e));
      }
    }
    if (queue.length > 0) schedule();
    else { const waiting = idle; idle = []; for (const f of waiting) f(); }
  };
  const schedule = () => {
    if (!scheduled) { scheduled = true; requestAnimationFrame(pump); }
  };
  const enqueue = (task: Task) => { queue.push(task); schedule(); };
  const append = (node: Node) => { root.append(node); };
  const problem = (text: string | readonly Child[]) => {
    lastLog = null;
    append(el('p', { className: 'code-cell-problem' }, '⚠ ', ...partsOf(text)));
  };

  /** `english`: a part of the text in the browser's English (protocol.ts), marked so for a screen reader. */
  const log = (level: 'log' | 'error', text: string, english?: string) => {
    lines += text.split('\n').length;
    const parts = markEnglish(text, english);
    if (!lastLog || lastLog.level !== level || !lastLog.pre.isConnected) {
      const pre = el('pre', { className: level === 'error' ? 'code-cell-log code-cell-log-error' : 'code-cell-log' });
      append(pre);
      lastLog = { pre, level };
      lastLog.pre.append(level === 'error' ? '⚠ ' : '', ...parts);
    } else {
      lastLog.pre.append(`\n${level === 'error' ? '⚠ ' : ''}`, ...parts);
    }
  };

  const block = (node: HTMLElement) => { lastLog = null; append(node); return node; };

  const drawPlot = async (spec: PlotSpec, box: HTMLElement, mine: number) => {
    const Plot = await loadPlot();
    if (mine !== generation) return;
    const { marks, ...options } = spec;
    const built = marks.map((m: MarkSpec) => {
      if (!(MARKS as readonly string[]).includes(m.mark)) throw new Error(STRINGS.plotUnknownMark(m.mark, MARKS));
      const make = Plot[m.mark as (typeof MARKS)[number]] as (data?: unknown, options?: Record<string, unknown>) => unknown;
      return make(m.data as never, m.options);
    });
    try {
      const chart = Plot.plot({ ...plotTheme, ...options, marks: built } as Parameters<PlotModule['plot']>[0]);
      box.replaceChildren(accessibleChart(chart));
    } catch (e) {
      box.replaceChildren(el('p', { className: 'code-cell-problem' }, `⚠ ${STRINGS.plotFailed(e instanceof Error ? e.message : String(e))}`));
    }
  };

  const drawTex = async (source: string, display: boolean, box: HTMLElement, mine: number) => {
    const katex = (await import('katex')).default;
    if (mine !== generation) return;
    try {
      katex.render(source, box, { displayMode: display, throwOnError: true, trust: false, strict: 'ignore', maxSize: 50, maxExpand: 1000 });
    } catch (e) {
      box.textContent = `⚠ ${STRINGS.texFailed(e instanceof Error ? e.message : String(e))}`;
      box.className = 'code-cell-problem';
    }
  };

  const drawBoundary = async (json: SerializedNetwork, data: PlanePoints | undefined, box: HTMLElement, mine: number) => {
    const [{ createBoundaryPanel }, { networkFromJSON }] = await Promise.all([import('../../src/ui/boundary-panel.ts'), import('../../src/engine/index.ts')]);
    if (mine !== generation) return;
    try {
      const network = networkFromJSON(json);
      const extent = extentOf(data);
      const panel = createBoundaryPanel({ caption: STRINGS.boundaryCaption, extent, size: 260 });
      box.replaceChildren(panel.element);
      panel.draw(network, data ? [{ inputs: data.inputs.flat(), targets: data.labels }] : []);
      panel.setDescription(STRINGS.boundaryDescription(data ? data.inputs.length : 0));
    } catch (e) {
      // The Worker checked the network before sending it (cell-globals.ts, worded in the page's language),
      // so only a programming error gets here; its message is a developer's.
      box.replaceChildren(el('p', { className: 'code-cell-problem' }, `⚠ ${STRINGS.boundaryFailed(e instanceof Error ? e.message : String(e))}`));
    }
  };

  const drawLoss = async (run: number) => {
    const chart = lossCharts.get(run);
    if (!chart) return;
    chart.timer = undefined;
    const mine = generation;
    const Plot = await loadPlot();
    if (mine !== generation) return;
    const step = Math.max(1, Math.ceil(chart.points.length / LOSS_MAX_DRAWN));
    const shown = chart.points.filter((_, i) => i % step === 0 || i === chart.points.length - 1);
    const hasValidation = shown.some((p) => typeof p.validationLoss === 'number');
    const last = chart.points.at(-1)!;
    const lastLoss = formatPlain(Number(last.loss.toPrecision(4))); // four significant digits, the page's decimal mark
    const figure = Plot.plot({
      ...plotTheme, height: 200, ariaLabel: STRINGS.lossChartLabel,
      ariaDescription: STRINGS.lossChartDescription(last.epoch, lastLoss),
      x: { label: STRINGS.lossAxis.epoch }, y: { label: STRINGS.lossAxis.loss, grid: true },
      marks: [
        Plot.line(shown, { x: 'epoch', y: 'loss', stroke: 'currentColor' }),
        ...(hasValidation ? [Plot.line(shown.filter((p) => typeof p.validationLoss === 'number'), { x: 'epoch', y: 'validationLoss', stroke: 'currentColor', strokeDasharray: '4 3' })] : []),
      ],
    });
    const caption = el('figcaption', {}, STRINGS.lossCaption(hasValidation, last.epoch, lastLoss));
    chart.box.replaceChildren(accessibleChart(figure), caption);
    chart.drawn = chart.points.length;
  };

  const loss = (point: LossPoint) => {
    let chart = lossCharts.get(point.run);
    if (!chart) {
      const box = block(el('figure', { className: 'code-cell-chart code-cell-loss' }));
      chart = { box, points: [], timer: undefined, drawn: 0 };
      lossCharts.set(point.run, chart);
    }
    chart.points.push(point);
    if (chart.timer === undefined) {
      const run = point.run;
      chart.timer = setTimeout(() => enqueue(() => drawLoss(run)), chart.drawn === 0 ? 0 : LOSS_REDRAW_MS);
    }
  };

  const verdict = (v: Verdict) => {
    const p = el('div', { className: `code-cell-verdict ${v.passed ? 'pass' : 'fail'}` });
    const english = typeof v.english === 'string' && v.english ? v.english : undefined;
    p.append(el('strong', {}, `${v.passed ? '✓' : '✗'} ${v.passed ? STRINGS.verdictPass : STRINGS.verdictFail}: `), ...markEnglish(String(v.message), english));
    if (!v.passed && v.misconception) p.append(el('p', {}, el('strong', {}, `${STRINGS.misconception} `), v.misconception));
    block(p);
  };

  const table = (columns: string[], rows: string[][], more: number) => {
    const t = el('table', { className: 'code-cell-table' });
    t.append(el('caption', {}, STRINGS.tableCaption(rows.length, more)));
    const head = el('tr');
    for (const c of columns) head.append(el('th', { scope: 'col' }, c));
    t.append(el('thead', {}, head));
    const body = el('tbody');
    for (const r of rows) body.append(el('tr', {}, ...r.map((c) => el('td', {}, c))));
    t.append(body);
    block(el('div', { className: 'code-cell-table-scroll', tabIndex: 0 }, t));
  };

  const handle = (item: OutputItem) => {
    const mine = generation;
    switch (item.kind) {
      case 'log': return log(item.level === 'error' ? 'error' : 'log', String(item.text), typeof item.english === 'string' && item.english ? item.english : undefined);
      case 'plot': return drawPlot(item.spec, block(el('figure', { className: 'code-cell-chart' })), mine);
      case 'tex': return drawTex(String(item.source), item.display !== false, block(el('div', { className: 'code-cell-tex' })), mine);
      case 'table': return table(item.columns.map(String), item.rows.map((r) => r.map(String)), Number(item.more) || 0);
      case 'boundary': return drawBoundary(item.net, item.data, block(el('div', { className: 'code-cell-chart' })), mine);
      case 'loss': return loss(item.point);
      case 'verdict': return verdict(item.verdict);
    }
  };

  return {
    add(items) {
      for (const item of items) enqueue(() => handle(item));
    },
    note(text, kind) {
      enqueue(() => {
        if (kind === 'error') problem(text);
        else block(el('p', { className: 'code-cell-note' }, ...partsOf(text)));
      });
    },
    clear() {
      generation++;
      queue.length = 0;
      for (const c of lossCharts.values()) clearTimeout(c.timer);
      lossCharts.clear();
      lastLog = null;
      lines = 0;
      root.replaceChildren();
    },
    settled: () => new Promise<void>((resolve) => { if (queue.length === 0 && !scheduled) resolve(); else idle.push(resolve); }),
    get lineCount() { return lines; },
  };
}

/** A note's text, or its parts. */
const partsOf = (text: string | readonly Child[]): readonly Child[] => (typeof text === 'string' ? [text] : text);

/** `text` with its part `english` (the browser's English words, protocol.ts) in a span marked lang="en". */
function markEnglish(text: string, english: string | undefined): (string | Node)[] {
  const at = english ? text.indexOf(english) : -1;
  return at < 0 ? [text] : [text.slice(0, at), el('span', { lang: 'en' }, english), text.slice(at + english!.length)];
}

/** The square the points occupy, with a margin; the course's default view without points. */
function extentOf(data: PlanePoints | undefined): [number, number, number, number] {
  if (!data || data.inputs.length === 0) return [-6, 6, -6, 6];
  let lo = Infinity, hi = -Infinity;
  for (const [x, y] of data.inputs) {
    for (const v of [x, y]) if (Number.isFinite(v)) { lo = Math.min(lo, v!); hi = Math.max(hi, v!); }
  }
  if (!Number.isFinite(lo)) return [-6, 6, -6, 6];
  const pad = Math.max(0.1, (hi - lo) * 0.1);
  return [lo - pad, hi + pad, lo - pad, hi + pad];
}
