// The "optimisers on a loss surface" exploration in chapter 4d, from the keyboard: the table and verdict match
// SGD, momentum and Adam written out here on the same loss, the picture puts each path's end where that
// computation says, sliders rerun it, and it fits a phone, axe clean, without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, openPageWithoutJavaScript, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { chooseRadio, focusByKeyboard, typeNumber } from './support/keyboard';
import { OPTIMIZER_SURFACE as S, surfaceGradient, surfaceLoss } from '../../src/scenarios/optimizer-surface.ts';
import { CLASS_COLORS, hexToRgb } from '../../src/ui/colors.ts';
import { formatSmall } from '../../src/ui/small-numbers.ts';

const CHAPTER = '/chapters/04d-inside-training/';
const W = '#optimizer-surface';
type Kind = 'sgd' | 'momentum' | 'adam';
const KINDS: Kind[] = ['sgd', 'momentum', 'adam'];

/** The three update rules, written out here; returns the points visited (stops if the loss overflows). */
function byHand(kind: Kind, lr: number, mu: number): { w: number[]; loss: number }[] {
  let w = [...S.start] as number[];
  const v = [0, 0], m = [0, 0], s = [0, 0];
  const out = [{ w, loss: surfaceLoss(w[0]!, w[1]!) }];
  for (let t = 1; t <= S.steps; t++) {
    const g = surfaceGradient(w[0]!, w[1]!);
    w = w.map((wi, i) => {
      if (kind === 'sgd') return wi - lr * g[i]!;
      if (kind === 'momentum') { v[i] = mu * v[i]! + g[i]!; return wi - lr * v[i]!; }
      m[i] = 0.9 * m[i]! + 0.1 * g[i]!;
      s[i] = 0.999 * s[i]! + 0.001 * g[i]! ** 2;
      return wi - (lr * m[i]! / (1 - 0.9 ** t)) / (Math.sqrt(s[i]! / (1 - 0.999 ** t)) + 1e-8);
    });
    const loss = surfaceLoss(w[0]!, w[1]!);
    if (!Number.isFinite(loss)) break;
    out.push({ w, loss });
  }
  return out;
}

function expected(lr: number, mu: number) {
  const rows: Record<string, { reached: string; final: string }> = {};
  const reached: Partial<Record<Kind, number>> = {};
  for (const k of KINDS) {
    const path = byHand(k, lr, mu);
    const at = path.findIndex((p) => p.loss < S.target);
    if (at >= 0) reached[k] = at;
    rows[k] = {
      reached: at >= 0 ? String(at) : 'not reached',
      final: path.length < S.steps + 1 ? `left the picture after ${path.length - 1} steps` : formatSmall(path.at(-1)!.loss),
    };
  }
  const best = Math.min(...Object.values(reached));
  const winners = KINDS.filter((k) => reached[k] === best);
  return { rows, winners: winners.length ? winners.join(' ') : 'none' };
}

async function shownTable(page: Page) {
  return page.evaluate((sel) => Object.fromEntries([...document.querySelectorAll(`${sel} tr[data-optimizer]`)].map((tr) => [
    (tr as HTMLElement).dataset.optimizer,
    Object.fromEntries([...tr.querySelectorAll<HTMLElement>('td[data-value]')].map((td) => [td.dataset.value, td.textContent])),
  ])), W);
}

async function run(page: Page, choice: string) {
  await chooseRadio(page, 'optimizer-surface-predict', choice);
  await focusByKeyboard(page, `${W} .os-train`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${W}[data-state="done"]`);
}

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

describe('optimisers on a loss surface (chapter 4d)', () => {
  it('runs after a prediction; table, verdict and the picture match the update rules done by hand', async () => {
    const { page, problems } = await openPage(session, CHAPTER, { reducedMotion: 'reduce' });
    await focusByKeyboard(page, `${W} .os-train`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${W} .os-status`).textContent()).toMatch(/prediction first/);

    await run(page, 'sgd'); // the misconception: steepest descent is fastest
    const lr = S.learningRate.value, mu = S.momentum.value;
    const want = expected(lr, mu);
    expect(await shownTable(page)).toEqual(want.rows);
    expect(want.winners).toBe('momentum');
    expect(await page.locator(W).getAttribute('data-winners')).toBe(want.winners);
    const feedback = (await page.locator(`${W} .os-feedback`).textContent())!;
    expect(feedback).toMatch(/^Not this time\. Steepest downhill is not towards the minimum in a ravine/);
    expect(feedback).toContain(`momentum: ${want.rows.momentum!.reached} steps`);

    // Adam's path is drawn last: its end marker sits, in Adam's colour, where the rules put the last point.
    const adamEnd = byHand('adam', lr, mu).at(-1)!.w;
    const pixel = await page.evaluate(([sel, x, y]) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`${sel} canvas`)!;
      const [x0, x1, y0, y1] = [-5, 5, -5, 5];
      const px = Math.round(((x as number - x0) / (x1 - x0)) * canvas.width);
      const py = Math.round(((y1 - (y as number)) / (y1 - y0)) * canvas.height);
      return [...canvas.getContext('2d')!.getImageData(px, py, 1, 1).data].slice(0, 3);
    }, [W, adamEnd[0]!, adamEnd[1]!] as const);
    const adamRgb = hexToRgb(CLASS_COLORS[2]);
    pixel.forEach((c, i) => expect(Math.abs(c - adamRgb[i]!)).toBeLessThan(40));
    expect(await page.locator(`${W} canvas`).getAttribute('aria-label')).toContain(`momentum: ${want.rows.momentum!.reached} steps`);

    // The sliders from the keyboard rerun all three: a learning rate past SGD's limit, then momentum 0.
    await typeNumber(page, 'optimizer-surface-lr', '0.12');
    await expect.poll(() => shownTable(page)).toEqual(expected(0.12, mu).rows);
    expect(byHand('sgd', 0.12, mu).at(-1)!.loss).toBeGreaterThan(1e3); // SGD really is thrown out of the ravine
    await focusByKeyboard(page, '#optimizer-surface-mu-range');
    await page.keyboard.press('Home');
    await expect.poll(() => shownTable(page)).toEqual(expected(0.12, 0).rows);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('animates the paths without reduced motion, then fits a 360 px phone in the dark theme, axe clean', async () => {
    const { page, problems } = await openPage(session, CHAPTER, { width: 360, height: 740, colorScheme: 'dark' });
    await chooseRadio(page, 'optimizer-surface-predict', 'momentum');
    await focusByKeyboard(page, `${W} .os-train`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${W}[data-state="running"]`);
    await page.waitForSelector(`${W}[data-state="done"]`, { timeout: 60_000 });
    expect(await page.locator(`${W} .os-feedback`).textContent()).toMatch(/^Right\./);
    expect(await scrollsHorizontally(page)).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    const unlabelled = await page.evaluate((sel) => [...document.querySelectorAll(`${sel} input, ${sel} button`)]
      .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label') && !el.textContent?.trim())
      .map((el) => el.outerHTML), W);
    expect(unlabelled).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('without JavaScript gives each optimiser’s steps at the defaults', async () => {
    const { page, close } = await openPageWithoutJavaScript(CHAPTER);
    const text = (await page.locator(`${W} .widget-fallback`).textContent())!.replace(/\s+/g, ' ');
    const want = expected(S.learningRate.value, S.momentum.value);
    expect(text).toContain(`momentum: ${want.rows.momentum!.reached} steps`);
    expect(text).toContain('SGD: not within 150 steps');
    await close();
  });
});
