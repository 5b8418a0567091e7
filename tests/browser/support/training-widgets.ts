// Helpers for the browser tests of the widgets that train through the engine run (TeachIt, SizeMatters,
// RegularizationLab, chapter 4d's explorations): one browser session with the engine lookup, opening a page
// with or without Workers, which engine made the numbers shown, the numbers themselves, and waiting for the
// end of training.
import { afterAll, beforeAll, expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openPage, type Session } from './browser';
import { createReferenceNetwork, loadWasmEngine } from '../../../src/engine/index.ts';
import type { NetworkFactory } from '../../../src/scenarios/run.ts';

/** Given a widget root selector, the engine the widget used for the numbers it shows. */
export type EngineOf = (page: Page, root: string) => Promise<NetworkFactory>;

/**
 * Loads the WebAssembly engine in Node once and returns the lookup: the widget starts on the reference engine
 * and switches to WebAssembly once loaded, and says which in its root's data-engine attribute.
 */
export async function loadEngineOf(): Promise<EngineOf> {
  const wasm = await loadWasmEngine();
  const wasmFactory: NetworkFactory = (spec) => wasm.createNetwork(spec);
  return async (page, root) => {
    const name = await page.getAttribute(root, 'data-engine');
    expect(['wasm', 'reference']).toContain(name);
    return name === 'wasm' ? wasmFactory : createReferenceNetwork;
  };
}

/** The text of every element matching `selector` (each has a data-value key), by that key. */
export const shownValues = (page: Page, selector: string): Promise<Record<string, string>> =>
  page.$$eval(selector, (elements) =>
    Object.fromEntries(elements.map((e) => [(e as HTMLElement).dataset.value!, e.textContent!.trim()])));

/**
 * Waits until the status line `statusSelector` says training finished (a whole run may take a while on 2
 * cores): it contains `finished`, the words the page's language says it with (the English page's by default).
 */
export const trainingFinished = (page: Page, statusSelector: string, finished = 'finished'): Promise<unknown> =>
  page.waitForFunction(([s, f]) => document.querySelector(s)?.textContent?.includes(f), [statusSelector, finished] as const, { timeout: 90_000 });

/** The browser session of a test file that trains widgets (made in beforeAll, closed in afterAll). */
export interface TrainingSession {
  readonly session: Session;
  /** The context, for a CDP session (main-thread.ts traces the page's tasks). */
  readonly context: BrowserContext;
  readonly engineOf: EngineOf;
}

/** Call at the top of a test file: launches Chromium and loads the engine lookup before the tests run. */
export function trainingSession(): TrainingSession {
  let session: Session | undefined;
  let engineOf: EngineOf | undefined;
  beforeAll(async () => {
    session = await launchBrowser();
    engineOf = await loadEngineOf();
  });
  afterAll(async () => { await session?.close(); });
  return {
    get session() { return session!; },
    get context() { return (session as Session & { context: BrowserContext }).context; },
    get engineOf() { return engineOf!; },
  };
}

/** Hides `Worker` from the page, so its widgets train on the main thread (the run client's fallback). */
const noWorker = () => { Object.defineProperty(window, 'Worker', { value: undefined, configurable: true }); };

/** Opens `path`, without Workers if asked, and waits for `ready` (a selector) or the network to settle. */
export async function openTrainingPage(
  training: TrainingSession, path: string, withoutWorker: boolean, ready?: string,
): Promise<{ page: Page; problems: string[] }> {
  const watched = await openPage(training.session, path, withoutWorker ? { initScript: noWorker } : {});
  if (ready) await watched.page.locator(ready).waitFor();
  else await watched.page.waitForLoadState('networkidle');
  return watched;
}

/** Where a widget trains in each pass of a test: in the engine Worker, then on the page without one. */
export const TRAINING_PLACES = [['worker', false], ['page', true]] as const;
