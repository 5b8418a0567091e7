// Chapter 4's TeachIt trains in the page's engine Worker: while it trains the starter examples to the end,
// the page's main thread runs no task over 50 ms, and what it shows (epoch, loss, the probe's probability)
// is what the same run gives here in Node on the same engine, replayed for the same number of steps.
// Where no Worker can start, the same run trains on the page with the same numbers.
import { describe, expect, it } from 'vitest';
import { starterExamples, TeachModel } from '../../components/TeachIt/teach-model.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { mainThreadTasks } from './support/main-thread';
import { openTrainingPage, trainingSession, TRAINING_PLACES } from './support/training-widgets';

const PATH = '/chapters/04-how-networks-learn/';
const ROOT = '[data-teach-it]';
const LONG_TASK_MS = 50;
const training = trainingSession();
const open = (withoutWorker: boolean) => openTrainingPage(training, PATH, withoutWorker, `${ROOT}.is-live`);

for (const [place, withoutWorker] of TRAINING_PLACES) {
  describe(`TeachIt training ${place === 'worker' ? 'in the engine Worker' : 'on the page (no Worker)'}`, () => {
    it('trains the starter examples until all are right, no main-thread task over 50 ms, the engine\'s numbers', async () => {
      const { page, problems } = await open(withoutWorker);
      const root = page.locator(ROOT);
      await root.locator('[data-action="starter"]').click();
      const tasks = await mainThreadTasks(training.context, page, async () => {
        await root.locator('[data-action="train"]').click();
        await page.waitForFunction((s) => {
          const el = document.querySelector<HTMLElement>(s)!;
          return el.dataset.state === 'idle' && Number(el.dataset.epoch) > 0;
        }, ROOT, { timeout: 120_000 });
      });
      expect(await root.getAttribute('data-place')).toBe(place);
      expect(await root.getAttribute('data-engine')).toBe('wasm');
      expect(await root.getAttribute('data-wrong')).toBe('0');
      const steps = Number(await root.getAttribute('data-step'));
      const epoch = Number(await root.getAttribute('data-epoch'));
      expect(steps).toBeGreaterThan(10);

      // The same run in Node, on the engine the page used, for the steps the page took (in any slices).
      const factory = await training.engineOf(page, ROOT);
      const model = new TeachModel({ classes: 3, learningRate: Number(await root.locator('.ti-rate').inputValue()), engine: () => ({ factory }) });
      for (const p of starterExamples(3)) model.addPoint(p);
      expect((await model.train(steps)).status).toBe('ok');
      expect(model.step).toBe(steps);
      expect(model.epoch).toBe(epoch);
      const { loss } = model.evaluate();
      expect(await root.locator('.ti-stats').textContent()).toContain(`training loss ${formatNumber(loss, 3)}`);
      // The probe's probability, written in full by the page: the page's weights are the run's, bit for bit.
      const probs = model.predict(0.5, -0.5);
      const best = probs.indexOf(Math.max(...probs));
      expect(await root.locator('.ti-probe-text').getAttribute('data-class')).toBe(String(best));
      expect(await root.locator('.ti-probe-text').getAttribute('data-probability')).toBe(String(probs[best]));

      const longest = Math.max(...tasks.map((t) => t.cpu));
      expect(tasks.length).toBeGreaterThan(10); // the trace saw the training's frames
      expect(longest, `longest main-thread task ${longest.toFixed(1)} ms (CPU)`).toBeLessThanOrEqual(LONG_TASK_MS);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
}

describe('TeachIt while a slice trains', () => {
  it('a pause, new examples or new weights during training leave consistent numbers and no error', async () => {
    const { page, problems } = await open(false);
    const root = page.locator(ROOT);
    await root.locator('[data-action="starter"]').click();
    // The smallest learning rate: training stays under way for the whole test (it stops once all are right).
    await root.locator('.ti-rate').selectOption('0.001');
    const train = root.locator('[data-action="train"]');
    await train.click();
    await page.waitForFunction((s) => Number(document.querySelector<HTMLElement>(s)!.dataset.step) > 0, ROOT);
    // New examples mid-run (the keyboard places one at the cursor), then new weights, then pause.
    await root.locator('.ti-plane').focus();
    await page.keyboard.press('Enter');
    await root.locator('[data-action="reset"]').click();
    await page.waitForFunction((s) => Number(document.querySelector<HTMLElement>(s)!.dataset.step) > 0, ROOT);
    await train.click();
    expect(await root.getAttribute('data-state')).toBe('idle');
    expect(await root.getAttribute('data-examples')).toBe('13');
    // Paused: the slice under way may still land, then nothing moves (a fixed wait: checking that nothing happens).
    await page.waitForTimeout(500);
    const paused = await root.getAttribute('data-step');
    await page.waitForTimeout(1000);
    expect(await root.getAttribute('data-step')).toBe(paused);
    expect(await root.locator('.ti-message').textContent()).toBe('');
    // Training goes on from there.
    await train.click();
    await page.waitForFunction(([s, before]) => Number(document.querySelector<HTMLElement>(s)!.dataset.step) > before, [ROOT, Number(paused)] as const);
    await train.click();
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('TeachIt start-up and pause', () => {
  it('fetches the WebAssembly engine and starts its Worker at mount, before the first Train', async () => {
    const { page, problems } = await open(false);
    const root = page.locator(ROOT);
    await page.waitForFunction((s) => document.querySelector<HTMLElement>(s)!.dataset.engine === 'wasm', ROOT);
    expect(await root.getAttribute('data-state')).not.toBe('training');
    expect(await root.getAttribute('data-step')).toBe('0');
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(fetched.some((p) => p.endsWith('.wasm'))).toBe(true);
    await expect.poll(() => page.workers().some((w) => /engine\.worker/.test(w.url()))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a Pause pressed while a slice trains says the epoch of that slice\'s report', async () => {
    const { page, problems } = await open(false);
    const root = page.locator(ROOT);
    await root.locator('[data-action="starter"]').click();
    await root.locator('.ti-rate').selectOption('0.001'); // stays under way (it stops once all are right)
    const train = root.locator('[data-action="train"]');
    // A slice may end inside an epoch: pause until one Pause has caught a slice that completes one.
    let caughtLag = false;
    for (let attempt = 0; attempt < 8 && !caughtLag; attempt++) {
      const stepBefore = Number(await root.getAttribute('data-step'));
      await train.click();
      await page.waitForFunction(([s, before]) => Number(document.querySelector<HTMLElement>(s)!.dataset.step) > before, [ROOT, stepBefore] as const);
      // Pause in the same turn as a slice is seen under way: its report lands after the Pause.
      const shownAtPause = await page.evaluate((s) => new Promise<number>((resolve) => {
        const el = document.querySelector<HTMLElement>(s)!;
        const tryPause = () => {
          if (el.dataset.slice !== 'pending') { requestAnimationFrame(tryPause); return; }
          const epoch = Number(el.dataset.epoch);
          el.querySelector<HTMLButtonElement>('[data-action="train"]')!.click();
          resolve(epoch);
        };
        tryPause();
      }), ROOT);
      await page.waitForFunction((s) => document.querySelector<HTMLElement>(s)!.dataset.slice === undefined, ROOT);
      const epoch = Number(await root.getAttribute('data-epoch'));
      caughtLag = epoch > shownAtPause;
      expect(await root.locator('.ti-status').textContent()).toBe(`Paused at epoch ${epoch}.`);
      expect(await root.locator('.ti-stats').textContent()).toContain(`Epoch ${epoch} `);
    }
    expect(caughtLag, 'a Pause caught a slice that completed an epoch (else this test checks nothing)').toBe(true);
    expect(await root.getAttribute('data-state')).toBe('idle');
    expect(problems).toEqual([]);
    await page.close();
  });
});
