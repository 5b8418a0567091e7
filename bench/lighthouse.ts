// `npm run bench:lighthouse`: Lighthouse's mobile preset (simulated slow 4G and a 4x slower CPU) on every
// page of the built site, served locally, in the system Chromium. Prints a table and one JSON line:
// performance score, total blocking time, cumulative layout shift, and the accessibility, best-practices
// and SEO scores, against the course's targets (docs: README "Benchmarks"). Not a test: the simulated
// figures still depend on this machine's CPU and load, so compare runs made on the same machine.
// Lighthouse is installed into bench/node_modules on first use (scripts/bench-deps.mjs), never by `npm ci`.
// The npm script builds as a deployment does, with an address (`--site`, README "Deploying"): SEO's hreflang
// audit needs the pages' other-language links in full; nothing is fetched from that address.
// LIGHTHOUSE_PAGES=/,/chapters/06-playground/ limits the pages; LIGHTHOUSE_RUNS=3 takes the median of 3;
// LIGHTHOUSE_SAVE=dir writes each run's full report there as JSON (to see which element shifts, which task is long);
// LIGHTHOUSE_DIST=dir measures another build (say, one of an older commit) instead of dist/.
// LIGHTHOUSE_GPU=swiftshader makes Chromium composite the page through SwiftShader, the GPU it emulates on the CPU.
// By default Chromium chooses, as it would on a reader's machine: here (no GPU) it composites in software and still
// runs WebGL on SwiftShader. Forced SwiftShader compositing holds every page's first frame until its GPU process
// has started, about 300 ms on this machine, by which time all the page's scripts have run; Lighthouse's simulation
// then counts every script in the first paint, on every page, for a cost a reader's GPU does not have.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChrome, INSTALL_HINT } from '../scripts/find-chrome.mjs';
import { serveDirectory } from '../tests/browser/support/server.ts';
import { builtPages } from '../tests/browser/support/pages.ts';

/** The little of Lighthouse's and chrome-launcher's APIs used here (their types live in bench/node_modules). */
interface LighthouseResult {
  lhr: {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number; details?: { items?: { duration?: number }[] } }>;
    runtimeError?: { message: string };
  };
}
type Lighthouse = (url: string, flags: object) => Promise<LighthouseResult | undefined>;
interface ChromeLauncher { launch(options: object): Promise<{ port: number; kill(): Promise<void> | void }> }

const LIGHTHOUSE = 'lighthouse';
const CHROME_LAUNCHER = 'chrome-launcher';
const lighthouse = ((await import(LIGHTHOUSE)) as { default: Lighthouse }).default;
const launcher = (await import(CHROME_LAUNCHER)) as ChromeLauncher;

export const TARGETS = { performance: 95, tbt: 150, cls: 0.02, accessibility: 100, bestPractices: 100, seo: 100 };

interface PageFigures { page: string; performance: number; tbt: number; cls: number; accessibility: number; bestPractices: number; seo: number; longestTask: number }

const chromePath = findChrome();
if (!chromePath) { console.error(INSTALL_HINT); process.exit(1); }
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
const gpu = process.env.LIGHTHOUSE_GPU === 'swiftshader' ? 'swiftshader' : 'chromium';
const gpuFlags = gpu === 'swiftshader' ? ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] : [];
const dist = process.env.LIGHTHOUSE_DIST ?? 'dist';
const pages = process.env.LIGHTHOUSE_PAGES?.split(',') ?? builtPages(dist);
// Compressed, as any host serves text: uncompressed HTML would dominate the simulated slow-4G load.
const { url, server } = await serveDirectory(dist, { compress: true });

