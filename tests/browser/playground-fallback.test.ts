// Where the playground trains: in the engine Worker, or (where no Worker can start) on the page's main
// thread. Both must give the numbers the engine's run gives in Node, bit for bit. Arithmetic has no
// language and the fallback shows no words of its own: once, on the English page (support/languages.ts),
// its Step button found by the catalogue's words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser, type Session } from './support/browser';
import { serveDirectory } from './support/server';
import type { PlaygroundRoot } from './support/playground';
import { catalogues } from '../../src/i18n/catalogues.ts';
import { live, openPlayground } from './support/playground';
import { readPlaygroundState } from '../../src/state/playground-state.ts';
import { generatePoints } from '../../components/Playground/generated-data.ts';
import { buildData } from '../../components/Playground/data-source.ts';
import { networkSpec, trainConfig } from '../../components/Playground/model-setup.ts';
import { loadWasmEngine } from '../../src/engine/index.ts';
import { createRun } from '../../src/engine/run/run.ts';

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

const LINK = 'data=spiral&layers=6,6&lr=0.1&opt=adam&stop=1&patience=50&points=200';

async function trainedCurve(withoutWorkers: boolean) {
  if (withoutWorkers) {
    const context = (session as unknown as { context: BrowserContext }).context;
    await context.addInitScript(() => { delete (globalThis as { Worker?: unknown }).Worker; });
  }
  const { page, problems } = await openPlayground(session, LINK);
  const place = await page.locator('[data-playground]').getAttribute('data-training');
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: catalogues.en.playground.toolbar.step, exact: true }).click();
  const { epoch, curve, parameters } = await live(page);
  expect(problems).toEqual([]);
  await page.close();
  return { place, epoch, curve, parameters };
}

// The engine's .wasm is fetched and compiled once per page: the page compiles it and hands the compiled
// module to the engine Worker (worker/client.ts), which would otherwise fetch its own copy.
describe('the engine\'s WebAssembly', () => {
  it('is requested once by a page that trains in the Worker', async () => {
    const { url, server } = await serveDirectory('dist');
    const requested: string[] = [];
    server.on('request', (request: { url?: string }) => { if (/nn101-engine[^/]*\.wasm$/.test(request.url ?? '')) requested.push(request.url!); });
    // Its own browser without the service worker, whose install would download every file once more.
    const own = await launchBrowser({ serviceWorkers: 'block' });
    try {
      const page = await (own as unknown as { context: BrowserContext }).context.newPage();
      await page.goto(`${url}/chapters/06-playground/#${LINK}`);
      await page.waitForSelector('[data-playground][data-ready="true"][data-engine="wasm"][data-training="worker"]');
      await page.getByRole('button', { name: catalogues.en.playground.toolbar.step, exact: true }).click();
      await page.waitForFunction(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.epoch >= 1);
      await page.evaluate(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.idle);
      expect(requested).toHaveLength(1);
    } finally {
      await own.close();
      server.close();
    }
  });
});

describe('where the playground trains', () => {
  it('trains in the Worker, and on the page where Workers are missing, with the numbers of the run in Node', async () => {
    const { state } = readPlaygroundState(LINK);
    const data = buildData(state, generatePoints(state));
    const net = (await loadWasmEngine()).createNetwork(networkSpec(state));
    const { records } = createRun(net, { train: data.train, validation: data.validation, test: data.test, config: trainConfig(state), earlyStopping: { patience: 50 } })
      .advance({ epochs: 4 });
    const expected = records.map((r) => [r.trainLoss, r.testLoss, r.validationLoss]);

    const inWorker = await trainedCurve(false);
    expect(inWorker.place).toBe('worker');
    // Last: the init script that removes Worker stays on the browser context.
    const onPage = await trainedCurve(true);
    expect(onPage.place).toBe('page');
    for (const run of [inWorker, onPage]) {
      expect(run.epoch).toBe(4);
      expect(run.curve.slice(1).map((p) => [p.trainLoss, p.testLoss, p.validationLoss])).toEqual(expected);
      expect(run.parameters).toEqual(JSON.parse(JSON.stringify(net.getParameters())));
    }
  });
});
