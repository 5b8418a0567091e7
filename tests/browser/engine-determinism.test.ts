// The WebAssembly engine is deterministic across platforms: one seeded training run (dropout, Adam, L2,
// a cosine schedule, shuffling) on the page's main thread and in the engine Worker, in Chromium, gives
// bit for bit the float32 numbers the same run gives in Node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfCheckHere, type SelfCheckResult } from '../../src/engine/wasm/self-check.ts';
import { launchBrowser, openPage, type Session } from './support/browser';

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

describe('engine self-check page', () => {
  it('trains identically on the page, in the Worker and in Node', async () => {
    const node = await selfCheckHere();
    const { page, problems } = await openPage(session, '/lab/engine-check/');
    await page.waitForFunction(() => 'nn101EngineCheck' in window, undefined, { timeout: 60_000 });
    const runs = (await page.evaluate(() => (window as unknown as { nn101EngineCheck: unknown }).nn101EngineCheck)) as
      { main: SelfCheckResult; worker: SelfCheckResult } | { error: string };
    expect(runs).not.toHaveProperty('error');
    const { main, worker } = runs as { main: SelfCheckResult; worker: SelfCheckResult };
    // the run learned something, so agreement is not between two broken runs
    expect(node.accuracy).toBeGreaterThan(0.9);
    for (const run of [main, worker]) {
      expect(run.parameters).toEqual(node.parameters); // float32 values, compared exactly
      expect(run.grid).toEqual(node.grid);
      expect(run.losses).toEqual(node.losses);
      expect(run.fingerprint).toBe(node.fingerprint);
    }
    expect(await page.locator('#engine-check-verdict').textContent()).toBe('Both runs agree bit for bit.');
    expect(await page.locator('[data-run="worker"] [data-field="fingerprint"]').textContent()).toBe(node.fingerprint);
    expect(problems).toEqual([]);
    await page.close();
  });
});
