// Chapter 6's playground, operated with the keyboard only: every control changes what it should, the
// run controls train, rewind and redraw, and the page stays clean (no console error, axe, 360 px).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { live, openPlayground, settledHash, type LiveSnapshot, type PlaygroundRoot } from './support/playground';
import { splitTestFlags } from '../../components/Playground/data-source.ts';

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

describe('the playground, by keyboard', () => {
  it('changes the right setting for every control, and writes it into the link', async () => {
    const { page, problems } = await openPlayground(session);
    // [control name, role, keys, check on the state after]
    const steps: [string | RegExp, Parameters<typeof operate>[3], string[], (s: State) => boolean][] = [
      ['Data set', 'combobox', ['ArrowDown'], (s) => s.data === 'xor'],
      ['Noise (%)', 'slider', ['ArrowRight'], (s) => s.noise === 5],
      ['Training share (%)', 'slider', ['ArrowLeft'], (s) => s.train === 40],
      ['Number of points', 'slider', ['ArrowRight'], (s) => s.points === 450],
      ['Show test points', 'checkbox', ['Space'], (s) => s.showTest === false],
      ['Discretise output (show only the decision)', 'checkbox', ['Space'], (s) => s.discretize === true],
      ['x₁²', 'checkbox', ['Space'], (s) => s.features.join() === 'x1,x2,x1Squared'],
      ['sin x₂', 'checkbox', ['Space'], (s) => s.features.join() === 'x1,x2,x1Squared,sinX2'],
      ['Add a hidden layer', 'button', ['Enter'], (s) => s.layers.join() === '4,2,2'],
      ['Add a neuron to layer 3', 'button', ['Enter'], (s) => s.layers.join() === '4,2,3'],
      ['Remove a neuron from layer 1', 'button', ['Enter'], (s) => s.layers.join() === '3,2,3'],
      ['Remove a hidden layer', 'button', ['Enter'], (s) => s.layers.join() === '3,2'],
      ['Activation of layer 2', 'combobox', ['ArrowDown'], (s) => s.acts.join() === 'tanh,relu'],
      ['Dropout of layer 1', 'combobox', ['ArrowDown'], (s) => s.dropout.join() === '0.1,0'],
      ['Activation (every layer)', 'combobox', ['Home'], (s) => s.act === 'relu' && s.acts.length === 0],
      ['Loss', 'combobox', ['ArrowDown'], (s) => s.loss === 'mse'],
      ['Weight initialisation', 'combobox', ['End'], (s) => s.init === 'he'],
      ['Speed', 'combobox', ['ArrowDown'], (s) => s.speed === 'fast'],
      ['Learning rate', 'combobox', ['ArrowDown'], (s) => s.lr === 0.1],
      ['Batch size', 'slider', ['ArrowRight', 'ArrowRight'], (s) => s.batch === 12],
      ['Optimiser', 'combobox', ['ArrowDown'], (s) => s.opt === 'momentum'],
      ['Momentum', 'slider', ['ArrowLeft'], (s) => Math.abs(s.momentum - 0.89) < 1e-9],
      ['Learning-rate schedule', 'combobox', ['ArrowDown'], (s) => s.sched === 'step'],
      ['Decay factor', 'slider', ['ArrowRight'], (s) => Math.abs(s.decay - 0.51) < 1e-9],
      ['Period (epochs)', 'slider', ['ArrowLeft'], (s) => s.every === 99],
      ['Regularization', 'combobox', ['End'], (s) => s.reg === 'l2'],
      ['Regularization rate', 'combobox', ['ArrowDown'], (s) => s.regRate === 0.003],
      ['Dropout (every hidden layer)', 'combobox', ['End'], (s) => s.dropout.join() === '0.9,0.9'],
      ['Early stopping (pause when the validation loss stops improving)', 'checkbox', ['Space'], (s) => s.stop === true],
      ['Patience (epochs)', 'slider', ['ArrowRight'], (s) => s.patience === 51],
      ['Connections show', 'combobox', ['ArrowDown'], (s) => s.view === 'gradients'],
      ['Problem', 'combobox', ['ArrowDown'], (s) => s.problem === 'multiclass' && s.data === 'gauss'],
      ['Classes', 'combobox', ['ArrowDown'], (s) => s.classes === 4],
      ['Regenerate data', 'button', ['Enter'], (s) => s.dataSeed !== 1],
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
    const { page, problems } = await openPlayground(session, 'data=xor&features=x1,x2,x1x2');
    const start = await live(page);
    await operate(page, 'Step one epoch', ['Enter'], 'button');
    const one = await live(page);
    expect(one.epoch).toBe(1);
    expect(one.curve).toHaveLength(2);
    expect(one.parameters).not.toEqual(start.parameters);
    // The epoch counter shows the number of epochs.
    expect(await page.locator('.pg-epoch').textContent()).toBe('1');
    await operate(page, 'Play', ['Enter'], 'button');
    await page.waitForFunction(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.epoch >= 5);
    await operate(page, 'Pause', ['Enter'], 'button');
    const paused = (await live(page)).epoch;
    await page.waitForTimeout(200); // a check that nothing happens: no epoch after Pause
    expect((await live(page)).epoch).toBe(paused);
    // The loss fell: XOR with x1·x2 is easy.
    const curve = (await live(page)).curve;
    expect(curve[curve.length - 1].trainLoss).toBeLessThan(curve[0].trainLoss);
    // The loss chart's axes carry numbers: at least two labelled loss ticks (Plot's own log axis left them
    // blank while the loss stayed within a decade) and whole epochs only.
    await page.waitForFunction(() => document.querySelectorAll('.pg-loss-plot svg text').length > 0);
    const ticks = await page.evaluate(() => [...document.querySelectorAll('.pg-loss-plot svg g[transform] text, .pg-loss-plot svg text')]
      .map((t) => t.textContent!.trim()).filter((t) => /^[\d.,−-]+$/.test(t)));
    const numbers = ticks.map(Number);
    expect(numbers.filter((v) => v > 0 && v < 5 && !Number.isInteger(v)).length).toBeGreaterThanOrEqual(2);
    expect(numbers.filter((v) => v >= 0 && Number.isInteger(v)).length).toBeGreaterThanOrEqual(2);
    await operate(page, 'Rewind', ['Enter'], 'button');
    const rewound = await live(page);
    expect(rewound.epoch).toBe(0);
    expect(rewound.parameters).toEqual(start.parameters);
    await operate(page, 'New weights', ['Enter'], 'button');
    const fresh = await live(page);
    expect(fresh.state.seed).not.toBe(start.state.seed);
    expect(fresh.parameters).not.toEqual(start.parameters);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('adds points from the keyboard on the focused plane, at the cursor, of the chosen class', async () => {
    // Own points are split into train and test by a seeded draw per point; with this seed both are training points.
    expect(splitTestFlags(0, 2, 90, 1)).toEqual([false, false]);
    const { page, problems } = await openPlayground(session, 'data=custom&train=90');
    expect((await live(page)).points).toEqual([]);
    await operate(page, /Data plane/, ['ArrowRight', 'ArrowRight', 'ArrowUp', '1', 'Enter', 'Shift+ArrowDown', '2', ' ']);
    const s = await state(page);
    expect(s.pts).toEqual([{ x: 1, y: 0.5, label: 0 }, { x: 1, y: 0.4, label: 1 }]);
    expect(await page.locator('.pg-data-message').textContent()).toContain('Added a point at (1, 0.4)');
    // With points of both classes the playground can train.
    await operate(page, 'Step one epoch', ['Enter'], 'button');
    const trained = await live(page);
    expect(trained.epoch).toBe(1);
    // A point added mid-run keeps the network and the epoch count: training goes on with the new data.
    await operate(page, /Data plane/, ['ArrowLeft', 'Enter']);
    const more = await live(page);
    expect(more.state.pts).toHaveLength(3);
    expect(more.parameters).toEqual(trained.parameters);
    expect(more.epoch).toBe(1);
    await operate(page, 'Step one epoch', ['Enter'], 'button');
    expect((await live(page)).epoch).toBe(2);
    await operate(page, 'Clear data', ['Enter'], 'button');
    expect((await state(page)).pts).toEqual([]);
    expect(await page.getByRole('alert').first().textContent()).toMatch(/no training points/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the keyboard on a nearby control when an action disables or hides the one it was on', async () => {
    const { page, problems } = await openPlayground(session, 'layers=4,99');
    const focusedName = () => page.evaluate(() => { const el = document.activeElement; return el?.getAttribute('aria-label') ?? el?.textContent; });
    // The link's notice: dismissing it hides its button, so the keyboard goes on to Play.
    await operate(page, 'Dismiss this message', ['Enter'], 'button');
    expect(await page.locator('.pg-notice:not(.pg-kept)').isHidden()).toBe(true);
    expect(await focusedName()).toBe('Play');
    // + at its limit (8 neurons) is disabled: the focus moves to − of the same layer.
    await operate(page, 'Add a neuron to layer 1', ['Enter', 'Enter', 'Enter', 'Enter']);
    expect((await state(page)).layers).toEqual([8, 2]);
    expect(await focusedName()).toBe('Remove a neuron from layer 1');
    await page.keyboard.press('Enter');
    expect((await state(page)).layers).toEqual([7, 2]);
    // "+ layer" at its limit (6 layers) gives the focus to "− layer".
    await operate(page, 'Add a hidden layer', ['Enter', 'Enter', 'Enter', 'Enter']);
    expect((await state(page)).layers).toHaveLength(6);
    expect(await focusedName()).toBe('Remove a hidden layer');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves through the network diagram with arrow keys and shows each neuron\'s formula with its numbers', async () => {
    const { page, problems } = await openPlayground(session, 'layers=3&seed=5');
    const first = page.getByRole('button', { name: 'Input x₁' });
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe('Layer 1, neuron 2');
    const text = await page.locator('.pg-neuron-details .pg-formula').textContent();
    const { parameters } = await live(page);
    // Weights into neuron 2 of layer 1: w[i * 3 + 1]; bias b[1]. The formula shows them to 2 decimals.
    const w = parameters.weights[0];
    const fmt = (v: number) => Math.abs(v).toFixed(2);
    expect(text).toContain('a = tanh(z)');
    expect(text).toContain(`${fmt(w[1])}·x₁`);
    expect(text).toContain(`${fmt(w[4])}·x₂`);
    // Edit a weight from the keyboard: the network takes it.
    await page.getByText('Edit these weights').click();
    const field = page.getByLabel('w from x₁');
    await field.fill('1.5');
    await field.press('Enter');
    await page.keyboard.press('Tab');
    expect((await live(page)).parameters.weights[0][1]).toBe(1.5);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('hides the controls a teacher chose and shows the exercise text as text', async () => {
    const task = encodeURIComponent('Find a network for <b>XOR</b> with 1 hidden layer.');
    const { page, problems } = await openPlayground(session, `hide=lr,features,data&task=${task}`);
    expect(await page.getByLabel('Learning rate', { exact: true }).isVisible()).toBe(false);
    expect(await page.getByLabel('x₁²').isVisible()).toBe(false);
    expect(await page.getByLabel('Data set', { exact: true }).isVisible()).toBe(false);
    expect(await page.getByLabel('Batch size', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('.pg-task p').textContent()).toBe('Find a network for <b>XOR</b> with 1 hidden layer.');
    expect(await page.locator('.pg-task b').count()).toBe(0);
    // The teacher panel makes such links from the keyboard.
    await page.getByText('For teachers: make an exercise link').click();
    await operate(page, 'batch size', ['Space'], 'checkbox');
    expect((await state(page)).hide).toEqual(['data', 'features', 'lr', 'batch']);
    expect(await page.getByLabel('Batch size', { exact: true }).isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has no serious accessibility violation, trained or not, and fits a 360 px phone', async () => {
    const { page, problems } = await openPlayground(session, 'problem=multiclass&data=spiral&classes=4&layers=6,6');
    await operate(page, 'Step one epoch', ['Enter'], 'button');
    await page.waitForFunction(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.epoch >= 1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
    const phone = await openPlayground(session, 'layers=8,8,8,8,8,8&features=x1,x2,x1Squared,x2Squared,x1x2,sinX1,sinX2', { width: 360, height: 740, colorScheme: 'dark' });
    expect(await scrollsHorizontally(phone.page)).toBe(false);
    expect(await seriousAxeViolations(phone.page)).toEqual([]);
    expect(phone.problems).toEqual([]);
    await phone.page.close();
  });
  // Last in this file: the init script below stays on the browser context.
  it('draws the output and every neuron through WebGL when a GPU is there, without errors', async () => {
    const context = (session as unknown as { context: import('playwright-core').BrowserContext }).context;
    await context.addInitScript(() => { (globalThis as { nn101ForceWebGL?: boolean }).nn101ForceWebGL = true; });
    const { page, problems } = await openPlayground(session, 'problem=multiclass&data=gauss&classes=3&layers=3');
    await operate(page, 'Step one epoch', ['Enter'], 'button');
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
    await page.getByRole('button', { name: 'Layer 1, neuron 1' }).hover();
    expect(problems).toEqual([]);
    await page.close();
  });
});
