// `npm run bench:playground`: trains a 6×8 network in chapter 6's playground in headless Chromium and
// reports frames per second, epochs per second and main-thread long tasks (> 50 ms, from the Long
// Tasks API), twice: at the machine's own speed and with the CPU slowed 4× through Chromium's CPU
// throttling (CDP Emulation.setCPUThrottlingRate, a school laptop). Long tasks are counted separately
// for the page's load before the playground starts (parsing, the first style and layout: what every course
// page costs), for the widget's start (from its first task until it is ready and has drawn, shader
// compilation included) and while training at the fastest setting. Not a test: the numbers depend on the machine
// and on what else runs on it.
// Needs a built site (`npm run build`, which the npm script runs first) and a Chromium (CHROME_PATH or
// the usual paths). BENCH_SECONDS sets the measuring time (default 8); BENCH_RATES the throttling rates
// (default "1,4"); BENCH_GPU=off adds --disable-gpu (software compositing without SwiftShader's GL).
import { chromium, type Browser } from 'playwright-core';
// Plain JS shared with the npm scripts; its JSDoc types it (allowJs).
import { findChrome, INSTALL_HINT } from '../scripts/find-chrome.mjs';
import { serveDirectory } from '../tests/browser/support/server.ts';
import type { PlaygroundRoot } from '../tests/browser/support/playground.ts';

/** What the page script below keeps on `window.bench`: long task durations (ms), frames counted. */
/** The playground's own measures (name, start, duration), observed: the page clears them once made. */
type Measure = { name: string; startTime: number; duration: number };
type BenchWindow = typeof window & { bench: { long: number[]; longAt: number[]; mountAt: number; frames: number; stop: boolean; measures: Measure[]; ready: Promise<void> } };

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const RATES = (process.env.BENCH_RATES ?? '1,4').split(',').map(Number);
const LINK = 'speed=fast&data=spiral&layers=8,8,8,8,8,8&act=tanh&features=x1,x2,sinX1,sinX2&points=400&lr=0.03';

interface Figures {
  rate: number;
  engine: string | null;
  training: string | null;
  /** Long tasks of the page's load that began before the playground's start (parsing, first layout). */
  loadLong: number[];
  /** Long tasks that began once the playground had started (its tasks until it is ready and has drawn). */
  startLong: number[];
  trainLong: number[];
  fps: number;
  epochsPerSecond: number;
  parts: Record<string, number[]>;
}

const summary = (long: number[]) => {
  const d = [...long].sort((a, b) => b - a);
  return `${d.length}, longest ${d[0]?.toFixed(0) ?? 0} ms, total ${d.reduce((a, b) => a + b, 0).toFixed(0)} ms`;
};

