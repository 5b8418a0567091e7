// Numbers about the run: train/test loss and accuracy, the loss curves over epochs (Observable Plot,
// with values on hover and the early-stopping point marked), and the confusion matrix.
import { CLASS_COLORS } from '../../src/ui/colors.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { loadPlot, plotTheme } from '../../src/ui/plot.ts';
import { h } from './dom.ts';
import { lossTicks } from './loss-ticks.ts';
/** One point of the loss curves: epochs completed (0 = before training) and the two losses. */
export interface EpochPoint { epoch: number; trainLoss: number; testLoss: number }

export interface Metrics { trainLoss: number; testLoss: number; trainAccuracy?: number; testAccuracy?: number }

export function createMetricsView(): { element: HTMLElement; update(m: Metrics): void } {
  const cells = { trainLoss: h('dd', {}), testLoss: h('dd', {}), trainAccuracy: h('dd', {}), testAccuracy: h('dd', {}) };
  const accRows = [h('dt', {}, 'Train accuracy'), cells.trainAccuracy, h('dt', {}, 'Test accuracy'), cells.testAccuracy];
  const element = h('dl', { class: 'pg-metrics' },
    h('dt', {}, 'Train loss'), cells.trainLoss, h('dt', {}, 'Test loss'), cells.testLoss, ...accRows);
  const pct = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '—' : `${formatNumber(100 * v, 1)} %`);
  return {
    element,
    update(m) {
      cells.trainLoss.textContent = Number.isNaN(m.trainLoss) ? '—' : formatNumber(m.trainLoss, 3);
      cells.testLoss.textContent = Number.isNaN(m.testLoss) ? '—' : formatNumber(m.testLoss, 3);
      cells.trainAccuracy.textContent = pct(m.trainAccuracy);
      cells.testAccuracy.textContent = pct(m.testAccuracy);
      for (const el of accRows) el.hidden = m.trainAccuracy === undefined;
    },
  };
}

export function createLossChart(): { element: HTMLElement; update(history: readonly EpochPoint[], bestEpoch?: number): void } {
  const element = h('figure', { class: 'pg-loss-chart' },
    h('figcaption', {}, 'Loss over epochs, on a log scale: training (solid line), test (dashed line).'));
  const holder = h('div', { class: 'pg-loss-plot' });
  element.append(holder);
  let pending: { history: readonly EpochPoint[]; bestEpoch?: number } | null = null;
  let drawing = false;

  async function draw(): Promise<void> {
    if (drawing || !pending) return;
    drawing = true;
    const { history, bestEpoch } = pending;
    pending = null;
    const Plot = await loadPlot();
    // Thin out long histories: the chart has ~300 px, more points than that only cost time.
    const stride = Math.max(1, Math.ceil(history.length / 400));
    const rows = history.filter((_, i) => i % stride === 0 || i === history.length - 1).flatMap((r) => [
      { epoch: r.epoch, loss: r.trainLoss, set: 'train' },
      { epoch: r.epoch, loss: r.testLoss, set: 'test' },
    ]).filter((r) => Number.isFinite(r.loss) && r.loss > 0);
    const lastEpoch = history[history.length - 1]?.epoch ?? 0;
    const losses = rows.map((r) => r.loss);
    const yTicks = lossTicks(Math.min(...losses), Math.max(...losses));
    const start = performance.now();
    const width = Math.max(240, Math.min(560, holder.clientWidth || 320));
    const chart = Plot.plot({
      ...plotTheme, width, height: 180,
      // Whole epochs only (one epoch was labelled 0.0, 0.2, … 1.0), and at least 0 to 1.
      x: { label: 'epoch', grid: true, domain: [0, Math.max(1, lastEpoch)], ticks: Math.min(5, Math.max(1, lastEpoch)), tickFormat: 'd' },
      // Log scale: the first epochs' large losses would otherwise flatten everything after them. Our own
      // ticks, because Plot's log axis leaves every tick unlabelled when the loss spans under a decade.
      y: { label: 'loss (log scale)', grid: true, type: 'log', ticks: yTicks.values, tickFormat: yTicks.format },
      color: { domain: ['train', 'test'], range: [CLASS_COLORS[1], CLASS_COLORS[0]] },
      marks: [
        Plot.line(rows.filter((r) => r.set === 'train'), { x: 'epoch', y: 'loss', stroke: 'set', strokeWidth: 2 }),
        Plot.line(rows.filter((r) => r.set === 'test'), { x: 'epoch', y: 'loss', stroke: 'set', strokeWidth: 2, strokeDasharray: '6 4' }),
        ...(bestEpoch !== undefined ? [
          Plot.ruleX([bestEpoch], { stroke: 'currentColor', strokeDasharray: '2 2' }),
          Plot.text([bestEpoch], { x: (d: number) => d, frameAnchor: 'top', dy: 4, ...(bestEpoch > lastEpoch / 2 ? { dx: -4, textAnchor: 'end' } : { dx: 4, textAnchor: 'start' }), text: () => `early stop: best epoch ${bestEpoch}` }),
        ] : []),
        Plot.tip(rows, Plot.pointerX({ x: 'epoch', y: 'loss', stroke: 'set', title: (d: { epoch: number; loss: number; set: string }) => `epoch ${d.epoch}\n${d.set} loss ${formatNumber(d.loss, 4)}` })),
      ],
    });
    chart.setAttribute('aria-hidden', 'true');
    holder.replaceChildren(chart);
    performance.measure('playground:plot', { start });
    drawing = false;
    if (pending) void draw();
  }

  return {
    element,
    update(history, bestEpoch) {
      pending = { history, bestEpoch };
      void draw();
    },
  };
}

export function createConfusionView(): { element: HTMLElement; update(matrix: number[][] | null, classNames: string[]): void } {
  const element = h('div', { class: 'pg-confusion' });
  return {
    element,
    update(matrix, classNames) {
      element.hidden = matrix === null;
      if (!matrix) return;
      const max = Math.max(1, ...matrix.flat());
      const table = h('table', {},
        h('caption', {}, 'Confusion matrix on the test points: rows are the true class, columns the predicted class.'),
        h('thead', {}, h('tr', {}, h('td', {}), ...classNames.map((n) => h('th', { scope: 'col' }, `predicted ${n}`)))),
        h('tbody', {}, ...matrix.map((row, a) => h('tr', {}, h('th', { scope: 'row' }, `true ${classNames[a]}`),
          ...row.map((count, p) => {
            const td = h('td', { class: a === p ? 'pg-diag' : 'pg-off' }, String(count));
            td.style.setProperty('--share', String(count / max));
            return td;
          })))),
      );
      element.replaceChildren(table);
    },
  };
}
