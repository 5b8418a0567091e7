// Data in and out of the playground (CSV import of good and bad files, export), and divergence: a huge
// learning rate pauses training with the reason, and the offered fix lowers the rate and resets. What the
// page says and the numbers it shows run on the English and the Spanish page (its words, quotation marks
// and decimal mark); the early-stopping run is checked against the engine in Node on both (its numbers and
// notes are shown in the page's language); the multi-class confusion matrix and the by-hand fix have no
// words of their own and run once, on the English page.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Session } from './support/browser';
import { forEachLanguage } from './support/languages';
import { live, lossChartShown, openPlayground, PLAYGROUND_PATH, scalesShown } from './support/playground';
import { catalogues } from '../../src/i18n/catalogues.ts';
import { readPlaygroundState } from '../../src/state/playground-state.ts';
import { generatePoints } from '../../components/Playground/generated-data.ts';
import { buildData } from '../../components/Playground/data-source.ts';
import { networkSpec, predictedClass, trainConfig } from '../../components/Playground/model-setup.ts';
import { confusionMatrix } from '../../components/Playground/metrics.ts';
import { formatInteger, formatNumber } from '../../src/ui/format.ts';
import { BLOW_UP_EPOCHS, BLOW_UP_FACTOR } from '../../src/engine/run/blow-up.ts';
import { loadWasmEngine } from '../../src/engine/index.ts';
import { createRun } from '../../src/engine/run/run.ts';

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

/** Stands for a message's argument; `before(…)` is the fixed text a message starts with. */
const SLOT = '\u0001';
const before = (message: string) => message.split(SLOT)[0]!;
const EN = catalogues.en.playground;

