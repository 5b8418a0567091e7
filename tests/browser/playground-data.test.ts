// Data in and out of the playground (CSV import of good and bad files, export), and divergence: a huge
// learning rate pauses training with the reason, and the offered fix lowers the rate and resets.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Session } from './support/browser';
import { live, openPlayground, PLAYGROUND_PATH_ES } from './support/playground';
import { catalogues } from '../../src/i18n/catalogues.ts';
import { readPlaygroundState } from '../../src/state/playground-state.ts';
import { generatePoints } from '../../components/Playground/generated-data.ts';
import { buildData } from '../../components/Playground/data-source.ts';
import { networkSpec, predictedClass, trainConfig } from '../../components/Playground/model-setup.ts';
import { confusionMatrix } from '../../components/Playground/metrics.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { loadWasmEngine } from '../../src/engine/index.ts';
import { createRun } from '../../src/engine/run/run.ts';

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

describe('playground data files', () => {
  it('imports a good CSV file, refuses bad ones without losing the data, and exports what it has', async () => {
    const { page, problems } = await openPlayground(session);
    const input = page.getByLabel('Import CSV (x1, x2, label)');
    await input.setInputFiles(file('mine.csv', 'x1,x2,label\n1,1,1\n-1,-1,0\n2,-2.5,1\n-3,4,0\n'));
    await page.locator('.pg-data-message').getByText('Imported').waitFor(); // reading a file is asynchronous
    const imported = await live(page);
    expect(imported.state.data).toBe('custom');
    expect(imported.points).toEqual([{ x: 1, y: 1, label: 1 }, { x: -1, y: -1, label: 0 }, { x: 2, y: -2.5, label: 1 }, { x: -3, y: 4, label: 0 }]);
    expect(await page.locator('.pg-data-message').textContent()).toBe('Imported 4 points from mine.csv (first line read as a header).');

    const bad: [string, string, string][] = [
      ['columns.csv', '1,2,1\n3,4\n', 'Line 2: has 2 columns; each line needs 3: x1, x2, label.'],
      ['words.csv', '1,2,1\n3,four,0\n', 'Line 2: x2 “four” is not a number.'],
      ['empty.csv', 'x1,x2,label\n', 'The file has no data rows'],
      ['big.csv', 'x1,x2,label\n' + '1,1,1\n'.repeat(10001), 'Line 10002: the file has more than 10,000 rows'],
    ];
    for (const [name, text, message] of bad) {
      await input.setInputFiles(file(name, text));
      await page.locator('.pg-data-message').getByText(`${name} was not imported`).waitFor();
      const said = await page.locator('.pg-data-message').textContent();
      expect(said).toContain(`${name} was not imported.`);
      expect(said).toContain(message);
      expect(said).toContain('The data was not changed.');
      expect((await live(page)).points).toEqual(imported.points);
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export data (CSV)' }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported).toBe('x1,x2,label\n1,1,1\n-1,-1,0\n2,-2.5,1\n-3,4,0\n');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('pauses when Adam at learning rate 10 throws the loss up (no NaN), names the rate; the fix keeps points, layers and the keyboard', async () => {
    const link = 'data=xor&pts=1_1_0~-2_3_1~4_-4.5_1&layers=5,3&lr=10&opt=adam';
    const { page, problems } = await openPlayground(session, link);
    const start = await live(page);
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await play.focus();
    await page.keyboard.press('Enter');
    const alert = page.locator('.pg-status');
    await alert.getByText(/diverged/).waitFor({ timeout: 20000 });
    const paused = await live(page);
    expect(paused.status.kind).toBe('diverged');
    // No loss is NaN: this is the finite blow-up, measured against the loss before training.
    expect(paused.curve.every((p: { trainLoss: number }) => Number.isFinite(p.trainLoss))).toBe(true);
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/Paused: Training diverged by epoch \d+: .*before training \(([\d.]+)\)\. The learning rate 10 is probably too high for Adam/);
    expect(text).toContain(`(${formatNumber(paused.curve[0].trainLoss, 3)})`);
    // Play is disabled now; the keyboard went to the fix, not to the page's body.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lower the learning rate to 3 and reset');
    await page.keyboard.press('Enter');
    const fixed = await live(page);
    expect(fixed.state).toEqual({ ...start.state, lr: 3 });
    expect(fixed.points).toEqual(start.points);
    expect(fixed.epoch).toBe(0);
    expect(fixed.status.kind).toBe('ready');
    expect(fixed.parameters).toEqual(start.parameters);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Play');
    expect(await play.isDisabled()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('in Spanish: a bad file is refused naming its line, and a divergence pauses with its reason and fix in Spanish', async () => {
    const es = catalogues.es.playground;
    const { page, problems } = await openPlayground(session, 'problem=regression&data=multigauss&act=linear&layers=8,8,8&lr=10', {}, PLAYGROUND_PATH_ES);
    const before = await live(page);
    await page.getByLabel(es.editor.import).setInputFiles(file('datos.csv', '1,2,0.5\n3,cuatro,0\n'));
    const message = page.locator('.pg-data-message');
    await message.getByText('datos.csv no se ha importado').waitFor();
    expect(await message.textContent()).toBe('datos.csv no se ha importado. Línea 2: x2 «cuatro» no es un número. Los datos no han cambiado.');
    expect((await live(page)).points).toEqual(before.points);

    await page.getByRole('button', { name: es.toolbar.play, exact: true }).click();
    const alert = page.locator('.pg-status');
    await alert.getByText(/divergió/).waitFor();
    expect(await alert.locator('p').textContent()).toMatch(/^En pausa: El entrenamiento divergió en el paso \d+ \(época 1\): la pérdida se volvió (infinita|NaN \(no es un número\))\. La tasa de aprendizaje 10 es probablemente demasiado alta; prueba una más pequeña \(por ejemplo, 1\)\.$/);
    await page.getByRole('button', { name: 'Bajar la tasa de aprendizaje a 3 y reiniciar', exact: true }).click();
    expect(await alert.locator('p').textContent()).toBe('Tasa de aprendizaje bajada a 3 y pesos reiniciados. Pulsa Entrenar para volver a entrenar.');
    const fixed = await live(page);
    expect(fixed.state.lr).toBe(3);
    expect(fixed.status.kind).toBe('ready');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('after a divergence, picking a smaller learning rate by hand also resets the weights so Play works again', async () => {
    const { page, problems } = await openPlayground(session, 'problem=regression&data=multigauss&act=linear&layers=8,8,8&lr=10');
    const start = await live(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.locator('.pg-status').getByText(/diverged/).waitFor();
    const lr = page.getByLabel('Learning rate', { exact: true });
    await lr.focus();
    await page.keyboard.press('ArrowUp');
    const after = await live(page);
    expect(after.state.lr).toBe(3);
    expect(after.status.kind).toBe('ready');
    expect(after.epoch).toBe(0);
    expect(after.parameters).toEqual(start.parameters);
    expect(await page.locator('.pg-status').isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: 'Play', exact: true }).isDisabled()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('pauses on divergence at a huge learning rate, says why, and one click lowers the rate and resets', async () => {
    const { page, problems } = await openPlayground(session, 'problem=regression&data=multigauss&act=linear&layers=8,8,8&lr=10');
    const start = await live(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const alert = page.locator('.pg-status');
    await alert.getByText(/diverged/).waitFor();
    const text = await alert.textContent();
    expect(text).toMatch(/Paused: Training diverged at step \d+ \(epoch 1\): the loss became (Infinity|NaN)/);
    expect(text).toMatch(/learning rate 10 is probably too high/);
    expect((await live(page)).status.kind).toBe('diverged');
    expect(await page.getByRole('button', { name: 'Play', exact: true }).isDisabled()).toBe(true);
    const fix = page.getByRole('button', { name: 'Lower the learning rate to 3 and reset' });
    await fix.focus();
    await page.keyboard.press('Enter');
    const fixed = await live(page);
    expect(fixed.state.lr).toBe(3);
    expect(fixed.epoch).toBe(0);
    expect(fixed.status.kind).toBe('ready');
    expect(fixed.parameters).toEqual(start.parameters);
    expect(await alert.textContent()).toContain('Learning rate lowered to 3');
    expect(await page.getByRole('button', { name: 'Play', exact: true }).isDisabled()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('playground early stopping', () => {
  it('stops when the validation loss stops improving, restores the best epoch, shows that network\'s numbers and marks both epochs', async () => {
    const link = 'data=circle&stop=1&patience=5&noise=50&points=100&layers=8,8,8&lr=0.3&opt=adam&speed=fast';
    const { page, problems } = await openPlayground(session, link);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.locator('.pg-status').getByText(/Early stopping/).waitFor();
    const { status, epoch, curve, parameters } = await live(page);
    expect(status.kind).toBe('stopped');
    if (status.kind !== 'stopped') throw new Error('not stopped'); // (narrows the type; the expect above already failed)
    // Stopped exactly `patience` epochs after the best validation loss, which no later epoch beat; the
    // page says it watched the validation split, not the test points.
    expect(epoch).toBe(status.bestEpoch + 5);
    const best = curve[status.bestEpoch].validationLoss!;
    for (const p of curve.slice(status.bestEpoch + 1)) expect(p.validationLoss).toBeGreaterThanOrEqual(best);
    expect(status.reason).toMatch(/the validation loss \(on the \d+ training points held out for it, not the test points\)/);

    // The same run in Node (the engine's run, as the page's Worker made it): the page holds exactly its weights.
    const { state } = readPlaygroundState(link);
    const data = buildData(state, generatePoints(state));
    expect(data.validation!.n).toBeGreaterThan(5);
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
    const expected = [
      formatNumber(net.evaluate(data.train).loss, 3), formatNumber(net.evaluate(data.test).loss, 3),
      `${formatNumber(100 * accuracy(false, data.train), 1)} %`, `${formatNumber(100 * accuracy(true, data.test), 1)} %`,
    ];
    const lastEpoch = curve[curve.length - 1];
    expect(formatNumber(lastEpoch.testLoss, 3)).not.toBe(expected[1]); // the check below can tell the two apart
    await page.waitForFunction((want) => [...document.querySelectorAll('.pg-metrics dd')].map((d) => d.textContent).join('|') === want, expected.join('|'), { timeout: 5000 })
      .catch(() => undefined);
    expect(await page.locator('.pg-metrics dd').allTextContents()).toEqual(expected);
    expect(await page.locator('.pg-metrics-which').textContent()).toBe(`These numbers are for the weights of epoch ${status.bestEpoch}, which early stopping kept.`);
    // The confusion matrix and the screen-reader summary describe it too.
    const shownMatrix = await page.locator('.pg-confusion tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => Number(c.textContent))));
    expect(shownMatrix).toEqual(confusionMatrix(truth(true), classes(data.test), 2));
    expect(await page.locator('.pg-summary').textContent()).toContain(`Training loss ${expected[0]}, test loss ${expected[1]}.`);

    // The chart marks where it stopped and which epoch's weights were kept, in the picture and in words.
    await page.locator('.pg-loss-plot').getByText(`weights kept: epoch ${status.bestEpoch}`).waitFor();
    await page.locator('.pg-loss-plot').getByText(`stopped after epoch ${epoch}`).waitFor();
    expect(await page.locator('.pg-loss-chart figcaption').textContent())
      .toContain(`Early stopping stopped after epoch ${epoch} (dotted vertical line) and kept the weights of epoch ${status.bestEpoch}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the confusion matrix of the kept weights for several classes', async () => {
    const link = 'problem=multiclass&classes=3&data=gauss&noise=50&points=100&stop=1&patience=3&lr=0.3&opt=adam&speed=fast';
    const { page, problems } = await openPlayground(session, link);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.locator('.pg-status').getByText(/Early stopping/).waitFor();
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
