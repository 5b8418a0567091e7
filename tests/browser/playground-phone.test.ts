// The playground on a 360 px phone while it trains, and its projector setting as the header's Large
// text switch (one setting, kept in the link).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, scrollsHorizontally, type Session } from './support/browser';
import { live, openPlayground, settledHash, type PlaygroundRoot } from './support/playground';

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

const PHONE = { width: 360, height: 740 };

/** Whether the element's whole box is inside the viewport. */
const inView = (page: Page, selector: string) => page.locator(selector).first().evaluate((e) => {
  const r = e.getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
});

describe('the playground on a phone', () => {
  it('shows the output picture, the loss and Pause together while it trains', async () => {
    const { page, problems } = await openPlayground(session, 'data=circle', PHONE);
    // The reader scrolls to the playground's Play button and starts training.
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await page.locator('.pg-toolbar').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await play.click();
    await page.waitForFunction(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.epoch >= 2);
    expect(await page.getByRole('button', { name: 'Pause', exact: true }).isVisible()).toBe(true);
    expect(await inView(page, '.pg-toolbar .pg-primary')).toBe(true);
    expect(await inView(page, '.pg-plane')).toBe(true);
    expect(await inView(page, '.pg-metrics')).toBe(true);
    // The loss shown is the one training is producing.
    expect(await page.locator('.pg-metrics').textContent()).toMatch(/loss/i);
    expect(await scrollsHorizontally(page)).toBe(false);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('projector view is the Large text switch', () => {
  it('turns Large text on from an old teacher link with projector=1', async () => {
    const { page, problems } = await openPlayground(session, 'projector=1');
    expect(await page.evaluate(() => document.documentElement.dataset.projector)).toBe('on');
    expect(await page.locator('[data-projector-toggle]').getAttribute('aria-pressed')).toBe('true');
    // The playground has no second switch of its own.
    expect(await page.getByRole('checkbox', { name: /projector/i }).count()).toBe(0);
    // Turning Large text off in the header takes projector out of the link.
    await page.locator('[data-projector-toggle]').click();
    expect((await live(page)).state.projector).toBe(false);
    expect(await settledHash(page)).not.toContain('projector=1');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('writes projector=1 into the link when the header switch turns Large text on', async () => {
    const { page, problems } = await openPlayground(session, 'data=xor');
    expect(await page.evaluate(() => document.documentElement.dataset.projector)).toBeUndefined();
    await page.locator('[data-projector-toggle]').click();
    expect((await live(page)).state.projector).toBe(true);
    expect(await settledHash(page)).toContain('projector=1');
    // Switched back off (the switch is saved for the site; leave it as found).
    await page.locator('[data-projector-toggle]').click();
    expect((await live(page)).state.projector).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });
});
