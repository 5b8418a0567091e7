// The lab's two charts, built with Observable Plot from the two runs: losses by epoch (as in every chart of
// the course, training solid and test dashed, see the Notation page; the run without is thin and faint,
// the run with thick, plus end labels; early stopping's kept epoch marked on the validation curve)
// and, when the rate decays, the learning-rate schedule. Legends are HTML (loss-legend.ts) from LOSS_LINES.
import type { ScenarioRun } from '../../src/scenarios/run.ts';
import { NEGATIVE, POSITIVE } from '../../src/ui/colors.ts';
import { formatNumber, formatPlain } from '../../src/ui/format.ts';
import type { LineStyle } from '../../src/ui/loss-legend.ts';
import { accessibleChart, plotTheme, type PlotModule } from '../../src/ui/plot.ts';
import { regularizationLabStrings } from '../../src/i18n/index.ts';

const T = regularizationLabStrings();

const VALIDATION_COLOR = '#009e73';
/** Test loss is dashed in every chart of the course; training loss solid. */
const TEST_DASH = '6 4';
/** The run without the technique: thinner and fainter, so "with" stands out and "without" stays readable. */
const WITHOUT = { width: 1.75, opacity: 0.55 };
const WITH = { width: 3.25 };

export const LOSS_LINES: LineStyle[] = [
  { label: T.lines.trainWithout, color: POSITIVE, ...WITHOUT },
  { label: T.lines.testWithout, color: NEGATIVE, dash: TEST_DASH, ...WITHOUT },
  { label: T.lines.trainWith, color: POSITIVE, ...WITH },
  { label: T.lines.testWith, color: NEGATIVE, dash: TEST_DASH, ...WITH },
];
export const VALIDATION_LINE: LineStyle = { label: T.lines.validation, color: VALIDATION_COLOR, dash: '2 3', width: 2.5 };

export interface LabChartInput {
  plain: ScenarioRun;
  treated: ScenarioRun;
  /** The x axis always spans the full run, so curves grow into a fixed frame. */
  epochs: number;
  /** CSS pixels. */
  width: number;
}

/** Epochs from 1, as the reader counts them. */
const rowsOf = (run: ScenarioRun) =>
  run.history.map((e) => ({ epoch: e.epoch + 1, train: e.trainLoss, test: e.testLoss, validation: e.validationLoss, lr: e.learningRate }));

const summary = (run: ScenarioRun, name: string) => {
  const e = run.history[run.history.length - 1];
  return e ? T.chartSummary(name, formatNumber(e.trainLoss, 3), formatNumber(e.testLoss, 3), e.epoch + 1) : T.chartNotYet(name);
};

export function lossChart(P: PlotModule, { plain, treated, epochs, width }: LabChartInput): Element {
  const narrow = width < 480;
  const a = rowsOf(plain);
  const b = rowsOf(treated);
  let max = 1;
  for (const r of [...a, ...b]) max = Math.max(max, r.test, r.train, r.validation ?? 0);
  const lastOf = (r: typeof a) => (r.length ? [r[r.length - 1]!] : []);
  const marks = [
    P.ruleY([0]),
    P.line(a, { x: 'epoch', y: 'train', stroke: POSITIVE, strokeWidth: WITHOUT.width, strokeOpacity: WITHOUT.opacity, clip: true }),
    P.line(a, { x: 'epoch', y: 'test', stroke: NEGATIVE, strokeWidth: WITHOUT.width, strokeOpacity: WITHOUT.opacity, strokeDasharray: TEST_DASH, clip: true }),
    P.line(b, { x: 'epoch', y: 'train', stroke: POSITIVE, strokeWidth: WITH.width, clip: true }),
    P.line(b, { x: 'epoch', y: 'test', stroke: NEGATIVE, strokeWidth: WITH.width, strokeDasharray: TEST_DASH, clip: true }),
  ];
  if (!narrow) {
    // End labels need a right margin a phone cannot spare; there the legend alone names the lines.
    marks.push(
      P.text(lastOf(a), { x: 'epoch', y: 'test', text: () => T.testWithoutMark, textAnchor: 'start', dx: 6, fill: 'currentColor' }),
      P.text(lastOf(b), { x: 'epoch', y: 'test', text: () => T.testWithMark, textAnchor: 'start', dx: 6, fill: 'currentColor' }),
    );
  }
  if (b.some((r) => r.validation !== undefined)) {
    marks.push(P.line(b, { x: 'epoch', y: 'validation', stroke: VALIDATION_COLOR, strokeWidth: 2.5, strokeDasharray: '2 3', clip: true }));
    const best = treated.bestEpoch();
    if (best !== undefined && treated.status() === 'stopped early') {
      const point = { epoch: best + 1, validation: treated.history[best]!.validationLoss! };
      marks.push(
        P.ruleX([point.epoch], { stroke: 'currentColor', strokeDasharray: '3 3' }),
        P.dot([point], { x: 'epoch', y: 'validation', r: 6, fill: VALIDATION_COLOR, stroke: 'currentColor', strokeWidth: 1.5, symbol: 'diamond' }),
        P.text([point], { x: 'epoch', y: () => max, text: () => T.keptMark(point.epoch), textAnchor: 'start', dx: 4, dy: 8, fill: 'currentColor' }),
      );
    }
  }
  return accessibleChart(P.plot({
    ...plotTheme,
    width,
    height: narrow ? 220 : 280,
    marginRight: narrow ? 18 : 90,
    x: { label: T.epochAxis, domain: [0, epochs] },
    y: { label: T.lossAxis, domain: [0, Math.min(max, 3)], grid: true },
    marks,
    ariaLabel: T.lossChart(summary(plain, T.without), summary(treated, T.with)),
  }));
}

/** The learning rate by epoch, when the treated run's schedule is exponential decay; otherwise null. */
export function scheduleChart(P: PlotModule, { plain, treated, epochs, width }: LabChartInput): Element | null {
  const schedule = treated.setup.config.schedule;
  if (schedule?.kind !== 'exponential') return null;
  const lr = plain.setup.config.learningRate;
  return accessibleChart(P.plot({
    ...plotTheme,
    width,
    height: 140,
    x: { label: T.epochAxis, domain: [0, epochs] },
    y: { label: T.rateAxis, grid: true, domain: [0, lr * 1.05] },
    marks: [
      P.ruleY([0]),
      P.line(rowsOf(plain), { x: 'epoch', y: 'lr', stroke: 'currentColor', strokeWidth: WITHOUT.width, strokeOpacity: WITHOUT.opacity }),
      P.line(rowsOf(treated), { x: 'epoch', y: 'lr', stroke: 'currentColor', strokeWidth: WITH.width }),
    ],
    ariaLabel: T.rateChart(formatPlain(lr), formatPlain(schedule.rate)),
  }));
}
