// `npm run measure:guides`: how long each computing activity of the chapters makes a reader wait, for the
// teacher guides' time estimates (writes src/guides/activity-timings.json, read by src/guides/estimates.ts).
// Each activity is done in headless Chromium on the built site as a reader does it, with motion on (the
// widgets animate their training, as most readers see them): the wall-clock time from pressing the
// widget's button to its result, the median of RUNS fresh page loads. Not a test: the figures depend on
// the machine and on what else runs on it, so the file records both.
// Needs a built site (`npm run build`) and a Chromium (scripts/find-chrome.mjs).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChrome, INSTALL_HINT } from './find-chrome.mjs';
import { serveDirectory } from '../tests/browser/support/server.ts';
import { SIZE_SCENARIO } from '../src/scenarios/size-matters.ts';
import { LAB_SCENARIOS } from '../src/scenarios/regularization-lab.ts';
import { readyMadeChallenges } from '../src/classroom/assignment/challenges.ts';
import type { ActivityTiming, ActivityTimings } from '../src/guides/activity-timings.ts';

const RUNS = Number(process.env.MEASURE_RUNS ?? 3);
/** Epochs of one playground attempt: what the guides plan for one try of a set-up. */
const PLAYGROUND_EPOCHS = 300;
const TIMEOUT = 180_000;

interface Activity {
  id: string;
  path: string;
  what: string;
  /** Does the activity on a loaded page; resolves to its milliseconds. */
  run(page: Page): Promise<number>;
}

/** Milliseconds from `start` (a press) until `done` resolves. */
async function timed(start: () => Promise<void>, done: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await start();
  await done();
  return performance.now() - t0;
}

const exploration = (id: string, prefix: string, what: string): Activity => ({
  id, what, path: '/chapters/04d-inside-training/',
  async run(page) {
    await page.locator(`input[name="${id}-predict"]`).first().check();
    return timed(() => page.click(`#${id} .${prefix}-train`), () => page.waitForSelector(`#${id}[data-state="done"]`, { timeout: TIMEOUT }));
  },
});

const lab = (id: 'lab-overfit' | 'lab-underfit', prediction: string, what: string): Activity => ({
  id: id === 'lab-overfit' ? 'regularization-overfit' : 'regularization-underfit', what, path: '/chapters/05-regularization/',
  async run(page) {
    await page.waitForSelector(`#${id} tr[data-run="with"]`);
    await page.check(`#${id}-predict-${prediction}`);
    return timed(() => page.click(`#${id} .rl-train`),
      () => page.waitForFunction((s) => document.querySelector(s)?.textContent?.includes('finished'), `#${id} .rl-status`, { timeout: TIMEOUT }));
  },
});

/** A code cell run as it starts (its first run loads the editor's runtime and the Worker, as a reader's does). */
const cell = (chapter: string, id: string, what: string): Activity => ({
  id: `cell-${id}`, what, path: `/chapters/${chapter}/`,
  async run(page) {
    const root = `#cell-${id}`;
    return timed(() => page.click(`${root} [data-run]`), () => page.waitForFunction((sel) => {
      const s = document.querySelector(`${sel} [data-status]`)?.textContent ?? '';
      return s !== '' && !/Running|Starting|Loading/.test(s);
    }, root, { timeout: TIMEOUT }));
  },
});

const spiral = readyMadeChallenges().find((c) => c.id === 'spiral-12')!;

