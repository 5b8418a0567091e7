// Helpers for the browser tests of the widgets that train in the page (SizeMatters, RegularizationLab):
// which engine made the numbers shown, the numbers themselves, and waiting for the end of training.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
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

/** Waits until the status line `statusSelector` says training finished (a whole run may take a while on 2 cores). */
export const trainingFinished = (page: Page, statusSelector: string): Promise<unknown> =>
  page.waitForFunction((s) => document.querySelector(s)?.textContent?.includes('finished'), statusSelector, { timeout: 90_000 });
