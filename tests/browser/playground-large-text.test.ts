// The playground's projector setting is the header's Large text switch (one setting, kept in the link).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Session } from './support/browser';
import { live, openPlayground, settledHash } from './support/playground';

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

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
