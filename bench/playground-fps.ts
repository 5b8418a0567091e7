// `npm run bench:playground`: trains a 6×8 network in chapter 6's playground in headless Chromium and
// reports frames per second, epochs per second and main-thread long tasks (> 50 ms, from the Long
// Tasks API). Not a test: the numbers depend on the machine and on what else runs on it.
// Needs a built site (`npm run build`, which the npm script runs first) and a Chromium (CHROME_PATH or
// the usual paths). BENCH_SECONDS sets the measuring time (default 8); BENCH_GPU=off adds --disable-gpu
// (software compositing without SwiftShader's GL, closer to a machine with a real GPU than SwiftShader).
import { chromium } from 'playwright-core';
// Plain JS shared with the npm scripts; its JSDoc types it (allowJs).
import { findChrome, INSTALL_HINT } from '../scripts/find-chrome.mjs';
import { serveDirectory } from '../tests/browser/support/server.ts';
import type { PlaygroundRoot } from '../tests/browser/support/playground.ts';

/** What the page script below keeps on `window.bench`: long task durations (ms), frames counted. */
type BenchWindow = typeof window & { bench: { long: number[]; frames: number; stop: boolean } };

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const LINK = 'speed=fast&data=spiral&layers=8,8,8,8,8,8&act=tanh&features=x1,x2,sinX1,sinX2&points=400&lr=0.03';

const chromePath = findChrome();
if (!chromePath) { console.error(INSTALL_HINT); process.exit(1); }
const { url, server } = await serveDirectory('dist');
const args = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', ...(process.env.BENCH_GPU === 'off' ? ['--disable-gpu'] : [])];
const browser = await chromium.launch({ executablePath: chromePath, headless: true, args });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}/chapters/06-playground/#${LINK}`);
  await page.waitForSelector('[data-playground][data-ready="true"]');
  const engine = await page.locator('[data-playground]').getAttribute('data-engine');
  await page.evaluate(() => {
    const w = window as BenchWindow;
    w.bench = { long: [], frames: 0, stop: false };
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.bench.long.push(e.duration); }).observe({ type: 'longtask' });
    const tick = () => { w.bench.frames++; if (!w.bench.stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  const epochAt = () => page.evaluate(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.epoch);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(1000); // warm-up: first frames, Plot's lazy load
  const before = await page.evaluate(() => { const b = (window as BenchWindow).bench; b.long = []; b.frames = 0; return performance.now(); });
  const epoch0 = await epochAt();
  await page.waitForTimeout(SECONDS * 1000);
  const result = await page.evaluate((t0) => {
    const b = (window as BenchWindow).bench;
    b.stop = true;
    // The playground's own measures: the training slice and each drawing job, per frame.
    const parts: Record<string, number[]> = {};
    for (const m of performance.getEntriesByType('measure')) {
      if (m.startTime < t0 || !m.name.startsWith('playground:')) continue;
      (parts[m.name.slice(11)] ??= []).push(m.duration);
    }
    return { frames: b.frames, long: b.long, ms: performance.now() - t0, parts };
  }, before);
  const epochs = (await epochAt()) - epoch0;
  const long = result.long.sort((a, b) => b - a);
  const seconds = result.ms / 1000;
  console.log(`playground, 6 hidden layers × 8 neurons, ${engine} engine, ${process.env.BENCH_GPU === 'off' ? 'no GPU process' : 'SwiftShader GPU'}, ${seconds.toFixed(1)} s`);
  console.log(`  frames per second: ${(result.frames / seconds).toFixed(1)}`);
  console.log(`  epochs per second: ${(epochs / seconds).toFixed(1)}`);
  console.log(`  long tasks (> 50 ms): ${long.length}, longest ${long[0]?.toFixed(0) ?? 0} ms, median ${long[Math.floor(long.length / 2)]?.toFixed(0) ?? 0} ms, total ${long.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
  for (const [name, d] of Object.entries(result.parts)) {
    d.sort((a, b) => a - b);
    console.log(`  ${name.padEnd(8)} ${String(d.length).padStart(5)}×  median ${d[Math.floor(d.length / 2)]!.toFixed(1)} ms, max ${d[d.length - 1]!.toFixed(1)} ms`);
  }
  console.log(`  machine load average: ${(await import('node:os')).loadavg().map((v) => v.toFixed(1)).join(' ')} (${(await import('node:os')).cpus().length} cores)`);
} finally {
  await browser.close();
  server.close();
}
