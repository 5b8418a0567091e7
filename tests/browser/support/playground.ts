// Helpers for the playground's browser tests: open chapter 6 with a link fragment, wait until the
// playground has mounted, and read its live state through the read-only hook on its root element.
import type { Page } from 'playwright-core';
import { openPage, type Session, type WatchedPage } from './browser';

export const PLAYGROUND_PATH = '/chapters/06-playground/';

export async function openPlayground(session: Session, fragment = '', options: Parameters<typeof openPage>[2] = {}): Promise<WatchedPage> {
  const watched = await openPage(session, PLAYGROUND_PATH + (fragment ? `#${fragment.replace(/^#/, '')}` : ''), options);
  await watched.page.waitForSelector('[data-playground][data-ready="true"]');
  return watched;
}

/** The playground's live numbers (state, epoch, curve, status, parameters). */
export async function live<T = Record<string, any>>(page: Page): Promise<T> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-playground]') as HTMLElement & { playground: any };
    const p = root.playground;
    return JSON.parse(JSON.stringify({ state: p.state, epoch: p.epoch, curve: p.curve, status: p.status, points: p.points, parameters: p.parameters }));
  }) as Promise<T>;
}

/** Waits until the URL fragment has been rewritten (the store writes it lazily). */
export async function settledHash(page: Page): Promise<string> {
  await page.waitForTimeout(400);
  return page.evaluate(() => location.hash);
}
