// A browser that refuses storage or has no Web Workers: what the reader is told.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type Session } from './support/browser';

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

describe('without storage', () => {
  it('the Large text switch still works, and says once that it will not be kept', async () => {
    const { page, problems } = await openPage(session, '/');
    await page.addInitScript(() => {
      const refuse = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
      Storage.prototype.getItem = refuse;
      Storage.prototype.setItem = refuse;
    });
    await page.reload();
    const toggle = page.locator('[data-projector-toggle]');
    const note = page.locator('[data-storage-note]');
    await toggle.waitFor({ state: 'visible' });
    expect(await note.isVisible()).toBe(false);
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.projector)).toBe('on');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await note.textContent()).toBe('Large text applies to this page only: this browser does not let the course save settings, so other pages open in normal text.');
    expect(await note.getAttribute('role')).toBe('status');
    await toggle.click();
    await toggle.click();
    expect(await page.locator('[data-storage-note]:visible').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('with storage, nothing is said and the choice is kept', async () => {
    const { page } = await openPage(session, '/');
    await page.locator('[data-projector-toggle]').click();
    expect(await page.locator('[data-storage-note]').isVisible()).toBe(false);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.projector)).toBe('on');
    await page.locator('[data-projector-toggle]').click();
    await page.close();
  });
});

describe('without Web Workers', () => {
  it('the engine check says it could not run, and no row stays "running…"', async () => {
    const { page } = await openPage(session, '/lab/engine-check/');
    await page.addInitScript(() => { Object.defineProperty(window, 'Worker', { value: undefined }); });
    await page.reload();
    const verdict = page.locator('#engine-check-verdict');
    await verdict.getByText('could not run').waitFor();
    expect(await verdict.textContent()).toBe('The check could not run: this browser does not offer Web Workers, so the second run could not start.');
    expect(await page.locator('[data-run="worker"] [data-field="loss"]').textContent()).toBe('could not run');
    // The page's own run did finish and shows its numbers.
    expect(await page.locator('[data-run="main"] [data-field="loss"]').textContent()).toMatch(/^\d+\.\d{6}$/);
    expect(await page.getByText('running…').count()).toBe(0);
    await page.close();
  });
});
