// Helpers for the playground's browser tests: open chapter 6 with a link fragment, wait until the
// playground has mounted, and read its live state through the read-only hook on its root element.
import type { Page } from 'playwright-core';
import type { PlaygroundHook } from '../../../components/Playground/playground.ts';
import { openPage, type Session, type WatchedPage } from './browser';

export const PLAYGROUND_PATH = '/chapters/06-playground/';
/** The Spanish edition's playground (same widget, its words from the Spanish catalogue). */
export const PLAYGROUND_PATH_ES = '/es/chapters/06-playground/';

export async function openPlayground(session: Session, fragment = '', options: Parameters<typeof openPage>[2] = {}, path = PLAYGROUND_PATH): Promise<WatchedPage> {
  const watched = await openPage(session, path + (fragment ? `#${fragment.replace(/^#/, '')}` : ''), options);
  await watched.page.waitForSelector('[data-playground][data-ready="true"]');
  return watched;
}

/** The root element of the playground, with its read-only hook (for code run in the page). */
export type PlaygroundRoot = HTMLElement & { playground: PlaygroundHook };

/** A copy of the hook's live numbers (through JSON: a NaN test loss comes back as null). */
export type LiveSnapshot = Pick<PlaygroundHook, 'state' | 'epoch' | 'curve' | 'status' | 'points' | 'parameters'>;

/**
 * The playground's live numbers (state, epoch, curve, status, points, parameters), once every training
 * request sent so far has been answered (training runs in the engine Worker: a Step is asynchronous).
 */
export async function live(page: Page): Promise<LiveSnapshot> {
  await settled(page);
  return page.evaluate(() => {
    const p = (document.querySelector('[data-playground]') as PlaygroundRoot).playground;
    const snapshot: LiveSnapshot = { state: p.state, epoch: p.epoch, curve: p.curve, status: p.status, points: p.points, parameters: p.parameters };
    return JSON.parse(JSON.stringify(snapshot)) as LiveSnapshot;
  });
}

/** Waits until every training request sent so far (Step, a slice of Play) has been answered. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.idle);
}

/** Waits until the store has written its state into the URL fragment (it writes lazily), and returns it. */
export async function settledHash(page: Page): Promise<string> {
  await page.waitForFunction(() => !(document.querySelector('[data-playground]') as PlaygroundRoot).playground.urlPending);
  return page.evaluate(() => location.hash);
}
