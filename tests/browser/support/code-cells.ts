// Code cells in the browser tests: what a cell shows that belongs to another language.
import type { Page } from 'playwright-core';
import { foreignNeedles, foundNeedles } from '../../support/catalogue-needles.ts';
import { LANGS, type Lang } from '../../../src/i18n/lang.ts';
import type { Catalogue } from '../../../src/i18n/catalogue.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A pattern for texts that start with `text`. */
export const startsWith = (text: string) => new RegExp(`^${escape(text)}`);
/** The part two texts share from their start (a message's fixed opening whatever its numbers). */
export const common = (a: string, b: string) => { let i = 0; while (i < a.length && a[i] === b[i]) i++; return a.slice(0, i); };
/** The status of a run that ended and showed output ("Finished in 12 ms." / "Terminado en 1,2 s."), in the page's words. */
export const finishedStatus = (t: Catalogue) => startsWith(common(t.codeCell.finished(5), t.codeCell.finished(3000)));

/**
 * Texts of the other languages' catalogues in what the cell itself writes (status, messages, problems,
 * notes, verdicts, captions, buttons, labels, ARIA names); not in the code or what the code prints, which
 * are the reader's (a test's English words inside console.log are not the page's).
 */
export async function foreignInCell(page: Page, cell: string, lang: Lang): Promise<string[]> {
  const texts = await page.locator(cell).evaluate((cell) => {
    const own = '[data-status], [data-messages], [data-hint], .code-cell-problem, .code-cell-note, .code-cell-verdict, figcaption, caption, button, summary, label, svg title, svg desc';
    const out = [...cell.querySelectorAll<HTMLElement>(own)].map((el) => el.textContent ?? '').filter((text) => text.trim());
    for (const el of cell.querySelectorAll('[aria-label], [aria-description], [title]')) {
      for (const name of ['aria-label', 'aria-description', 'title']) { const v = el.getAttribute(name); if (v) out.push(v); }
    }
    return out;
  });
  return LANGS.filter((other) => other !== lang).flatMap((other) => foundNeedles(texts, foreignNeedles(other, lang)));
}
