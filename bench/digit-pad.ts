// `npm run bench:digits`: chapter 2's digit pad in headless Chromium, at the machine's own speed and with
// the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate, a school laptop). Reports the page's own measures
// (digit-pad.ts: "decode model" = reading digits.onnx into the engine, "read drawing" = one reading of
// the drawing: pre-processing, the network, the not-a-digit rules), main-thread long tasks (> 50 ms, Long
// Tasks API) from the moment the widget scrolls into view until the model is ready, and while drawing, and
// the JavaScript + WebAssembly the page fetched (gzip is not known here: transfer sizes of the local server).
// Not a test: the numbers depend on the machine and on what else runs on it.
// Needs a built site (`npm run build`, which the npm script runs first) and a Chromium.
import { chromium, type Browser } from 'playwright-core';
import { findChrome, INSTALL_HINT } from '../scripts/find-chrome.mjs';
import { serveDirectory } from '../tests/browser/support/server.ts';

/** Long task durations, and the pad's own measures (observed: the page clears them once made). */
type BenchWindow = typeof window & { bench: { long: number[]; measures: { name: string; duration: number }[] } };
const RATES = (process.env.BENCH_RATES ?? '1,4').split(',').map(Number);

interface Figures { rate: number; decode: number[]; reads: number[]; loadLong: number[]; drawLong: number[]; runtimeFiles: number }

const ellipse = (cx: number, cy: number, rx: number, ry: number): [number, number][] =>
  Array.from({ length: 17 }, (_, k) => [cx + rx * Math.sin((2 * Math.PI * k) / 16), cy - ry * Math.cos((2 * Math.PI * k) / 16)]);
const STROKES: [number, number][][] = [ellipse(0.5, 0.5, 0.22, 0.33), [[0.5, 0.15], [0.5, 0.85]], [[0.25, 0.2], [0.72, 0.2], [0.45, 0.85]]];

async function measure(browser: Browser, url: string, rate: number): Promise<Figures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.addInitScript(() => {
      const w = window as BenchWindow;
      w.bench = { long: [], measures: [] };
      new PerformanceObserver((list) => { for (const e of list.getEntries()) w.bench.long.push(e.duration); }).observe({ type: 'longtask' });
      new PerformanceObserver((list) => { for (const e of list.getEntries()) w.bench.measures.push({ name: e.name, duration: e.duration }); }).observe({ type: 'measure' });
    });
    await page.goto(`${url}/chapters/02-uses/`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const takeLong = () => page.evaluate(() => { const b = (window as BenchWindow).bench; const l = b.long; b.long = []; return l; });
    await takeLong();
    await page.locator('.pad-canvas').scrollIntoViewIfNeeded();
    await page.locator('.pad-status', { hasText: 'Model ready' }).waitFor({ timeout: 120_000 });
    const loadLong = await takeLong();
    const box = (await page.locator('.pad-canvas').boundingBox())!;
    for (let round = 0; round < 3; round++) {
      for (const stroke of STROKES) {
        await page.locator('.pad-clear').click();
        await page.mouse.move(box.x + stroke[0][0] * box.width, box.y + stroke[0][1] * box.height);
        await page.mouse.down();
        for (const [x, y] of stroke.slice(1)) await page.mouse.move(box.x + x * box.width, box.y + y * box.height, { steps: 4 });
        await page.mouse.up();
        await page.waitForFunction(() => !document.querySelector('.digit-pad')!.hasAttribute('data-pending'));
      }
    }
    const drawLong = await takeLong();
    const { decode, reads, runtimeFiles } = await page.evaluate(() => {
      const of = (name: string) => (window as BenchWindow).bench.measures.filter((m) => m.name === name).map((m) => m.duration);
      const runtime = performance.getEntriesByType('resource').filter((e) => /ort[.-].*\.(m?js|wasm)$/.test(new URL(e.name).pathname)).length;
      return { decode: of('digit-pad: decode model'), reads: of('digit-pad: read drawing'), runtimeFiles: runtime };
    });
    return { rate, decode, reads, loadLong, drawLong, runtimeFiles };
  } finally {
    await page.close();
  }
}

const stats = (d: number[]) => {
  const s = [...d].sort((a, b) => a - b);
  return s.length ? `${s.length}×, median ${s[s.length >> 1].toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms` : 'none';
};

const chromePath = findChrome();
if (!chromePath) { console.error(INSTALL_HINT); process.exit(1); }
const { url, server } = await serveDirectory('dist');
const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: ['--no-sandbox'] });
const os = await import('node:os');
try {
  const all: Figures[] = [];
  for (const rate of RATES) {
    const f = await measure(browser, url, rate);
    all.push(f);
    console.log(`chapter 2 digit pad, CPU ${rate === 1 ? 'unthrottled' : `slowed ${rate}×`}`);
    console.log(`  decode model:  ${stats(f.decode)}`);
    console.log(`  read drawing:  ${stats(f.reads)}`);
    console.log(`  long tasks (> 50 ms) while the model loads: ${stats(f.loadLong)}; while drawing: ${stats(f.drawLong)}`);
    console.log(`  ONNX Runtime files fetched: ${f.runtimeFiles}`);
  }
  console.log(`  machine load average: ${os.loadavg().map((v) => v.toFixed(1)).join(' ')} (${os.cpus().length} cores)`);
  console.log(JSON.stringify(all.map((f) => ({
    cpuSlowdown: f.rate, decodeMs: Number((f.decode[0] ?? NaN).toFixed(1)),
    readMedianMs: Number(([...f.reads].sort((a, b) => a - b)[f.reads.length >> 1] ?? NaN).toFixed(1)), readMaxMs: Number(Math.max(0, ...f.reads).toFixed(1)),
    loadLongTasks: f.loadLong.length, drawLongTasks: f.drawLong.length, runtimeFiles: f.runtimeFiles,
  }))));
} finally {
  await browser.close();
  server.close();
}
