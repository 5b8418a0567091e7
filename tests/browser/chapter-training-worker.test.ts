// Chapter 4c's SizeMatters and chapter 5's RegularizationLab train in the engine Worker: while they train
// (animated, to the end) the page's main thread runs no task over 50 ms, and the numbers they show are
// those of the same runs computed here in Node on the same engine. Where no Worker can start, the same
// runs train on the page (the fallback) with the same numbers.
import { describe, expect, it } from 'vitest';
import { regularizationSetup, REGULARIZATION_SCENARIO, TECHNIQUE_DEFAULTS } from '../../src/scenarios/regularization-lab.ts';
import { createRun, runToEnd, type NetworkFactory } from '../../src/scenarios/run.ts';
import { SIZE_SCENARIO, sizeSetup } from '../../src/scenarios/size-matters.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { mainThreadTasks } from './support/main-thread';
import { openTrainingPage, shownValues, trainingFinished, trainingSession, TRAINING_PLACES } from './support/training-widgets';

const training = trainingSession();
const LONG_TASK_MS = 50;

const shown = (r: ReturnType<typeof runToEnd>) => ({
  epochs: String(r.epochs),
  'train-loss': formatNumber(r.trainLoss, 3),
  'test-loss': formatNumber(r.testLoss, 3),
  'test-accuracy': `${Math.round(100 * r.testAccuracy)} %`,
});

for (const [place, withoutWorker] of TRAINING_PLACES) {
  describe(`chapter widgets training ${place === 'worker' ? 'in the engine Worker' : 'on the page (no Worker)'}`, () => {
    it('SizeMatters: three sizes trained animated to the end, no main-thread task over 50 ms, the engine\'s numbers', async () => {
      const { page, problems } = await openTrainingPage(training, '/chapters/04c-size-matters/', withoutWorker);
      await page.check('#size-matters-predict-64');
      const tasks = await mainThreadTasks(training.context, page, async () => {
        await page.click('#size-matters .sm-train');
        await trainingFinished(page, '#size-matters .sm-status');
      });
      expect(await page.getAttribute('#size-matters', 'data-place')).toBe(place);
      const engine: NetworkFactory = await training.engineOf(page, '#size-matters');
      expect(await page.getAttribute('#size-matters', 'data-engine')).toBe('wasm');
      for (const size of SIZE_SCENARIO.compared) {
        const numbers = await shownValues(page, `#size-matters .sm-cards:not(.sm-explore-cards) .sm-card[data-size="${size}"] dd[data-value]`);
        expect(numbers).toMatchObject(shown(runToEnd(createRun(sizeSetup(size), engine))));
      }
      const longest = Math.max(...tasks.map((t) => t.cpu));
      expect(tasks.length).toBeGreaterThan(10); // the trace saw the training's frames
      expect(longest, `longest main-thread task ${longest.toFixed(1)} ms (CPU)`).toBeLessThanOrEqual(LONG_TASK_MS);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('RegularizationLab: L2 + augmentation against the plain run, no main-thread task over 50 ms, the engine\'s numbers', async () => {
      const { page, problems } = await openTrainingPage(training, '/chapters/05-regularization/', withoutWorker);
      await page.check('#lab-overfit-augmentation');
      await page.check('#lab-overfit-predict-lower');
      const tasks = await mainThreadTasks(training.context, page, async () => {
        await page.click('#lab-overfit .rl-train');
        await trainingFinished(page, '#lab-overfit .rl-status');
      });
      expect(await page.getAttribute('#lab-overfit', 'data-place')).toBe(place);
      const engine = await training.engineOf(page, '#lab-overfit');
      expect(await page.getAttribute('#lab-overfit', 'data-engine')).toBe('wasm');
      const seed = REGULARIZATION_SCENARIO.seed;
      const techniques = { l2: TECHNIQUE_DEFAULTS.l2, augmentation: TECHNIQUE_DEFAULTS.augmentation };
      const rows = { without: regularizationSetup({}, seed), with: regularizationSetup(techniques, seed) };
      for (const [key, setup] of Object.entries(rows)) {
        const numbers = await shownValues(page, `#lab-overfit tr[data-run="${key}"] td[data-value]`);
        expect(numbers, key).toEqual(shown(runToEnd(createRun(setup, engine))));
      }
      // The jittered copies the run "with" last trained on came back from where it trained, and are drawn.
      expect(await page.locator('#lab-overfit .rl-panels [role="img"]').nth(1).getAttribute('aria-label')).toMatch(/jittered copies/);
      const longest = Math.max(...tasks.map((t) => t.cpu));
      expect(tasks.length).toBeGreaterThan(10);
      expect(longest, `longest main-thread task ${longest.toFixed(1)} ms (CPU)`).toBeLessThanOrEqual(LONG_TASK_MS);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
}