const score = (r: LighthouseResult, id: string) => Math.round((r.lhr.categories[id]?.score ?? 0) * 100);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(path: string): Promise<PageFigures> {
  const samples: PageFigures[] = [];
  for (let i = 0; i < runs; i++) {
    // A fresh browser per run: no cache, service worker or compiled code carried over.
    const chrome = await launcher.launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', ...gpuFlags, '--no-first-run', '--disable-background-networking'],
    });
    try {
      const result = await lighthouse(url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      if (process.env.LIGHTHOUSE_SAVE) {
        mkdirSync(process.env.LIGHTHOUSE_SAVE, { recursive: true });
        writeFileSync(join(process.env.LIGHTHOUSE_SAVE, `${path.replace(/\W+/g, '_')}${i}.json`), JSON.stringify(result.lhr));
      }
      if (result.lhr.runtimeError) throw new Error(`${path}: ${result.lhr.runtimeError.message}`);
      const tasks = result.lhr.audits['long-tasks']?.details?.items ?? [];
      samples.push({
        page: path,
        performance: score(result, 'performance'),
        tbt: Math.round(result.lhr.audits['total-blocking-time']?.numericValue ?? NaN),
        cls: Number((result.lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        accessibility: score(result, 'accessibility'),
        bestPractices: score(result, 'best-practices'),
        seo: score(result, 'seo'),
        longestTask: Math.round(Math.max(0, ...tasks.map((t) => t.duration ?? 0))),
      });
    } finally {
      await chrome.kill();
    }
  }
  // Median of each figure over the runs (runs = 1: the run itself).
  const pick = (k: keyof Omit<PageFigures, 'page'>) => median(samples.map((s) => s[k]));
  return { page: path, performance: pick('performance'), tbt: pick('tbt'), cls: pick('cls'), accessibility: pick('accessibility'), bestPractices: pick('bestPractices'), seo: pick('seo'), longestTask: pick('longestTask') };
}

/** Lab pages (/lab/…) are developers' check pages, not course pages: measured, but the targets are the course's. */
const isCoursePage = (path: string) => !path.startsWith('/lab/');

function meets(f: PageFigures): string[] {
  const misses: string[] = [];
  if (f.performance < TARGETS.performance) misses.push('performance');
  if (f.tbt > TARGETS.tbt) misses.push('TBT');
  if (f.cls > TARGETS.cls) misses.push('CLS');
  if (f.accessibility < TARGETS.accessibility) misses.push('a11y');
  if (f.bestPractices < TARGETS.bestPractices) misses.push('best practices');
  if (f.seo < TARGETS.seo) misses.push('SEO');
  return misses;
}

const results: PageFigures[] = [];
try {
  console.log(`Lighthouse mobile preset, ${runs} run(s) per page, ${url}, compositing: ${gpu === 'swiftshader' ? 'SwiftShader (forced)' : 'as Chromium chooses'}`);
  console.log(`targets: performance >= ${TARGETS.performance}, TBT <= ${TARGETS.tbt} ms, CLS <= ${TARGETS.cls}, accessibility / best practices / SEO ${TARGETS.accessibility}`);
  console.log(['page'.padEnd(36), 'perf', '  TBT ms', '   CLS', 'a11y', ' b.p.', ' SEO', 'long task', ' misses'].join(' '));
  for (const path of pages) {
    const f = await measure(path);
    results.push(f);
    const misses = meets(f);
    console.log([f.page.padEnd(36), String(f.performance).padStart(4), String(f.tbt).padStart(8), f.cls.toFixed(3).padStart(6),
      String(f.accessibility).padStart(4), String(f.bestPractices).padStart(5), String(f.seo).padStart(4),
      `${f.longestTask} ms`.padStart(9), ' ' + (misses.join(', ') || 'none') + (isCoursePage(f.page) ? '' : ' (lab page, not a course page)')].join(' '));
  }
  const os = await import('node:os');
  console.log(`machine load average: ${os.loadavg().map((v) => v.toFixed(1)).join(' ')} (${os.cpus().length} cores)`);
  console.log(JSON.stringify({ bench: 'lighthouse', preset: 'mobile', runs, gpu, pages: results, allMeetTargets: results.filter((f) => isCoursePage(f.page)).every((f) => meets(f).length === 0) }));
} finally {
  server.close();
}
