// The playground's projector setting is the header's Large text switch (one setting, kept in the link).
// On the English and the Spanish page: the switch is found by its words in the page's language; that
// switching it on writes the link is language-free and checked once, in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Session } from './support/browser';
import { forEachLanguage } from './support/languages';
import { catalogues } from '../../src/i18n/catalogues.ts';
import { live, openPlayground, PLAYGROUND_PATH, settledHash } from './support/playground';

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

forEachLanguage(({ t, path }) => {
  const PAGE = path(PLAYGROUND_PATH);
  const largeText = (page: import('playwright-core').Page) => page.getByRole('button', { name: t.site.largeText, exact: true });

  describe('projector view is the Large text switch', () => {
    it('turns Large text on from an old teacher link with projector=1', async () => {
      const { page, problems } = await openPlayground(session, 'projector=1', {}, PAGE);
      expect(await page.evaluate(() => document.documentElement.dataset.projector)).toBe('on');
      expect(await largeText(page).getAttribute('aria-pressed')).toBe('true');
      // The playground has no second switch of its own: one control with those words, none named after the key.
      expect(await page.getByRole('checkbox', { name: t.site.largeText }).count()).toBe(0);
      expect(await page.getByRole('checkbox', { name: t.playground.keys.projector }).count()).toBe(0);
      expect(await largeText(page).count()).toBe(1);
      // Turning Large text off in the header takes projector out of the link.
      await largeText(page).click();
      expect((await live(page)).state.projector).toBe(false);
      expect(await settledHash(page)).not.toContain('projector=1');
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});

// Turning the switch on writes the link the same way on every page: once, on the English page.
describe('the Large text switch writes the link', () => {
  it('writes projector=1 into the link when the header switch turns Large text on', async () => {
    const { page, problems } = await openPlayground(session, 'data=xor', {}, PLAYGROUND_PATH);
    expect(await page.evaluate(() => document.documentElement.dataset.projector)).toBeUndefined();
    await page.getByRole('button', { name: catalogues.en.site.largeText, exact: true }).click();
    expect((await live(page)).state.projector).toBe(true);
    expect(await settledHash(page)).toContain('projector=1');
    // Switched back off (the switch is saved for the site; leave it as found).
    await page.getByRole('button', { name: catalogues.en.site.largeText, exact: true }).click();
    expect((await live(page)).state.projector).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });
});
