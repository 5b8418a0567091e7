// Chapter 6's playground, operated with the keyboard only: every control changes what it should, the
// run controls train, rewind and redraw, and the page stays clean (no console error, axe, 360 px). On the
// English and the Spanish page: controls found by the page's words, numbers shown and typed its way. The
// WebGL picture has no language: checked once, on the English page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { forEachLanguage } from './support/languages';
import { live, lossChartShown, openPlayground, PLAYGROUND_PATH, scalesShown, settledHash, type LiveSnapshot, type PlaygroundRoot } from './support/playground';
import { splitTestFlags } from '../../components/Playground/data-source.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { catalogues } from '../../src/i18n/catalogues.ts';

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

type State = LiveSnapshot['state'];
const state = async (page: Page): Promise<State> => (await live(page)).state;

/** Focuses a control by its accessible name and presses keys on it. */
async function operate(page: Page, name: string | RegExp, keys: string[], role?: 'button' | 'checkbox' | 'combobox' | 'slider' | 'textbox'): Promise<void> {
  const target = role ? page.getByRole(role, { name, exact: typeof name === 'string' }) : page.getByLabel(name, { exact: typeof name === 'string' });
  await target.first().focus();
  for (const key of keys) await page.keyboard.press(key);
}

/** Stands for a message's argument; `before(…)` is the fixed text a message starts with. */
const SLOT = '\u0001';
const before = (message: string) => message.split(SLOT)[0]!;