forEachLanguage(({ lang, t, path, number }) => {
  const PAGE = path(PLAYGROUND_PATH);
  const P = t.playground;

  describe('playground data files', () => {
    it('imports a good CSV file, refuses bad ones without losing the data, and exports what it has', async () => {
      const { page, problems } = await openPlayground(session, '', {}, PAGE);
      const input = page.getByLabel(P.editor.import);
      // As a reader does it: the page's own button (in the page's words) opens the file chooser.
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: P.editor.import }).click()]);
      await chooser.setFiles(file('mine.csv', 'x1,x2,label\n1,1,1\n-1,-1,0\n2,-2.5,1\n-3,4,0\n'));
      await page.locator('.pg-data-message').getByText(before(P.editor.imported(4, SLOT, true))).waitFor(); // reading a file is asynchronous
      const imported = await live(page);
      expect(imported.state.data).toBe('custom');
      expect(imported.points).toEqual([{ x: 1, y: 1, label: 1 }, { x: -1, y: -1, label: 0 }, { x: 2, y: -2.5, label: 1 }, { x: -3, y: 4, label: 0 }]);
      expect(await page.locator('.pg-data-message').textContent()).toBe(P.editor.imported(4, 'mine.csv', true));

      const bad: [string, string, string][] = [
        ['columns.csv', '1,2,1\n3,4\n', P.csv.line(2, P.csv.columns(2))],
        ['words.csv', '1,2,1\n3,four,0\n', P.csv.line(2, P.csv.notNumber('x2', 'four'))],
        ['empty.csv', 'x1,x2,label\n', P.csv.empty],
        ['big.csv', 'x1,x2,label\n' + '1,1,1\n'.repeat(10001), P.csv.line(10002, P.csv.tooMany(10000))],
      ];
      // The file's cell is quoted in the page's own marks, the row count written its way (10,000 or 10.000).
      expect(bad[1]![2]).toContain(lang === 'es' ? '«four»' : '“four”');
      expect(bad[3]![2]).toContain(formatInteger(10000, lang));
      for (const [name, text, message] of bad) {
        await input.setInputFiles(file(name, text));
        await page.locator('.pg-data-message').getByText(before(P.editor.notImported(name, SLOT))).waitFor();
        expect(await page.locator('.pg-data-message').textContent()).toBe(P.editor.notImported(name, message));
        expect((await live(page)).points).toEqual(imported.points);
      }

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: P.editor.export }).click()]);
      expect(download.suggestedFilename()).toBe(P.editor.fileName);
      const exported = readFileSync((await download.path())!, 'utf8');
      expect(exported).toBe('x1,x2,label\n1,1,1\n-1,-1,0\n2,-2.5,1\n-3,4,0\n');
      expect(problems).toEqual([]);
      await page.close();
    });

    it('pauses when Adam at learning rate 10 throws the loss up (no NaN), names the rate; the fix keeps points, layers and the keyboard', async () => {
      const link = 'data=xor&pts=1_1_0~-2_3_1~4_-4.5_1&layers=5,3&lr=10&opt=adam';
      const { page, problems } = await openPlayground(session, link, {}, PAGE);
      const start = await live(page);
      const play = page.getByRole('button', { name: P.toolbar.play, exact: true });
      await play.focus();
      await page.keyboard.press('Enter');
      const alert = page.locator('.pg-status');
      await alert.getByText(before(P.status.paused(SLOT))).waitFor({ timeout: 20000 });
      const paused = await live(page);
      expect(paused.status.kind).toBe('diverged');
      // No loss is NaN: this is the finite blow-up, measured against the loss before training.
      expect(paused.curve.every((p: { trainLoss: number }) => Number.isFinite(p.trainLoss))).toBe(true);
      // The reason, worded here from the run the page reports: the epoch, the loss now and before training
      // (numbers the page's way), the rate and the optimiser.
      const end = { kind: 'blow-up' as const, epoch: paused.epoch, trainLoss: paused.curve[paused.epoch].trainLoss, startLoss: paused.curve[0].trainLoss,
        learningRate: 10, optimizer: 'adam', epochs: BLOW_UP_EPOCHS, factor: BLOW_UP_FACTOR };
      expect(await alert.locator('p').textContent()).toBe(P.status.paused(t.trainingEnd.describe(end)));
      expect(await alert.locator('p').textContent()).toContain(`(${formatNumber(paused.curve[0].trainLoss, 3, undefined, lang)})`);
      // Play is disabled now; the keyboard went to the fix, not to the page's body.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(P.status.lowerButton(3));
      await page.keyboard.press('Enter');
      const fixed = await live(page);
      expect(fixed.state).toEqual({ ...start.state, lr: 3 });
      expect(fixed.points).toEqual(start.points);
      expect(fixed.epoch).toBe(0);
      expect(fixed.status.kind).toBe('ready');
      expect(fixed.parameters).toEqual(start.parameters);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(P.toolbar.play);
      expect(await play.isDisabled()).toBe(false);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('pauses on divergence at a huge learning rate, says why, and one click lowers the rate and resets', async () => {
      const { page, problems } = await openPlayground(session, 'problem=regression&data=multigauss&act=linear&layers=8,8,8&lr=10', {}, PAGE);
      const start = await live(page);
      // A CSV file the page refuses first: the data stays as it was.
      await page.getByLabel(P.editor.import).setInputFiles(file('data.csv', '1,2,0.5\n3,four,0\n'));
      const message = page.locator('.pg-data-message');
      await message.getByText(before(P.editor.notImported('data.csv', SLOT))).waitFor();
      expect(await message.textContent()).toBe(P.editor.notImported('data.csv', P.csv.line(2, P.csv.notNumber('x2', 'four'))));
      expect((await live(page)).points).toEqual(start.points);

      await page.getByRole('button', { name: P.toolbar.play, exact: true }).click();
      const alert = page.locator('.pg-status');
      await alert.getByText(before(P.status.paused(SLOT))).waitFor();
      const paused = await live(page);
      expect(paused.status.kind).toBe('diverged');
      // The reason, worded from the step the page reports (a loss of Infinity or NaN: both read in the page's words).
      const text = await alert.locator('p').textContent();
      const worded = (loss: number) => new RegExp(`^${P.status.paused(t.trainingEnd.describe({ kind: 'non-finite', step: 987, epoch: 1, learningRate: 10, loss }))
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('987', '\\d+')}$`);
      expect([Infinity, NaN].some((loss) => worded(loss).test(text!)), text!).toBe(true);
      expect(await page.getByRole('button', { name: P.toolbar.play, exact: true }).isDisabled()).toBe(true);
      const fix = page.getByRole('button', { name: P.status.lowerButton(3), exact: true });
      await fix.focus();
      await page.keyboard.press('Enter');
      const fixed = await live(page);
      expect(fixed.state.lr).toBe(3);
      expect(fixed.epoch).toBe(0);
      expect(fixed.status.kind).toBe('ready');
      expect(fixed.parameters).toEqual(start.parameters);
      expect(await alert.locator('p').textContent()).toBe(P.status.lowered(3));
      expect(await page.getByRole('button', { name: P.toolbar.play, exact: true }).isDisabled()).toBe(false);
      expect(problems).toEqual([]);
      await page.close();
    });
  });

  describe('playground early stopping', () => {
    it('stops when the validation loss stops improving, restores the best epoch, shows that network\'s numbers and marks both epochs', async () => {
      const link = 'data=circle&stop=1&patience=5&noise=50&points=100&layers=8,8,8&lr=0.3&opt=adam&speed=fast';
      const { page, problems } = await openPlayground(session, link, {}, PAGE);
      await page.getByRole('button', { name: P.toolbar.play, exact: true }).click();
      await page.locator('.pg-status').getByText(before(P.status.stopped({ held: 0, patience: 0, epoch: 0, kept: 0 }).replace(/[\d,.]+/, SLOT))).waitFor();
      const { status, epoch, curve, parameters } = await live(page);
      expect(status.kind).toBe('stopped');
      if (status.kind !== 'stopped') throw new Error('not stopped'); // (narrows the type; the expect above already failed)
      // Stopped exactly `patience` epochs after the best validation loss, which no later epoch beat; the
      // page says it watched the validation split, not the test points.
      expect(epoch).toBe(status.bestEpoch + 5);
      const best = curve[status.bestEpoch].validationLoss!;
      for (const p of curve.slice(status.bestEpoch + 1)) expect(p.validationLoss).toBeGreaterThanOrEqual(best);

      // The same run in Node (the engine's run, as the page's Worker made it): the page holds exactly its weights.
      const { state } = readPlaygroundState(link);
      const data = buildData(state, generatePoints(state));
      expect(data.validation!.n).toBeGreaterThan(5);
      // The page says it watched the validation split (its size), not the test points, in its own words.
      expect(status.reason).toBe(P.status.stopped({ held: data.validation!.n, patience: 5, epoch, kept: status.bestEpoch }));
      const net = (await loadWasmEngine()).createNetwork(networkSpec(state));
      const inNode = createRun(net, { train: data.train, validation: data.validation, test: data.test, config: trainConfig(state), earlyStopping: { patience: 5 } })
        .advance({ epochs: 10_000 });
      expect(inNode.status).toBe('stopped');
      expect(inNode.best!.epoch + 1).toBe(status.bestEpoch);
      expect(await page.locator('[data-playground]').getAttribute('data-training')).toBe('worker');
      expect(parameters).toEqual(JSON.parse(JSON.stringify(net.getParameters())));
      // ... and every number shown is that network's, not the last epoch's.
      const classes = (ds: typeof data.train) => { const out = net.predict(ds.inputs, ds.n); return Array.from({ length: ds.n }, (_, i) => predictedClass(state, out, i)); };
      const truth = (test: boolean) => data.points.filter((_, i) => data.isTest[i] === test && !data.isValidation[i]).map((p) => p.label);
      const accuracy = (test: boolean, ds: typeof data.train) => classes(ds).filter((c, i) => c === truth(test)[i]).length / ds.n;
      const fmt = (v: number, decimals: number) => formatNumber(v, decimals, undefined, lang);
      const expected = [
        fmt(net.evaluate(data.train).loss, 3), fmt(net.evaluate(data.test).loss, 3),
        P.charts.percent(accuracy(false, data.train)), P.charts.percent(accuracy(true, data.test)),
      ];
      expect(expected[2]).toBe(`${fmt(100 * accuracy(false, data.train), 1)} %`);
      const lastEpoch = curve[curve.length - 1];
      expect(fmt(lastEpoch.testLoss, 3)).not.toBe(expected[1]); // the check below can tell the two apart
      await page.waitForFunction((want) => [...document.querySelectorAll('.pg-metrics dd')].map((d) => d.textContent).join('|') === want, expected.join('|'), { timeout: 5000 })
        .catch(() => undefined);
      expect(await page.locator('.pg-metrics dd').allTextContents()).toEqual(expected);
      expect(await page.locator('.pg-metrics-which').textContent()).toBe(P.charts.keptWeights(status.bestEpoch));
      // The confusion matrix and the screen-reader summary describe it too.
      const shownMatrix = await page.locator('.pg-confusion tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => Number(c.textContent))));
      expect(shownMatrix).toEqual(confusionMatrix(truth(true), classes(data.test), 2));
      expect(await page.locator('.pg-summary').textContent()).toContain(P.summary.losses(net.evaluate(data.train).loss, net.evaluate(data.test).loss, data.train.n, data.test.n));

      // The chart marks where it stopped and which epoch's weights were kept, in the picture and in words.
      await page.locator('.pg-loss-plot').getByText(P.charts.keptLabel(status.bestEpoch)).waitFor();
      await page.locator('.pg-loss-plot').getByText(P.charts.stoppedLabel(epoch)).waitFor();
      // A solid rule and a ringed point at the kept epoch (its test loss), a dotted rule at the stop, where the axes say.
      const chart = await lossChartShown(page);
      const at = scalesShown(chart, number);
      expect(chart.kept!).toBeCloseTo(at.x(status.bestEpoch), 0);
      expect(chart.stopped!).toBeCloseTo(at.x(epoch), 0);
      expect(chart.ring![0]).toBeCloseTo(at.x(status.bestEpoch), 0);
      expect(chart.ring![1]).toBeCloseTo(at.y(curve[status.bestEpoch]!.testLoss!), 0);
      expect(await page.locator('.pg-loss-chart figcaption').textContent())
        .toContain(P.charts.stopCaption(epoch, status.bestEpoch).trim());
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});

// Language-free behaviour, once on the English page.
describe('playground divergence, fixed by hand', () => {
  it('after a divergence, picking a smaller learning rate by hand also resets the weights so Play works again', async () => {
    const { page, problems } = await openPlayground(session, 'problem=regression&data=multigauss&act=linear&layers=8,8,8&lr=10');
    const start = await live(page);
    await page.getByRole('button', { name: EN.toolbar.play, exact: true }).click();
    await page.locator('.pg-status').getByText(before(EN.status.paused(SLOT))).waitFor();
    const lr = page.getByLabel(EN.training.learningRate, { exact: true });
    await lr.focus();
    await page.keyboard.press('ArrowUp');
    const after = await live(page);
    expect(after.state.lr).toBe(3);
    expect(after.status.kind).toBe('ready');
    expect(after.epoch).toBe(0);
    expect(after.parameters).toEqual(start.parameters);
    expect(await page.locator('.pg-status').isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: EN.toolbar.play, exact: true }).isDisabled()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('playground early stopping with several classes', () => {
  it('shows the confusion matrix of the kept weights for several classes', async () => {
    const link = 'problem=multiclass&classes=3&data=gauss&noise=50&points=100&stop=1&patience=3&lr=0.3&opt=adam&speed=fast';
    const { page, problems } = await openPlayground(session, link);
    await page.getByRole('button', { name: EN.toolbar.play, exact: true }).click();
    await page.locator('.pg-status').getByText(before(EN.status.stopped({ held: 0, patience: 0, epoch: 0, kept: 0 }).replace(/[\d,.]+/, SLOT))).waitFor();
    const { status, epoch } = await live(page);
    if (status.kind !== 'stopped') throw new Error(`not stopped: ${status.kind}`);
    expect(epoch).toBeGreaterThan(status.bestEpoch);
    const { state } = readPlaygroundState(link);
    const data = buildData(state, generatePoints(state));
    const net = (await loadWasmEngine()).createNetwork(networkSpec(state));
    createRun(net, { train: data.train, validation: data.validation, test: data.test, config: trainConfig(state), earlyStopping: { patience: 3 } })
      .advance({ epochs: 10_000 });
    const out = net.predict(data.test.inputs, data.test.n);
    const matrix = confusionMatrix(data.points.filter((_, i) => data.isTest[i]).map((p) => p.label),
      Array.from({ length: data.test.n }, (_, i) => predictedClass(state, out, 3 * i)), 3);
    const shown = () => page.locator('.pg-confusion tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => Number(c.textContent))));
    await expect.poll(shown).toEqual(matrix);
    expect(problems).toEqual([]);
    await page.close();
  });
});
