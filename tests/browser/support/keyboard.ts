// Driving a page from the keyboard only: Tab to a control, type into a number field.
import type { Page } from 'playwright-core';

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
export async function tabTo(page: Page, selector: string, backwards = false): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Moves focus to a control by Tab, searching forwards and then backwards. */
export async function focusByKeyboard(page: Page, selector: string): Promise<void> {
  if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  try { await tabTo(page, selector); } catch { await tabTo(page, selector, true); }
}

/** Focuses a slider-field's number box by Tab, replaces its text and commits with Enter. */
export async function typeNumber(page: Page, fieldId: string, text: string): Promise<void> {
  await focusByKeyboard(page, `#${fieldId}-number`);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Tabs to a control and presses Space on it (a radio button, a checkbox or a button). */
export async function pressSpaceOn(page: Page, selector: string): Promise<void> {
  await focusByKeyboard(page, selector);
  await page.keyboard.press('Space');
}

/** Chooses a radio button by keyboard: Tab into its group, then arrow keys until `value` is checked. */
export async function chooseRadio(page: Page, name: string, value: string): Promise<void> {
  await focusByKeyboard(page, `input[type="radio"][name="${name}"]`);
  const checked = () => page.evaluate((n) => document.querySelector<HTMLInputElement>(`input[name="${n}"]:checked`)?.value, name);
  if ((await checked()) === undefined) await page.keyboard.press('Space');
  for (let i = 0; i < 10 && (await checked()) !== value; i++) await page.keyboard.press('ArrowDown');
  if ((await checked()) !== value) throw new Error(`could not choose ${value} in ${name}`);
}
