// Numbers about the run: train/test loss and accuracy, and the confusion matrix (the loss curves over
// epochs are loss-chart.ts).
import { formatNumber } from '../../src/ui/format.ts';
import { el } from '../../src/ui/dom.ts';
import { playgroundStrings } from '../../src/i18n/index.ts';

const S = playgroundStrings().charts;
export interface Metrics {
  trainLoss: number; testLoss: number; trainAccuracy?: number; testAccuracy?: number;
  /** Set when the weights in the page are not the last epoch's (early stopping kept an earlier epoch's). */
  weightsOfEpoch?: number;
}

export function createMetricsView(): { element: HTMLElement; update(m: Metrics): void } {
  const cells = { trainLoss: el('dd', {}), testLoss: el('dd', {}), trainAccuracy: el('dd', {}), testAccuracy: el('dd', {}) };
  const accRows = [el('dt', {}, S.trainAccuracy), cells.trainAccuracy, el('dt', {}, S.testAccuracy), cells.testAccuracy];
  const which = el('p', { class: 'pg-note pg-metrics-which' });
  const list = el('dl', { class: 'pg-metrics' },
    el('dt', {}, S.trainLoss), cells.trainLoss, el('dt', {}, S.testLoss), cells.testLoss, ...accRows);
  const element = el('div', {}, list, which);
  const pct = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '—' : S.percent(v));
  return {
    element,
    // Called every frame while training: only a changed text is written (each write is laid out and painted).
    update(m) {
      setText(cells.trainLoss, Number.isNaN(m.trainLoss) ? '—' : formatNumber(m.trainLoss, 3));
      setText(cells.testLoss, Number.isNaN(m.testLoss) ? '—' : formatNumber(m.testLoss, 3));
      setText(cells.trainAccuracy, pct(m.trainAccuracy));
      setText(cells.testAccuracy, pct(m.testAccuracy));
      for (const el of accRows) if (el.hidden !== (m.trainAccuracy === undefined)) el.hidden = m.trainAccuracy === undefined;
      const note = m.weightsOfEpoch === undefined ? '' : S.keptWeights(m.weightsOfEpoch);
      which.hidden = note === '';
      if (which.textContent !== note) which.textContent = note;
    },
  };
}

const setText = (node: HTMLElement, text: string) => { if (node.textContent !== text) node.textContent = text; };

export function createConfusionView(): { element: HTMLElement; update(matrix: number[][] | null, classNames: string[]): void } {
  const element = el('div', { class: 'pg-confusion' });
  // While training the numbers change a few times a second and the classes do not: the table is built
  // once per set of class names and its cells rewritten in place (a new table each time was laid out whole).
  let built: { key: string; cells: HTMLElement[][] } | null = null;
  const build = (classNames: string[]) => {
    const cells = classNames.map((_, a) => classNames.map((__, p) => el('td', { class: a === p ? 'pg-diag' : 'pg-off' })));
    element.replaceChildren(el('table', {},
      el('caption', {}, S.confusionCaption),
      el('thead', {}, el('tr', {}, el('td', {}), ...classNames.map((n) => el('th', { scope: 'col' }, S.predicted(n))))),
      el('tbody', {}, ...cells.map((row, a) => el('tr', {}, el('th', { scope: 'row' }, S.actual(classNames[a] ?? '')), ...row))),
    ));
    return { key: classNames.join('\n'), cells };
  };
  return {
    element,
    update(matrix, classNames) {
      element.hidden = matrix === null;
      if (!matrix) return;
      if (built?.key !== classNames.join('\n')) built = build(classNames);
      const max = Math.max(1, ...matrix.flat());
      built.cells.forEach((row, a) => row.forEach((td, p) => {
        const count = matrix[a]?.[p] ?? 0;
        setText(td, String(count));
        const share = String(count / max);
        if (td.style.getPropertyValue('--share') !== share) td.style.setProperty('--share', share);
      }));
    },
  };
}
