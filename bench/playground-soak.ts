// `npm run bench:soak`: leaves chapter 6's playground training at its fastest setting in headless
// Chromium (10 minutes by default; `-- --minutes 3` for a quicker run) and reports, at the start, every
// sampling interval and the end: the JS heap in use after a forced garbage collection, the DOM node
// count (both from CDP), frames per second and epochs per second over the interval. The goal is flat
// memory (growth under 10% from the first sample to the last) and a steady frame rate. Not a test.
// The playground's heap is small (about 6 MB) and at any instant holds a varying amount of short-lived
// data (a report in flight, a chart being drawn): one reading after a forced garbage collection moved by
// ±1 MB (±15%) from one sample to the next in a flat run. So each sample is the lowest of READINGS
// readings a second apart, each after a forced collection: what the page keeps, which is what must not
// grow (a leak raises that floor at every sample).
import { chromium } from 'playwright-core';
import { parseArgs } from 'node:util';
import { findChrome, INSTALL_HINT } from '../scripts/find-chrome.mjs';
import { serveDirectory } from '../tests/browser/support/server.ts';
import type { PlaygroundRoot } from '../tests/browser/support/playground.ts';

type SoakWindow = typeof window & { soak: { frames: number } };

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, samples: { type: 'string', default: '10' }, warmup: { type: 'string', default: '30' } } });
const MINUTES = Number(values.minutes);
const SAMPLES = Math.max(1, Math.round(Number(values.samples)));
if (!(MINUTES > 0)) { console.error(`--minutes must be a number > 0, got ${values.minutes}`); process.exit(1); }
/** Readings per sample (the lowest is kept: see above). */
const READINGS = 5;
const LINK = 'speed=fast&data=spiral&layers=8,8,8,8,8,8&act=tanh&features=x1,x2,sinX1,sinX2&points=400&lr=0.03';

const chromePath = findChrome();
if (!chromePath) { console.error(INSTALL_HINT); process.exit(1); }
const { url, server } = await serveDirectory('dist');
const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(() => {
    const w = window as SoakWindow;
    w.soak = { frames: 0 };
    const tick = () => { w.soak.frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  await page.goto(`${url}/chapters/06-playground/#${LINK}`);
  await page.waitForSelector('[data-playground][data-ready="true"]');
  const engine = await page.locator('[data-playground]').getAttribute('data-engine');

  const reading = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return { heapMB: metric('JSHeapUsedSize') / 2 ** 20, nodes: metric('Nodes') };
  };
  const sample = async () => {
    const readings = [await reading()];
    for (let i = 1; i < READINGS; i++) {
      await page.waitForTimeout(1000);
      readings.push(await reading());
    }
    const page_ = await page.evaluate(() => ({
      frames: (window as SoakWindow).soak.frames,
      epoch: (document.querySelector('[data-playground]') as PlaygroundRoot).playground.epoch,
      now: performance.now(),
    }));
    return { heapMB: Math.min(...readings.map((r) => r.heapMB)), heapMaxMB: Math.max(...readings.map((r) => r.heapMB)), nodes: Math.min(...readings.map((r) => r.nodes)), ...page_ };
  };

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForFunction(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.epoch > 0);
  // Warm-up (--warmup seconds): lazy modules (Plot), the first charts, and the loss curve filling up to
  // its bound, so the first sample is the steady state that must then stay flat.
  await page.waitForTimeout(Number(values.warmup) * 1000);
  const first = await sample();
  console.log(`playground soak, 6 hidden layers × 8 neurons, ${engine} engine, ${MINUTES} min of training at the fastest speed`);
  console.log('   minute   heap MB  (max MB)   DOM nodes     fps   epochs/s      epoch');
  const row = (t: number, s: typeof first, fps: number, eps: number) =>
    console.log(`${t.toFixed(1).padStart(9)} ${s.heapMB.toFixed(2).padStart(9)} ${`(${s.heapMaxMB.toFixed(2)})`.padStart(9)} ${String(s.nodes).padStart(11)} ${fps.toFixed(1).padStart(7)} ${eps.toFixed(0).padStart(10)} ${String(s.epoch).padStart(10)}`);
  row(0, first, Number.NaN, Number.NaN);
  const fpsOverTime: number[] = [];
  let last = first;
  for (let i = 1; i <= SAMPLES; i++) {
    await page.waitForTimeout((MINUTES * 60_000) / SAMPLES);
    const s = await sample();
    const seconds = (s.now - last.now) / 1000;
    const fps = (s.frames - last.frames) / seconds;
    fpsOverTime.push(Number(fps.toFixed(1)));
    row((s.now - first.now) / 60_000, s, fps, (s.epoch - last.epoch) / seconds);
    last = s;
  }
  const heapGrowth = last.heapMB / first.heapMB - 1;
  const nodeGrowth = last.nodes / first.nodes - 1;
  console.log(`  heap ${first.heapMB.toFixed(2)} → ${last.heapMB.toFixed(2)} MB (${(100 * heapGrowth).toFixed(1)}%), DOM nodes ${first.nodes} → ${last.nodes} (${(100 * nodeGrowth).toFixed(1)}%); goal: under 10% each`);
  console.log(JSON.stringify({ minutes: MINUTES, engine, epochs: last.epoch - first.epoch, heapStartMB: first.heapMB, heapEndMB: last.heapMB, heapGrowth, nodesStart: first.nodes, nodesEnd: last.nodes, nodeGrowth, fpsOverTime }));
} finally {
  await browser.close();
  server.close();
}
