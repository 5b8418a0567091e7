// The class view's charts, drawn with the course's one Plot set-up (src/ui/plot.ts): for each challenge
// the final result of every learner against the goal, and the class's most common misconceptions. Colour
// is never the only signal: reached and not reached also differ in shape, and every chart has a text
// equivalent beside it (the table, the numbered list).
import type { LearnerRow, Misconception } from './class-data.ts';
import { accessibleChart, loadPlot, plotTheme } from '../../ui/plot.ts';
import { POSITIVE, NEGATIVE } from '../../ui/colors.ts';
import { el } from '../../ui/dom.ts';
import { formatPercent, formatPlain } from '../../ui/format.ts';
import { classViewStrings } from '../../i18n/classroom.ts';

const S = classViewStrings().page;

export async function drawChallengeCharts(box: HTMLElement, rows: readonly LearnerRow[]): Promise<void> {
  const Plot = await loadPlot();
  const width = Math.max(280, Math.min(640, box.clientWidth || 640));
  const figures: HTMLElement[] = [];
  for (const challenge of rows[0]?.challenges.map((c) => c.challenge) ?? []) {
    const metric = challenge.goal.metric === 'testAccuracy' ? 'testAccuracy' : 'testLoss';
    const points = rows.flatMap((r) => {
      const res = r.challenges.find((c) => c.challenge.id === challenge.id);
      const value = res?.[metric];
      return res?.attempted && typeof value === 'number' ? [{ name: r.name, value, reached: res.passed ? S.reached : S.notReached }] : [];
    });
    if (points.length === 0) continue;
    const goal = challenge.goal.below ?? challenge.goal.above;
    const title = metric === 'testAccuracy' ? S.accuracyChart(challenge.title) : S.lossChart(challenge.title);
    const chart = Plot.plot({
      ...plotTheme, width, marginLeft: 110, height: 40 + 22 * points.length,
      ariaLabel: title, ariaDescription: S.lossChartDescription(challenge.title, points.filter((p) => p.reached === S.reached).length, points.length),
      x: { label: metric === 'testAccuracy' ? S.accuracyAxis : S.lossAxis, grid: true, nice: true, tickFormat: metric === 'testAccuracy' ? (d: number) => formatPercent(d) : (d: number) => formatPlain(d) },
      y: { label: null, domain: [...points].sort((a, b) => a.value - b.value).map((p) => p.name) },
      color: { domain: [S.reached, S.notReached], range: [POSITIVE, NEGATIVE] },
      symbol: { domain: [S.reached, S.notReached], range: ['circle', 'times'] },
      marks: [
        ...(goal !== undefined ? [Plot.ruleX([goal], { strokeDasharray: '4 3' })] : []),
        Plot.dot(points, { x: 'value', y: 'name', stroke: 'reached', fill: 'reached', symbol: 'reached', r: 5 }),
      ],
    });
    figures.push(el('figure', {}, accessibleChart(chart), el('figcaption', {}, title)));
  }
  box.replaceChildren(...figures);
}

export async function drawMisconceptions(box: HTMLElement, list: readonly Misconception[]): Promise<void> {
  const top = list.slice(0, 10);
  if (top.length === 0) { box.replaceChildren(el('p', {}, S.misconceptionsNone)); return; }
  const Plot = await loadPlot();
  const data = top.map((m, i) => ({ label: S.misconceptionLabel(i + 1), count: m.count }));
  const chart = Plot.plot({
    ...plotTheme, width: Math.max(280, Math.min(640, box.clientWidth || 640)), height: 40 + 26 * data.length,
    ariaLabel: S.misconceptionsChart, ariaDescription: top.map((m, i) => S.misconceptionItem(i + 1, m.count, m.prompt, m.text)).join(' '),
    x: { label: S.learnersAxis, grid: true, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
    y: { label: null, domain: data.map((d) => d.label) },
    marks: [Plot.barX(data, { x: 'count', y: 'label', fill: NEGATIVE })],
  });
  box.replaceChildren(
    el('figure', {}, accessibleChart(chart), el('figcaption', {}, S.misconceptionsChart)),
    el('ol', {}, ...top.map((m, i) => el('li', {}, S.misconceptionItem(i + 1, m.count, m.prompt, m.text)))),
  );
}