forEachLanguage(({ lang, t, path, number, decimal }) => {
  const PAGE = path(PLAYGROUND_PATH);
  const P = t.playground;
  const open = (fragment = '', options: Parameters<typeof openPlayground>[2] = {}) => openPlayground(session, fragment, options, PAGE);

  describe('the playground, by keyboard', () => {
    it('changes the right setting for every control, and writes it into the link', async () => {
      const { page, problems } = await open();
      // [control name, role, keys, check on the state after]
      const steps: [string | RegExp, Parameters<typeof operate>[3], string[], (s: State) => boolean][] = [
        [P.data.dataSet, 'combobox', ['ArrowDown'], (s) => s.data === 'xor'],
        [P.data.noise, 'slider', ['ArrowRight'], (s) => s.noise === 5],
        [P.data.trainShare, 'slider', ['ArrowLeft'], (s) => s.train === 40],
        [P.data.points, 'slider', ['ArrowRight'], (s) => s.points === 450],
        [P.data.showTest, 'checkbox', ['Space'], (s) => s.showTest === false],
        [P.data.discretize, 'checkbox', ['Space'], (s) => s.discretize === true],
        [P.features.names.x1Squared, 'checkbox', ['Space'], (s) => s.features.join() === 'x1,x2,x1Squared'],
        [P.features.names.sinX2, 'checkbox', ['Space'], (s) => s.features.join() === 'x1,x2,x1Squared,sinX2'],
        [P.network.addLayerLabel, 'button', ['Enter'], (s) => s.layers.join() === '4,2,2'],
        [P.network.addNeuron(3), 'button', ['Enter'], (s) => s.layers.join() === '4,2,3'],
        [P.network.removeNeuron(1), 'button', ['Enter'], (s) => s.layers.join() === '3,2,3'],
        [P.network.removeLayerLabel, 'button', ['Enter'], (s) => s.layers.join() === '3,2'],
        [P.network.layerActivation(2), 'combobox', ['ArrowDown'], (s) => s.acts.join() === 'tanh,relu'],
        [P.network.layerDropout(1), 'combobox', ['ArrowDown'], (s) => s.dropout.join() === '0.1,0'],
        [P.network.activation, 'combobox', ['Home'], (s) => s.act === 'relu' && s.acts.length === 0],
        [P.network.loss, 'combobox', ['ArrowDown'], (s) => s.loss === 'mse'],
        [P.network.init, 'combobox', ['End'], (s) => s.init === 'he'],
        [P.training.speed, 'combobox', ['ArrowDown'], (s) => s.speed === 'fast'],
        [P.training.learningRate, 'combobox', ['ArrowDown'], (s) => s.lr === 0.1],
        [P.training.batch, 'slider', ['ArrowRight', 'ArrowRight'], (s) => s.batch === 12],
        [P.training.optimizer, 'combobox', ['ArrowDown'], (s) => s.opt === 'momentum'],
        [P.training.momentum, 'slider', ['ArrowLeft'], (s) => Math.abs(s.momentum - 0.89) < 1e-9],
        [P.training.schedule, 'combobox', ['ArrowDown'], (s) => s.sched === 'step'],
        [P.training.decay, 'slider', ['ArrowRight'], (s) => Math.abs(s.decay - 0.51) < 1e-9],
        [P.training.period, 'slider', ['ArrowLeft'], (s) => s.every === 99],
        [P.training.regularization, 'combobox', ['End'], (s) => s.reg === 'l2'],
        [P.training.regRate, 'combobox', ['ArrowDown'], (s) => s.regRate === 0.003],
        [P.training.dropout, 'combobox', ['End'], (s) => s.dropout.join() === '0.9,0.9'],
        [P.training.earlyStopping, 'checkbox', ['Space'], (s) => s.stop === true],
        [P.training.patience, 'slider', ['ArrowRight'], (s) => s.patience === 51],
        [P.view.connections, 'combobox', ['ArrowDown'], (s) => s.view === 'gradients'],
        [P.data.problem, 'combobox', ['ArrowDown'], (s) => s.problem === 'multiclass' && s.data === 'gauss'],
        [P.data.classes, 'combobox', ['ArrowDown'], (s) => s.classes === 4],
        [P.data.regenerate, 'button', ['Enter'], (s) => s.dataSeed !== 1],
      ];
      for (const [name, role, keys, check] of steps) {
        await operate(page, name, keys, role);
        const s = await state(page);
        expect(check(s), `${String(name)} → ${JSON.stringify(s)}`).toBe(true);
      }
      const hash = await settledHash(page);
      expect(hash).toContain('problem=multiclass');
      expect(hash).toContain('lr=0.1');
      expect(hash).toContain('features=x1,x2,x1Squared,sinX2');
      expect(problems).toEqual([]);
      await page.close();
    });

    it('trains with Play and Step, rewinds to the same weights, and draws new ones', async () => {
      const { page, problems } = await open('data=xor&features=x1,x2,x1x2');
      const start = await live(page);
      await operate(page, P.toolbar.step, ['Enter'], 'button');
      const one = await live(page);
      expect(one.epoch).toBe(1);
      expect(one.curve).toHaveLength(2);
      expect(one.parameters).not.toEqual(start.parameters);
      // The epoch counter shows the number of epochs.
      expect(await page.locator('.pg-epoch').textContent()).toBe('1');
      await operate(page, P.toolbar.play, ['Enter'], 'button');
      await page.waitForFunction(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.epoch >= 5);
      await operate(page, P.toolbar.pause, ['Enter'], 'button');
      const paused = (await live(page)).epoch;
      await page.waitForTimeout(200); // a check that nothing happens: no epoch after Pause
      expect((await live(page)).epoch).toBe(paused);
      // The loss fell: XOR with x1·x2 is easy.
      const curve = (await live(page)).curve;
      expect(curve[curve.length - 1].trainLoss).toBeLessThan(curve[0].trainLoss);
      // The loss chart, drawn once more when paused (with its hover tip), shows the whole curve.
      await page.waitForFunction((n) => {
        const d = document.querySelector('.pg-loss-plot .pg-line-train')?.getAttribute('d') ?? '';
        return document.querySelector('.pg-loss-plot .pg-chart-tip') !== null && d.split('L').length === n;
      }, curve.length);
      await page.locator('.pg-loss-plot svg').scrollIntoViewIfNeeded();
      const chart = await lossChartShown(page);
      // Its axes carry numbers: at least two labelled loss ticks (a plain log axis leaves them blank while the
      // loss stays within a decade) and whole epochs only, written the page's way (a decimal comma in Spanish).
      const labels = [...chart.xTicks, ...chart.yTicks].map((t) => t.label);
      if (lang === 'es') expect(labels.filter((label) => /\d\.\d/.test(label))).toEqual([]);
      const losses = chart.yTicks.map((t) => number(t.label.replace('−', '-')));
      expect(losses.filter((v) => v > 0 && v < 5 && !Number.isInteger(v)).length).toBeGreaterThanOrEqual(2);
      const epochs = chart.xTicks.map((t) => number(t.label));
      expect(epochs.length).toBeGreaterThanOrEqual(2);
      expect(epochs.every((v) => v >= 0 && Number.isInteger(v))).toBe(true);
      // Every point of both lines lies where the axes say: epochs linear, losses on a log scale.
      const at = scalesShown(chart, number);
      for (const t of chart.yTicks) expect(t.at).toBeCloseTo(at.y(number(t.label)), 0);
      expect(chart.train).toHaveLength(curve.length);
      expect(chart.test).toHaveLength(curve.length);
      curve.forEach((p, i) => {
        expect(chart.train[i]![0]).toBeCloseTo(at.x(p.epoch), 0);
        expect(chart.train[i]![1]).toBeCloseTo(at.y(p.trainLoss), 0);
        expect(chart.test[i]![1]).toBeCloseTo(at.y(p.testLoss!), 0);
      });
      // Pointing at the last training point reads its epoch and loss, in the page's words and numbers.
      expect(chart.tip).toBeNull();
      const last = curve[curve.length - 1]!;
      const scale = chart.box.width / chart.width;
      await page.mouse.move(chart.box.left + at.x(last.epoch) * scale, chart.box.top + at.y(last.trainLoss) * scale);
      await page.waitForFunction(() => document.querySelector('.pg-chart-tip')?.getAttribute('display') !== 'none');
      expect((await lossChartShown(page)).tip).toEqual(P.charts.tip(last.epoch, P.charts.train, last.trainLoss).split('\n'));
      await page.mouse.move(chart.box.left + chart.box.width / 2, chart.box.top - 40);
      await page.waitForFunction(() => document.querySelector('.pg-chart-tip')?.getAttribute('display') === 'none');
      await operate(page, P.toolbar.rewind, ['Enter'], 'button');
      const rewound = await live(page);
      expect(rewound.epoch).toBe(0);
      expect(rewound.parameters).toEqual(start.parameters);
      await operate(page, P.toolbar.newWeights, ['Enter'], 'button');
      const fresh = await live(page);
      expect(fresh.state.seed).not.toBe(start.state.seed);
      expect(fresh.parameters).not.toEqual(start.parameters);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('adds points from the keyboard on the focused plane, at the cursor, of the chosen class', async () => {
      // Own points are split into train and test by a seeded draw per point; with this seed both are training points.
      expect(splitTestFlags(0, 2, 90, 1)).toEqual([false, false]);
      const { page, problems } = await open('data=custom&train=90');
      expect((await live(page)).points).toEqual([]);
      await operate(page, P.plane.label, ['ArrowRight', 'ArrowRight', 'ArrowUp', '1', 'Enter', 'Shift+ArrowDown', '2', ' ']);
      const s = await state(page);
      expect(s.pts).toEqual([{ x: 1, y: 0.5, label: 0 }, { x: 1, y: 0.4, label: 1 }]);
      expect(await page.locator('.pg-data-message').textContent()).toContain(before(P.editor.added(1, 0.4, SLOT)));
      // With points of both classes the playground can train.
      await operate(page, P.toolbar.step, ['Enter'], 'button');
      const trained = await live(page);
      expect(trained.epoch).toBe(1);
      // A point added mid-run keeps the network and the epoch count: training goes on with the new data.
      await operate(page, P.plane.label, ['ArrowLeft', 'Enter']);
      const more = await live(page);
      expect(more.state.pts).toHaveLength(3);
      expect(more.parameters).toEqual(trained.parameters);
      expect(more.epoch).toBe(1);
      await operate(page, P.toolbar.step, ['Enter'], 'button');
      expect((await live(page)).epoch).toBe(2);
      await operate(page, P.editor.clear, ['Enter'], 'button');
      expect((await state(page)).pts).toEqual([]);
      expect(await page.getByRole('alert').first().textContent()).toContain(P.status.noData);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('keeps the keyboard on a nearby control when an action disables or hides the one it was on', async () => {
      const { page, problems } = await open('layers=4,99');
      const focusedName = () => page.evaluate(() => { const el = document.activeElement; return el?.getAttribute('aria-label') ?? el?.textContent; });
      // The link's notice: dismissing it hides its button, so the keyboard goes on to Play.
      await operate(page, P.page.dismiss, ['Enter'], 'button');
      expect(await page.locator('.pg-notice:not(.pg-kept)').isHidden()).toBe(true);
      expect(await focusedName()).toBe(P.toolbar.play);
      // + at its limit (8 neurons) is disabled: the focus moves to − of the same layer.
      await operate(page, P.network.addNeuron(1), ['Enter', 'Enter', 'Enter', 'Enter']);
      expect((await state(page)).layers).toEqual([8, 2]);
      expect(await focusedName()).toBe(P.network.removeNeuron(1));
      await page.keyboard.press('Enter');
      expect((await state(page)).layers).toEqual([7, 2]);
      // "+ layer" at its limit (6 layers) gives the focus to "− layer".
      await operate(page, P.network.addLayerLabel, ['Enter', 'Enter', 'Enter', 'Enter']);
      expect((await state(page)).layers).toHaveLength(6);
      expect(await focusedName()).toBe(P.network.removeLayerLabel);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('moves through the network diagram with arrow keys and shows each neuron\'s formula with its numbers', async () => {
      const { page, problems } = await open('layers=3&seed=5');
      const first = page.getByRole('button', { name: P.diagram.input(P.features.names.x1) });
      await first.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      expect(focused).toBe(P.diagram.neuron(1, 2));
      const text = await page.locator('.pg-neuron-details .pg-formula').textContent();
      const { parameters } = await live(page);
      // Weights into neuron 2 of layer 1: w[i * 3 + 1]; bias b[1]. The formula shows them to 2 decimals.
      const w = parameters.weights[0];
      const fmt = (v: number) => formatNumber(Math.abs(v), 2, undefined, lang);
      expect(text).toContain(`a = ${P.activations.tanh}(z)`);
      expect(text).toContain(`${fmt(w[1])}·x₁`);
      expect(text).toContain(`${fmt(w[4])}·x₂`);
      // Edit a weight from the keyboard: the network takes it.
      await page.getByText(P.diagram.edit).click();
      const field = page.getByLabel(P.diagram.weightFrom(P.features.names.x1));
      await field.fill(`1${decimal}5`);
      await field.press('Enter');
      await page.keyboard.press('Tab');
      expect((await live(page)).parameters.weights[0][1]).toBe(1.5);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('hides the controls a teacher chose and shows the exercise text as text', async () => {
      const taskText = lang === 'es' ? 'Encuentra una red para <b>XOR</b> con 1 capa oculta.' : 'Find a network for <b>XOR</b> with 1 hidden layer.';
      const task = encodeURIComponent(taskText);
      const { page, problems } = await open(`hide=lr,features,data&task=${task}`);
      expect(await page.getByLabel(P.training.learningRate, { exact: true }).isVisible()).toBe(false);
      expect(await page.getByLabel(P.features.names.x1Squared).isVisible()).toBe(false);
      expect(await page.getByLabel(P.data.dataSet, { exact: true }).isVisible()).toBe(false);
      expect(await page.getByLabel(P.training.batch, { exact: true }).isVisible()).toBe(true);
      expect(await page.locator('.pg-task p').textContent()).toBe(taskText);
      expect(await page.locator('.pg-task b').count()).toBe(0);
      // The teacher panel makes such links from the keyboard.
      await page.getByText(P.teacher.summary).click();
      await operate(page, P.teacher.groups.batch, ['Space'], 'checkbox');
      expect((await state(page)).hide).toEqual(['data', 'features', 'lr', 'batch']);
      expect(await page.getByLabel(P.training.batch, { exact: true }).isVisible()).toBe(false);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('has no serious accessibility violation, trained or not, and fits a 360 px phone', async () => {
      const { page, problems } = await open('problem=multiclass&data=spiral&classes=4&layers=6,6');
      await operate(page, P.toolbar.step, ['Enter'], 'button');
      await page.waitForFunction(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.epoch >= 1);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
      const phone = await open('layers=8,8,8,8,8,8&features=x1,x2,x1Squared,x2Squared,x1x2,sinX1,sinX2', { width: 360, height: 740, colorScheme: 'dark' });
      expect(await scrollsHorizontally(phone.page)).toBe(false);
      expect(await seriousAxeViolations(phone.page)).toEqual([]);
      expect(phone.problems).toEqual([]);
      await phone.page.close();
    });
  });
});

// While it trains, the numbers under the picture are redrawn a few times a second, each by its own drawing
// job (counters, numbers): one must not undo another. Once shown, the accuracy rows stay shown on every
// frame (they used to be hidden by every frame that came before the next accuracy was computed).
describe('the playground\'s numbers while it trains', () => {
  it('keep the accuracies shown on every frame while the epoch counter and losses move', async () => {
    const { page, problems } = await openPlayground(session, 'speed=fast');
    await page.getByRole('button', { name: catalogues.en.playground.toolbar.play, exact: true }).click();
    const frames = await page.evaluate(() => new Promise<{ accuracyHidden: boolean; epoch: string; loss: string }[]>((resolve) => {
      const seen: { accuracyHidden: boolean; epoch: string; loss: string }[] = [];
      const start = performance.now();
      const look = () => {
        const cells = document.querySelectorAll<HTMLElement>('.pg-metrics dd');
        seen.push({ accuracyHidden: cells[2]!.hidden !== false || cells[3]!.hidden !== false, epoch: document.querySelector('.pg-epoch')!.textContent ?? '', loss: cells[0]!.textContent ?? '' });
        if (performance.now() - start < 2000) requestAnimationFrame(look); else resolve(seen);
      };
      requestAnimationFrame(look);
    }));
    await page.getByRole('button', { name: catalogues.en.playground.toolbar.pause, exact: true }).click();
    expect(new Set(frames.map((f) => f.epoch)).size).toBeGreaterThan(3);
    expect(new Set(frames.map((f) => f.loss)).size).toBeGreaterThan(1);
    expect(frames.filter((f) => f.accuracyHidden)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

// The WebGL picture has no language: once, on the English page. Last in this file: the init script below
// stays on the browser context.
describe('the playground\'s WebGL picture', () => {
  it('draws the output and a hovered neuron\'s picture through WebGL when a GPU is there, without errors', async () => {
    const context = (session as unknown as { context: import('playwright-core').BrowserContext }).context;
    await context.addInitScript(() => { (globalThis as { nn101ForceWebGL?: boolean }).nn101ForceWebGL = true; });
    const { page, problems } = await openPlayground(session, 'problem=multiclass&data=gauss&classes=3&layers=3');
    await operate(page, catalogues.en.playground.toolbar.step, ['Enter'], 'button');
    await page.waitForFunction(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.epoch >= 1);
    // The output canvas holds a WebGL2 picture with the three class colours' hues, not a blank buffer
    // (polled: the picture is drawn on the frame after the epoch).
    const colours = () => page.evaluate(() => {
      const picture = (document.querySelector('[data-playground]') as PlaygroundRoot).playground.picture;
      if (picture.backend !== 'webgl2') return -1;
      const px = picture.readPixels();
      const seen = new Set<string>();
      for (let i = 0; i < px.length; i += 4 * 97) seen.add(`${px[i]! >> 5},${px[i + 1]! >> 5},${px[i + 2]! >> 5}`);
      return seen.size;
    });
    await expect.poll(colours).toBeGreaterThan(3);
    // Hovering a neuron shows its own picture in the plane through the same renderer.
    await page.getByRole('button', { name: catalogues.en.playground.diagram.neuron(1, 1) }).hover();
    expect(problems).toEqual([]);
    await page.close();
  });
});