async function measure(browser: Browser, url: string, rate: number): Promise<Figures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    // Installed before any page script runs, so the widget's start-up tasks are counted too.
    await page.addInitScript(() => {
      const w = window as BenchWindow;
      // "Ready" seen from the page, not by Playwright's selector engine: the first waitForSelector injects and
      // compiles Playwright's own script, a task of its own (~70 ms at 4x) the start-up count would include.
      const ready = new Promise<void>((resolve) => {
        const isReady = () => document.querySelector('[data-playground][data-ready="true"]') !== null;
        const watch = new MutationObserver(() => { if (isReady()) { watch.disconnect(); resolve(); } });
        watch.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
      });
      w.bench = { long: [], longAt: [], mountAt: Infinity, frames: 0, stop: false, measures: [], ready };
      // When the playground starts (src/ui/mount.ts marks its root "starting"): tasks that began before are
      // the page's load, the same on every course page; those after are the widget's own start-up.
      const started = new MutationObserver(() => {
        if (!document.querySelector('[data-playground][data-mount="starting"]')) return;
        w.bench.mountAt = performance.now();
        started.disconnect();
      });
      started.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-mount'] });
      new PerformanceObserver((list) => { for (const e of list.getEntries()) { w.bench.long.push(e.duration); w.bench.longAt.push(e.startTime); } }).observe({ type: 'longtask' });
      new PerformanceObserver((list) => { for (const e of list.getEntries()) w.bench.measures.push({ name: e.name, startTime: e.startTime, duration: e.duration }); }).observe({ type: 'measure' });
    });
    await page.goto(`${url}/chapters/06-playground/#${LINK}`);
    // Start-up ends when the first pictures are on screen: two animation frames after "ready".
    await page.evaluate(() => (window as BenchWindow).bench.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
    const { loadLong, startLong } = await page.evaluate(() => {
      const b = (window as BenchWindow).bench;
      const split = { loadLong: b.long.filter((_, i) => b.longAt[i]! < b.mountAt), startLong: b.long.filter((_, i) => b.longAt[i]! >= b.mountAt) };
      b.long = [];
      return split;
    });
    const root = page.locator('[data-playground]');
    const engine = await root.getAttribute('data-engine');
    const epochAt = () => page.evaluate(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.epoch);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForFunction(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.epoch > 0);
    await page.waitForTimeout(1000); // warm-up: the first frames and the first loss chart
    const training = await root.getAttribute('data-training');
    const before = await page.evaluate(() => {
      const b = (window as BenchWindow).bench;
      b.long = [];
      b.frames = 0;
      const tick = () => { b.frames++; if (!b.stop) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      return performance.now();
    });
    const epoch0 = await epochAt();
    await page.waitForTimeout(SECONDS * 1000);
    const result = await page.evaluate((t0) => {
      const b = (window as BenchWindow).bench;
      b.stop = true;
      // The playground's own measures: the training slice and each drawing job, per frame.
      const parts: Record<string, number[]> = {};
      for (const m of b.measures) {
        if (m.startTime < t0 || !m.name.startsWith('playground:')) continue;
        (parts[m.name.slice(11)] ??= []).push(m.duration);
      }
      return { frames: b.frames, long: b.long, ms: performance.now() - t0, parts };
    }, before);
    const epochs = (await epochAt()) - epoch0;
    const seconds = result.ms / 1000;
    return { rate, engine, training, loadLong, startLong, trainLong: result.long, fps: result.frames / seconds, epochsPerSecond: epochs / seconds, parts: result.parts };
  } finally {
    await page.close();
  }
}

const chromePath = findChrome();
if (!chromePath) { console.error(INSTALL_HINT); process.exit(1); }
const { url, server } = await serveDirectory('dist');
const args = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', ...(process.env.BENCH_GPU === 'off' ? ['--disable-gpu'] : [])];
const browser = await chromium.launch({ executablePath: chromePath, headless: true, args });
const os = await import('node:os');
try {
  const all: Figures[] = [];
  for (const rate of RATES) {
    const f = await measure(browser, url, rate);
    all.push(f);
    console.log(`playground, 6 hidden layers × 8 neurons, ${f.engine} engine, training ${f.training ?? 'on the page'}, CPU ${rate === 1 ? 'unthrottled' : `slowed ${rate}×`}, ${process.env.BENCH_GPU === 'off' ? 'no GPU process' : 'SwiftShader GPU'}, ${SECONDS} s`);
    console.log(`  long tasks (> 50 ms) in the page's load, before the playground starts: ${summary(f.loadLong)}`);
    console.log(`  long tasks (> 50 ms) in the playground's start-up:  ${summary(f.startLong)}`);
    console.log(`  long tasks (> 50 ms) in training: ${summary(f.trainLong)}`);
    console.log(`  frames per second: ${f.fps.toFixed(1)}, epochs per second: ${f.epochsPerSecond.toFixed(1)}`);
    for (const [name, d] of Object.entries(f.parts)) {
      d.sort((a, b) => a - b);
      console.log(`  ${name.padEnd(8)} ${String(d.length).padStart(5)}×  median ${d[Math.floor(d.length / 2)]!.toFixed(1)} ms, max ${d[d.length - 1]!.toFixed(1)} ms`);
    }
  }
  console.log(`  machine load average: ${os.loadavg().map((v) => v.toFixed(1)).join(' ')} (${os.cpus().length} cores)`);
  console.log(JSON.stringify(all.map((f) => ({
    cpuSlowdown: f.rate, engine: f.engine, training: f.training, loadLongTasks: f.loadLong.length, startLongTasks: f.startLong.length, trainLongTasks: f.trainLong.length,
    longestTrainTask: Math.max(0, ...f.trainLong), fps: Number(f.fps.toFixed(1)), epochsPerSecond: Number(f.epochsPerSecond.toFixed(1)),
  }))));
} finally {
  await browser.close();
  server.close();
}