const ACTIVITIES: Activity[] = [
  {
    id: 'digit-pad', path: '/chapters/02-uses/',
    what: 'DigitPad: from scrolling the pad into view until its model is ready (download, decode)',
    async run(page) {
      return timed(() => page.locator('.pad-canvas').scrollIntoViewIfNeeded(),
        () => page.locator('.pad-status', { hasText: 'Model ready' }).waitFor({ timeout: TIMEOUT }));
    },
  },
  {
    id: 'teach-it', path: '/chapters/04-how-networks-learn/',
    what: 'TeachIt: Add starter examples, then Train until it stops by itself (every example right, or its epoch limit)',
    async run(page) {
      const root = page.locator('[data-teach-it]').first();
      await root.locator('[data-action="starter"]').click();
      return timed(() => root.locator('[data-action="train"]').click(), async () => {
        await page.waitForFunction((el) => (el as HTMLElement).dataset.state === 'training', await root.elementHandle());
        await page.waitForFunction((el) => (el as HTMLElement).dataset.state === 'idle', await root.elementHandle(), { timeout: TIMEOUT });
      });
    },
  },
  {
    id: 'size-matters', path: '/chapters/04c-size-matters/',
    what: `SizeMatters: Train all three (${SIZE_SCENARIO.compared.join(', ')} hidden neurons, ${SIZE_SCENARIO.epochs} epochs each), animated`,
    async run(page) {
      await page.waitForSelector('.sm-card');
      await page.check('#size-matters-predict-4');
      return timed(() => page.click('.sm-train'),
        () => page.waitForFunction(() => document.querySelector('.sm-status')?.textContent?.includes('finished'), null, { timeout: TIMEOUT }));
    },
  },
  exploration('cross-entropy-race', 'cer', 'CrossEntropyRace: Run both (squared error and cross-entropy), animated'),
  exploration('vanishing-gradients', 'vg', 'VanishingGradients: Run (gradient sizes per layer at the default depth), animated'),
  exploration('optimizer-surface', 'os', 'OptimizerSurface: Run all three (SGD, momentum, Adam on one surface), animated'),
  lab('lab-overfit', 'lower', `RegularizationLab, overfitting set-up: Train both runs (${LAB_SCENARIOS.overfit.epochs} epochs each), animated`),
  lab('lab-underfit', 'same', `RegularizationLab, underfitting set-up: Train both runs (${LAB_SCENARIOS.underfit.epochs} epochs each), animated`),
  {
    id: 'playground', path: `/chapters/06-playground/#${spiral.start}`,
    what: `Playground: Play on the "${spiral.id}" challenge's set-up at normal speed until epoch ${PLAYGROUND_EPOCHS}`,
    async run(page) {
      await page.waitForSelector('[data-playground][data-ready="true"]');
      const ms = await timed(() => page.getByRole('button', { name: 'Play', exact: true }).click(),
        () => page.waitForFunction((n) => (document.querySelector('[data-playground]') as HTMLElement & { playground: { epoch: number } }).playground.epoch >= n, PLAYGROUND_EPOCHS, { timeout: TIMEOUT, polling: 50 }));
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      return ms;
    },
  },
  cell('07-build-it-yourself', 'build-mlp', 'Code cell "An MLP from Values, checked against the engine": Run as written (both networks, 60 steps each)'),
  cell('07-build-it-yourself', 'build-digits', 'Code cell "The engine learns digits": Run as written (loads 1,500 MNIST digits, trains, tests after each epoch)'),
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function measure(browser: Browser, url: string, a: Activity): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Start every widget at load, as the browser tests do (src/ui/mount.ts), so a run never waits on scrolling.
    await context.addInitScript(() => { (globalThis as { nn101MountAll?: boolean }).nn101MountAll = true; });
    const page = await context.newPage();
    try {
      await page.goto(url + a.path, { waitUntil: 'load' });
      times.push(await a.run(page));
    } finally {
      await context.close();
    }
  }
  return times;
}

const OUT = 'src/guides/activity-timings.json';
if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/: run npm run build first (npm run measure:guides does).');
  process.exit(1);
}
const chrome = findChrome();
if (!chrome) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const { url, server } = await serveDirectory('dist');
// WebGL2 on SwiftShader, as the browser tests run it (tests/browser/support/browser.ts).
const browser = await chromium.launch({ executablePath: chrome, headless: true, args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
const browserVersion = browser.version();
const startLoad = loadavg()[0]!;
// MEASURE_ONLY=a,b re-measures those activities and keeps the file's other measurements.
const only = process.env.MEASURE_ONLY?.split(',');
const activities: Record<string, ActivityTiming> = only && existsSync(OUT) ? (JSON.parse(readFileSync(OUT, 'utf8')) as ActivityTimings).activities : {};
try {
  for (const a of ACTIVITIES) {
    if (only && !only.includes(a.id)) continue;
    const times = await measure(browser, url, a);
    activities[a.id] = { what: a.what, ms: Math.round(median(times)) };
    console.log(`${a.id.padEnd(24)} ${String(activities[a.id]!.ms).padStart(7)} ms  (runs: ${times.map((t) => Math.round(t)).join(', ')})`);
  }
} finally {
  await browser.close();
  server.close();
}
const timings: ActivityTimings = {
  measuredOn: new Date().toISOString().slice(0, 10),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, headless Chromium ${browserVersion}, load average ${startLoad.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end (a busy machine makes every figure longer)`,
  method: `wall-clock from the press to the result, median of ${RUNS} fresh page loads, motion on (scripts/measure-activities.ts)`,
  activities,
};
writeFileSync(OUT, `${JSON.stringify(timings, null, 2)}\n`);
