// Code cells (components/CodeCell/, src/cells/runtime/), driven from the keyboard: a cell runs the code a
// reader types and its output matches a computation made here; the ways a reader can break a cell (an
// endless loop, runaway recursion, memory, a flood of console.log) end within seconds with a message in
// words, with no long task on the page, and the cell runs again; the code survives a reload; share links
// restore code and hostile ones open the original with a message; the cell's code cannot reach the page,
// the network or the site's storage; axe, 360 px, and offline once loaded.
//
// On the English and the Spanish page (chapter 1's cell, content/es/chapters/): every status, message and
// caption the cell writes is the page's catalogue text, the numbers the page lays out (the loss chart's
// caption, table cells) are written the page's way, and no text of the other language shows in the cell.
// Once, on the English page, because their code has no language: the main-thread task lengths while a
// broken cell runs (the Spanish page checks the same runs' words), running out of memory (its message is
// worded like the others), the sandbox (what the cell's code cannot reach; the import() refusal's words run
// in both), the editor's focus race, the download budget and offline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { launchBrowser, openPage, scrollsHorizontally, seriousAxeViolations, type Session } from './support/browser';
import { mainThreadTasks } from './support/main-thread';
import { forEachLanguage, languageCase, type LanguageCase } from './support/languages';
import { common, finishedStatus, foreignInCell, startsWith } from './support/code-cells';
import type { Lang } from '../../src/i18n/lang.ts';
import { formatPlain } from '../../src/ui/format.ts';
import { ACTIVATION_NAMES } from '../../src/engine/validate.ts';

const ENGLISH_CHAPTER = '/chapters/01-what-is-a-neural-network/';
const CELL = '#cell-neuron-in-code';
/** The machine running the tests is shared and slow: give the page time to load the cell's modules. */
const POLL = { timeout: 20_000 };
/** What chapter 1's cell prints before the neuron's output, in each edition's code. */
const OUTPUT_NAME: Record<Lang, string> = { en: 'output', es: 'salida' };
const SENTINEL = '\u0001';
/** A message function's text up to where its first argument goes. */
const before = (text: string) => text.slice(0, text.indexOf(SENTINEL));
const opening = (f: (line?: number) => string) => common(f(), f(7));

let session: Session;
let context: BrowserContext;
beforeAll(async () => {
  session = await launchBrowser();
  context = (session as Session & { context: BrowserContext }).context;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => { await session?.close(); });

/** Presses Tab until the focused element matches `selector` (the way a keyboard user gets there). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    // In the editor, Tab indents: Escape first (the way out the cell's hint describes).
    if (await page.evaluate(() => document.activeElement?.classList.contains('cm-content') ?? false)) await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Focuses the cell's code by keyboard; the editor loads and takes the focus. */
async function focusEditor(page: Page): Promise<void> {
  await tabTo(page, `${CELL} [data-static], ${CELL} .cm-content`);
  await page.locator(`${CELL} .cm-content:focus`).waitFor({ timeout: 30_000 });
}

/** Replaces the code by typing it (select all, type). */
async function typeCode(page: Page, code: string): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // insertText types the code as one input, without the editor's auto-indent and bracket handling.
  await page.keyboard.insertText(code);
}

/** Types the code and runs it with Ctrl+Enter. */
async function typeAndRun(page: Page, code: string): Promise<void> {
  await typeCode(page, code);
  await page.keyboard.press('ControlOrMeta+Enter');
}

const status = (page: Page) => page.locator(`${CELL} [data-status]`);
const output = (page: Page) => page.locator(`${CELL} [data-output]`);

/** The chapter's cell in one language: opening its page, and waiting for a run's end in its words. */
function cellPage({ t, path }: LanguageCase) {
  const chapter = path(ENGLISH_CHAPTER);
  const busy = [t.codeCell.running, t.codeCell.starting, t.codeCell.loadingEditor];
  return {
    chapter,
    /** "Finished in …" in the page's words. */
    finished: finishedStatus(t),
    /** Opens the chapter. Saved code of earlier tests is cleared first (the profile is shared by the file). */
    async open(fragment = '', options: { width?: number; colorScheme?: 'light' | 'dark'; keepSaved?: boolean } = {}) {
      if (!options.keepSaved) {
        const blank = await openPage(session, '/');
        await blank.page.evaluate(() => localStorage.clear());
        await blank.page.close();
      }
      return openPage(session, `${chapter}${fragment}`, options);
    },
    /** The status line once the run has ended (not starting, running or loading the editor). */
    async waitForEnd(page: Page, timeout = 30_000): Promise<string> {
      await page.waitForFunction(({ sel, busy }) => {
        const s = document.querySelector(`${sel} [data-status]`)?.textContent ?? '';
        return s !== '' && !busy.includes(s);
      }, { sel: CELL, busy }, { timeout });
      return (await status(page).textContent()) ?? '';
    },
  };
}


forEachLanguage((language) => {
  const { lang, t, number } = language;
  const C = t.codeCell;
  const { chapter, finished, open: openChapter, waitForEnd } = cellPage(language);

  describe('a code cell', () => {
    it('runs the chapter\'s code from the keyboard and prints what the formula gives', async () => {
      // The fragment names the cell's section, so the first Tab starts from there (as after a link to it).
      const { page, problems } = await openChapter(CELL);
      // Before focus, the code is static highlighted text and the editor is not loaded.
      expect(await page.locator(`${CELL} .cm-editor`).count()).toBe(0);
      expect(await page.locator(`${CELL} [data-static] .tok-keyword`).count()).toBeGreaterThan(0);
      expect(await page.locator(`${CELL} [data-hint]`).innerText()).toBe(C.keyboardHint);
      await tabTo(page, `${CELL} [data-run]`);
      expect(await page.locator(`${CELL} [data-run]`).innerText()).toBe(C.run);
      await page.keyboard.press('Enter');
      expect(await waitForEnd(page)).toMatch(finished);
      // Run is disabled while the run starts; the keyboard went to Stop and is back on Run, not on the page's body.
      expect(await page.evaluate((s) => document.activeElement?.matches(s), `${CELL} [data-run]`)).toBe(true);
      const z = 0.8 * 1 + -0.4 * 0.5 + 0.1;
      const a = 1 / (1 + Math.exp(-z));
      // console.log prints JavaScript values as JavaScript writes them, with a dot, on every page.
      expect(await output(page).innerText()).toBe(`z = ${Number(z.toPrecision(6))}\n${OUTPUT_NAME[lang]} = ${Number(a.toPrecision(6))}`);
      expect(await foreignInCell(page, CELL, lang)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('runs typed TypeScript: numbers, arrays, objects and errors with their line; refuses import(); the engine\'s refusals in the page\'s words', async () => {
      const { page, problems } = await openChapter();
      await typeAndRun(page, [
        'interface Layer { units: number; activation: string }',
        'const sizes: number[] = [2, 8, 8, 1];',
        'let params = 0;',
        'for (let i = 1; i < sizes.length; i++) params += sizes[i - 1] * sizes[i] + sizes[i];',
        'const layer: Layer = { units: 8, activation: "tanh" };',
        'console.log(params, sizes, layer);',
        'console.log(new Float64Array([0.5, 0.25]));',
      ].join('\n'));
      expect(await waitForEnd(page)).toMatch(finished);
      const params = 2 * 8 + 8 + 8 * 8 + 8 + 8 * 1 + 1;
      expect(await output(page).innerText()).toBe(`${params} [2, 8, 8, 1] { units: 8, activation: "tanh" }\nFloat64Array(2) [0.5, 0.25]`);

      // Numbers: the cell's own summary of a network (its parameter count, a dropout rate) is written the
      // page's way; the values console.log prints stay JavaScript's, and the note on what was left out is
      // the page's.
      await typeAndRun(page, [
        'console.log(network({ inputs: 784, layers: [{ units: 32, activation: "relu", dropout: 0.2 }, { units: 10, activation: "softmax" }], seed: 1 }));',
        'console.log(Array.from({ length: 60 }, (_, i) => i / 2));',
      ].join('\n'));
      expect(await waitForEnd(page)).toMatch(finished);
      const halves = Array.from({ length: 50 }, (_, i) => i / 2).join(', ');
      expect(await output(page).innerText()).toBe([
        t.cellApi.network(`784 → 32 relu ${t.cellApi.layerDropout(0.2)} → 10 softmax`, 'softmaxCrossEntropy', 784 * 32 + 32 + 32 * 10 + 10, 1),
        `[${halves}, ${C.inspect.moreItems(10)}]`,
      ].join('\n'));
      if (lang === 'es') expect(await output(page).innerText()).toContain('(abandono 0,2)');

      // JavaScript's own message in the page's words (the browser's own on the English page), with its line.
      await typeAndRun(page, 'const a = 1;\nconst b = undefinedThing + a;');
      expect(await waitForEnd(page)).toBe(C.problem.error(`ReferenceError: ${t.jsErrors.notDefined('undefinedThing')}`, 2));
      await typeAndRun(page, 'const a = ;');
      expect(await waitForEnd(page)).toBe(C.problem.syntax(t.jsErrors.unexpectedTokenBare, 1));
      // import() to another origin is refused before anything runs; nothing leaves the origin.
      await typeAndRun(page, 'await import("https://example.com/x.js");');
      expect(await waitForEnd(page)).toBe(C.problem.module('import()', 1));
      // What the engine refuses (a misspelt activation; a hand-made network for boundary()) is worded by the page.
      await typeAndRun(page, 'network({ inputs: 2, layers: [{ units: 4, activation: "ReLU" }, { units: 1, activation: "sigmoid" }] });');
      expect(await waitForEnd(page)).toBe(C.problem.error(`Error: ${t.cellApi.engineProblem({ code: 'activation', layer: 0, allowed: ACTIVATION_NAMES, got: '"ReLU"' })}`, 1));
      await typeAndRun(page, 'boundary({ format: "nn101-network", version: 1, spec: { inputs: 2, layers: [{ units: 1, activation: "sigmoid" }], loss: "mse" }, parameters: { weights: [[1]], biases: [[0]] } });');
      expect(await waitForEnd(page)).toBe(C.problem.error(`Error: ${t.cellApi.engineProblem({ code: 'weights-size', layer: 0, got: 1, inputs: 2, units: 1 })}`, 1));
      expect(await foreignInCell(page, CELL, lang)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('draws what the cell API computes: Value gradients, a plot, a formula, a trained network\'s boundary and its live loss chart', async () => {
      const { page, problems } = await openChapter();
      await typeAndRun(page, [
        'const x = new Value(3);',
        'const y = x.mul(x).add(x.mul(2));',
        'y.backward();',
        'console.log(y.data, x.grad);',
        'plot([Plot.line([{ a: 0, b: 0 }, { a: 1, b: 2 }], { x: "a", y: "b" })]);',
        'tex("\\\\sigma(z) = \\\\frac{1}{1 + e^{-z}}");', // the cell's code has "\\sigma"
        'const net = network({ inputs: 2, layers: [{ units: 4, activation: "tanh" }, { units: 1, activation: "sigmoid" }], seed: 1 });',
        'const d = data("moons", { n: 40, seed: 2 });',
        'const history = await train(net, d, { epochs: 5 });',
        'console.log("epochs", history.length, "last", history[history.length - 1].epoch);',
        'boundary(net, d);',
      ].join('\n'));
      expect(await waitForEnd(page, 60_000)).toMatch(finished);
      // y = x² + 2x at x = 3: 15, dy/dx = 2x + 2 = 8.
      await expect.poll(async () => (await page.locator(`${CELL} .code-cell-log`).allInnerTexts()).join('\n'), POLL).toMatch(/^15 8\nepochs 5 last \d+$/);
      const lastEpoch = Number(/last (\d+)$/.exec((await page.locator(`${CELL} .code-cell-log`).allInnerTexts()).join('\n'))![1]);
      await expect.poll(() => page.locator(`${CELL} .code-cell-chart svg[role="img"]`).count(), POLL).toBeGreaterThanOrEqual(2); // the plot and the loss chart
      await expect.poll(() => page.locator(`${CELL} .code-cell-tex .katex`).count(), POLL).toBe(1);
      await expect.poll(() => page.locator(`${CELL} .boundary-panel canvas`).count(), POLL).toBe(2);
      // The live chart ends at the last epoch trained (it redraws at most every 250 ms, so wait for it); its
      // caption is the page's sentence, and the loss in it is written the page's way (a comma in Spanish).
      const caption = page.locator(`${CELL} .code-cell-loss figcaption`);
      const captionStart = before(C.lossCaption(false, lastEpoch, SENTINEL));
      await expect.poll(() => caption.innerText(), POLL).toMatch(startsWith(captionStart));
      const loss = number((await caption.innerText()).slice(captionStart.length));
      expect(loss).toBeGreaterThan(0);
      expect(await caption.innerText()).toBe(C.lossCaption(false, lastEpoch, formatPlain(loss, lang)));
      expect(await foreignInCell(page, CELL, lang)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  });

  describe('breaking a cell on purpose', () => {
    // The English page runs every way of breaking a cell and measures the page's tasks meanwhile (below,
    // once: the code has no language); here each message's words, and the cell running again after them.
    it('a flood of console.log and runaway recursion are stopped with the page\'s words; Stop too', async () => {
      const { page, problems } = await openChapter();
      await typeAndRun(page, 'for (let i = 0; ; i++) console.log("line", i);');
      expect(await waitForEnd(page, 20_000)).toBe(C.problem.runaway(1));
      const lines = (await output(page).innerText()).split('\n').filter(Boolean);
      expect(lines.slice(0, 2)).toEqual(['line 0', 'line 1']);
      // The count of lines not shown is written the page's way ("12 345" in Spanish).
      const cutLine = lines.find((line) => line.startsWith('… '))!;
      const cut = Number(/^… ([\d,\u202f\u00a0]+)/.exec(cutLine)![1]!.replace(/\D/g, ''));
      expect(cut).toBeGreaterThan(0);
      expect(cutLine).toBe(C.cut(cut));

      await typeAndRun(page, 'function down(n: number): number {\n  return down(n + 1) + 1;\n}\ndown(0);');
      expect(await waitForEnd(page, 20_000)).toBe(C.problem.recursion(2));

      await typeAndRun(page, 'for (let i = 0; ; i++) { await pause(10); if (i % 10 === 0) console.log(i); }');
      await page.locator(`${CELL} [data-output] pre`).waitFor();
      await tabTo(page, `${CELL} [data-stop]`);
      expect(await page.locator(`${CELL} [data-stop]`).innerText()).toBe(C.stop);
      await page.keyboard.press('Enter');
      expect(await waitForEnd(page)).toBe(C.problem.stopped);
      // Stop, disabled once pressed, gave the keyboard to Run.
      expect(await page.evaluate((s) => document.activeElement?.matches(s), `${CELL} [data-run]`)).toBe(true);
      await typeAndRun(page, 'console.log(6 * 7);');
      expect(await waitForEnd(page)).toMatch(finished);
      expect(await output(page).innerText()).toBe('42');
      expect(await foreignInCell(page, CELL, lang)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('JavaScript\'s own errors and the course\'s refusals, caught or not, are in the page\'s words (the browser\'s own on the English page)', async () => {
      const { page, problems } = await openChapter();
      const J = t.jsErrors;
      // What the TypeScript stripper (which reads the code first) or the browser says, as the cell words it,
      // and the English words the browser or the stripper wrote.
      const cases: { code: string; status: string; english: string }[] = [
        { code: 'console.log(1,\n  2;', status: C.problem.syntax(J.unexpectedTokenExpected(','), 2), english: 'Unexpected token, expected ","' },
        // Read by the stripper but refused by the browser: the browser's message, which gives no line.
        { code: 'const o = { a: 1,, };', status: C.problem.syntax(J.unexpectedToken(',')), english: 'Unexpected token \',\'' },
        { code: 'let u;\nconsole.log(u.size);', status: C.problem.error(`TypeError: ${J.readProperty('undefined', 'size')}`, 2), english: 'Cannot read properties of undefined (reading \'size\')' },
        { code: 'const n = 1;\nn = 2;', status: C.problem.error(`TypeError: ${J.constantAssignment}`, 2), english: 'Assignment to constant variable.' },
        { code: 'const net = network({ inputs: 2, layers: [{ units: 1, activation: "sigmoid" }] });\nnet.trian();', status: C.problem.error(`TypeError: ${J.notFunction('net.trian')}`, 2), english: 'net.trian is not a function' },
      ];
      for (const c of cases) {
        await typeAndRun(page, c.code);
        const seen = await waitForEnd(page);
        expect(seen, c.code).toBe(c.status);
        if (lang === 'en') expect(seen, c.code).toContain(c.english);
        else expect(seen, c.code).not.toContain(c.english);
      }
      // A browser's message the catalogue does not list stays its English, marked so on a Spanish page (for a
      // screen reader), on the status line and in the output; a reader's own message is not marked.
      const marked = (sel: string) => page.locator(`${CELL} ${sel} [lang]`).evaluateAll((els) => els.map((e) => [e.getAttribute('lang'), e.textContent]));
      await typeAndRun(page, 'decodeURIComponent("%");');
      expect(await waitForEnd(page)).toBe(C.problem.error('URIError: URI malformed', 1));
      // (The output's line is drawn in the next frame.)
      for (const where of ['[data-status]', '.code-cell-problem']) await expect.poll(() => marked(where), POLL).toEqual(lang === 'en' ? [] : [['en', 'URIError: URI malformed']]);
      await typeAndRun(page, 'throw new Error("mi mensaje");');
      expect(await waitForEnd(page)).toBe(C.problem.error('Error: mi mensaje', 1));
      expect(await marked('[data-status]')).toEqual([]);
      // So is one in a late error (a timer's).
      await typeAndRun(page, 'setTimeout(() => decodeURIComponent("%"), 0);\nawait pause(200);');
      expect(await waitForEnd(page)).toMatch(finished);
      expect(await output(page).locator('pre.code-cell-log-error').innerText()).toBe(`⚠ ${J.uncaught('URIError: URI malformed')}`);
      expect(await marked('pre.code-cell-log-error')).toEqual(lang === 'en' ? [] : [['en', 'URIError: URI malformed']]);
      // So is one an exercise's verdict quotes (what the reader's function threw).
      await typeAndRun(page, 'check.neuron(() => decodeURIComponent("%"));');
      expect(await waitForEnd(page)).toMatch(finished);
      const verdict = output(page).locator('.code-cell-verdict');
      await expect.poll(() => verdict.count(), POLL).toBe(1);
      const firstCase = t.cellApi.caseNeuron('[1, 0.5]', '[0.8, -0.4]', '0.1');
      expect(await verdict.innerText()).toBe(`✗ ${C.verdictFail}: ${t.cellApi.threw(firstCase, 'URI malformed')}`);
      expect(await marked('.code-cell-verdict')).toEqual(lang === 'en' ? [] : [['en', 'URI malformed']]);
      // A reader's own error of one of JavaScript's kinds carries the reader's words: never marked, in a
      // verdict, on the status line or in the output.
      await typeAndRun(page, 'check.neuron(() => { throw new RangeError("fuera de rango"); });\nthrow TypeError("mi propio error");');
      expect(await waitForEnd(page)).toBe(C.problem.error('TypeError: mi propio error', 2));
      await expect.poll(() => verdict.innerText(), POLL).toBe(`✗ ${C.verdictFail}: ${t.cellApi.threw(firstCase, 'fuera de rango')}`);
      await expect.poll(() => output(page).locator('.code-cell-problem').count(), POLL).toBe(1);
      for (const where of ['[data-status]', '.code-cell-problem', '.code-cell-verdict']) expect(await marked(where), where).toEqual([]);

      // A reader's own catch around a course function reads the words the status line would show; so does
      // one around code from a string, which a cell refuses; an error in a timer reaches the output.
      await typeAndRun(page, [
        'try { network({ inputs: 2, layers: [{ units: 4, activation: "ReLU" }, { units: 1, activation: "sigmoid" }] }); } catch (e) { console.log(e.message); }',
        'const net = network({ inputs: 2, layers: [{ units: 2, activation: "tanh" }, { units: 1, activation: "sigmoid" }] });',
        'try { await train(net, data("xor"), { epochs: 1, learningRate: -1 }); } catch (e) { console.log(e.message); }',
        'try { (() => {}).constructor("return 1"); } catch (e) { console.log(e.name, e.message); }',
        'setTimeout(() => undefinedLater(), 0);',
        'await pause(200);',
      ].join('\n'));
      expect(await waitForEnd(page)).toMatch(finished);
      const logged = await output(page).locator('pre.code-cell-log:not(.code-cell-log-error)').innerText();
      expect(logged).toBe([
        t.cellApi.engineProblem({ code: 'activation', layer: 0, allowed: ACTIVATION_NAMES, got: '"ReLU"' }),
        t.cellApi.engineProblem({ code: 'learning-rate', max: 10, got: '-1' }),
        `EvalError ${C.fromString('Function')}`,
      ].join('\n'));
      const late = await output(page).locator('pre.code-cell-log-error').innerText();
      expect(late).toBe(`⚠ ${J.uncaught(`ReferenceError: ${J.notDefined('undefinedLater')}`)}`);
      // The engine's own English (for logs) and the browser's never reach a Spanish page.
      if (lang === 'es') for (const english of ['has activation', 'learning rate must be', 'code from a string', 'is not defined', 'Uncaught']) expect(`${logged}\n${late}`).not.toContain(english);
      expect(await foreignInCell(page, CELL, lang)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  });

  describe('never losing work', () => {
    it('keeps the code across a reload; Reset asks, and Undo brings the code back', async () => {
      const { page } = await openChapter();
      const mine = 'console.log("my own code", 1 + 2);';
      await typeAndRun(page, mine);
      await waitForEnd(page);
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => page.locator(`${CELL} [data-static]`).innerText(), POLL).toBe(`${mine}`);
      await tabTo(page, `${CELL} [data-reset]`);
      await page.keyboard.press('Enter');
      expect(await page.locator(`${CELL} [data-confirm]`).innerText()).toContain(C.confirmReset);
      // Focus goes to "Keep my code": Enter there keeps it.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(C.confirmNo);
      await page.keyboard.press('Enter');
      expect(await page.locator(`${CELL} [data-static], ${CELL} .cm-content`).first().innerText()).toContain('my own code');
      await tabTo(page, `${CELL} [data-reset]`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(C.confirmYes);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(`${CELL} .cm-content`).innerText(), POLL).toContain('const weights = [0.8, -0.4];');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(C.undoReset);
      expect(await status(page).textContent()).toBe(C.resetDone);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(`${CELL} .cm-content`).innerText(), POLL).toBe(mine);
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => page.locator(`${CELL} [data-static]`).innerText(), POLL).toBe(mine);
      await page.close();
    });

    it('Copy link shares the code; the link opens it, and the reader\'s own code stays one click away', async () => {
      const { page } = await openChapter();
      const shared = 'const shared = [3, 4];\nconsole.log(Math.hypot(...shared));';
      await typeAndRun(page, shared);
      await waitForEnd(page);
      await tabTo(page, `${CELL} [data-copy]`);
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page).textContent(), POLL).toBe(C.linkCopied);
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toMatch(/#cell\.neuron-in-code=1[A-Za-z0-9_-]+$/);
      expect(new URL(link).pathname).toBe(chapter);
      // Someone else's own code is there when they open the link.
      await typeAndRun(page, 'console.log("the other reader");');
      await waitForEnd(page);
      await page.goto(link, { waitUntil: 'load' });
      await page.reload({ waitUntil: 'load' }); // a fragment-only navigation does not reload
      await expect.poll(() => page.locator(`${CELL} [data-static]`).innerText(), POLL).toBe(shared);
      await expect.poll(() => page.locator(`${CELL} [data-messages] p`).allInnerTexts(), POLL).toEqual([C.sharedLoaded]);
      await tabTo(page, `${CELL} [data-run]`);
      await page.keyboard.press('Enter');
      expect(await waitForEnd(page)).toMatch(finished);
      expect(await output(page).innerText()).toBe('5');
      expect(new URL(page.url()).hash).toBe(''); // applied once; a reload shows the reader's saved code
      await tabTo(page, `${CELL} [data-undo]`);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(`${CELL} .cm-content, ${CELL} [data-static]`).first().innerText(), POLL).toBe('console.log("the other reader");');
      await page.close();
    });

    it('code too long for a link is refused in the page\'s words, and the cell still works', async () => {
      const { page, problems } = await openChapter();
      // 20 001 characters (one over the limit) of a comment: typed as one input, never run.
      const long = `// ${'x'.repeat(20_001 - 3)}`;
      await typeCode(page, long);
      await tabTo(page, `${CELL} [data-copy]`);
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page).textContent(), POLL).toBe(C.linkTooLong(20_001, 20_000, false));
      // A code that compresses too little for a link, though short enough: random letters do not deflate.
      let seed = 1;
      const noise = Array.from({ length: 19_000 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('').replace(/[\\`$]/g, 'a');
      await typeCode(page, `// ${noise}`);
      await tabTo(page, `${CELL} [data-copy]`);
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page).textContent(), POLL).toBe(C.linkTooLong(19_003, 20_000, true));
      expect(await foreignInCell(page, CELL, lang)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('a broken or hostile link opens the original code and says why, in the page\'s words', async () => {
      const original = 'const inputs = [1, 0.5];';
      // Each with the message the page should show: the link's problems are worded by the catalogue. (Text
      // that is no shared code at all, like "<script>", or far too long, is refused earlier by the link reader,
      // in its words.)
      const expected: Record<string, string> = {
        'cell.neuron-in-code=2abc': C.badLink(C.linkProblem({ kind: 'other-version' })),
        'cell.neuron-in-code=1_-_-': C.badLink(C.linkProblem({ kind: 'does-not-unpack' })),
        'cell.ghost=1AAAA': C.noSuchCell('ghost'),
      };
      // English tries more variants (a cut link, a broken escape, a bad lock list): their handling has no
      // language, and their messages are the same catalogue's.
      const variants = [...Object.keys(expected), 'cell.neuron-in-code=1%3Cscript%3E', `cell.neuron-in-code=1${'A'.repeat(17000)}`,
        ...(lang === 'en' ? ['cell.neuron-in-code=1AAAA', 'cell.neuron-in-code=%E0%A4%A', 'lock=BAD%20ID'] : [])];
      for (const v of variants) {
        const { page, problems } = await openChapter(`#${v}`);
        await expect.poll(() => page.locator(`${CELL} [data-messages]`).innerText(), { ...POLL, message: v }).not.toBe('');
        if (expected[v]) expect(await page.locator(`${CELL} [data-messages] p`).allInnerTexts(), v).toContain(expected[v]);
        expect(await page.locator(`${CELL} [data-static]`).innerText(), v).toContain(original);
        expect(await foreignInCell(page, CELL, lang), v).toEqual([]);
        expect(problems, v).toEqual([]);
        await page.close();
      }
    });

    it('a teacher link sets the starting code and locks the cell read-only', async () => {
      const { page } = await openChapter();
      await typeAndRun(page, 'console.log("exercise: compute z");');
      await waitForEnd(page);
      await page.locator(`${CELL} [data-teacher] summary`).focus();
      expect(await page.locator(`${CELL} [data-teacher] summary`).innerText()).toBe(C.teacherTitle);
      await page.keyboard.press('Enter');
      await tabTo(page, `${CELL} [data-teacher-lock]`);
      await page.keyboard.press('Space');
      await tabTo(page, `${CELL} [data-teacher-copy]`);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(`${CELL} [data-teacher-status]`).textContent(), POLL).toBe(C.linkCopied);
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toMatch(/#start\.neuron-in-code=1[A-Za-z0-9_-]+&lock=neuron-in-code$/);
      await page.goto(link, { waitUntil: 'load' });
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => page.locator(`${CELL} [data-messages] p`).allInnerTexts(), POLL).toEqual([C.teacherStart, C.locked]);
      expect(await page.locator(`${CELL} [data-static]`).innerText()).toBe('console.log("exercise: compute z");');
      expect(await page.locator(`${CELL} [data-reset]`).isVisible()).toBe(false);
      await focusEditor(page);
      await page.keyboard.type('xyz');
      expect(await page.locator(`${CELL} .cm-content`).innerText()).toBe('console.log("exercise: compute z");');
      await page.goto(`${new URL(link).origin}${chapter}#hide=neuron-in-code`, { waitUntil: 'load' });
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => page.locator(CELL).isHidden(), POLL).toBe(true);
      await page.close();
    });
  });

  describe('accessibility and layout', () => {
    it('the editor\'s own words for a screen reader are in the page\'s language', async () => {
      const { page } = await openChapter();
      // typeCode selects all and deletes it: CodeMirror announces the deletion in its live region.
      await typeCode(page, 'console.log(1);');
      await expect.poll(() => page.locator(`${CELL} .cm-announced`).textContent(), POLL).toBe(C.editorPhrases['Selection deleted']);
      expect(await page.locator(`${CELL} .cm-announced`).getAttribute('aria-live')).toBe('polite');
      await page.close();
    });

    // Both themes in English; the Spanish page (longer sentences) at 360 px in the dark theme.
    for (const colorScheme of lang === 'en' ? ['light', 'dark'] as const : ['dark'] as const) {
      it(`is axe clean with the editor and output showing (${colorScheme}), fits 360 px, and writes table numbers the page's way`, async () => {
        const { page, problems } = await openChapter('', { width: 360, colorScheme });
        await typeAndRun(page, 'console.log("a fairly long line of output that must wrap inside a phone screen rather than scroll sideways", [1, 2, 3]);\ntable([{ epoch: 1, loss: 0.5 }, { epoch: 2, loss: 0.25, note: [0.5] }]);');
        expect(await waitForEnd(page)).toMatch(finished);
        expect(await page.locator(`${CELL} .code-cell-table`).count()).toBe(1);
        expect(await page.locator(`${CELL} .code-cell-table caption`).innerText()).toBe(C.tableCaption(2, 0));
        // A number in a table cell is laid out for reading (0,25 in Spanish); a value inside it (an array)
        // stays as JavaScript writes it, like console.log.
        expect(await page.locator(`${CELL} .code-cell-table tbody tr`).evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent)))).toEqual([
          ['1', formatPlain(0.5, lang), ''],
          ['2', formatPlain(0.25, lang), '[0.5]'],
        ]);
        expect(await scrollsHorizontally(page)).toBe(false);
        expect(await seriousAxeViolations(page)).toEqual([]);
        expect(await foreignInCell(page, CELL, lang)).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      });
    }

    // Once, in English: the way out of the editor has no language (the Spanish page checks the hint's words
    // in its first test).
    it.runIf(lang === 'en')('tells the reader how to leave the editor, and Escape then Tab does', async () => {
      const { page } = await openChapter();
      // A reader reads the hint with the cell on screen (far below, its part is not rendered yet: no innerText
      // until the frame after the scroll renders it).
      await page.locator(CELL).scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator(`${CELL} [data-hint]`).innerText(), POLL).toBe(C.keyboardHint);
      await focusEditor(page);
      await page.keyboard.press('Tab'); // before any edit, Tab moves on: tabbing through the page is not trapped
      expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(false);
      await focusEditor(page);
      await page.keyboard.type('x');
      await page.keyboard.press('Tab'); // after an edit, Tab indents
      expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.matches('[data-run]'))).toBe(true);
      await page.close();
    });
  });
});

// Once, on the English page: what follows has no language (see the top of the file).
const english = languageCase('en');
const { finished, open: openChapter, waitForEnd } = cellPage(english);
const C = english.t.codeCell;

describe('breaking a cell on purpose (page tasks; English page)', () => {
  const cases: { name: string; code: string; message: (text: string) => boolean; flood?: boolean }[] = [
    { name: 'an endless loop', code: 'let i = 0;\n\nwhile (true) {\n  i++;\n}', message: (m) => m === C.problem.runaway(3) },
    { name: 'runaway recursion', code: 'function down(n: number): number {\n  return down(n + 1) + 1;\n}\ndown(0);', message: (m) => m === C.problem.recursion(2) },
    {
      name: 'allocating until memory runs out', code: 'const keep: number[][] = [];\nfor (;;) keep.push(new Array(1e6).fill(1));',
      message: (m) => m === C.problem.runaway(2) || m.startsWith(opening(C.problem.memory)) || m.startsWith(opening(C.problem.unresponsive)),
    },
    { name: 'a flood of console.log', code: 'for (let i = 0; ; i++) console.log("line", i);', message: (m) => m === C.problem.runaway(1), flood: true },
  ];
  for (const c of cases) {
    it(`${c.name}: stopped within seconds, in words, page responsive, and the cell runs again`, async () => {
      const { page, problems } = await openChapter();
      await typeCode(page, c.code);
      const started = Date.now();
      let message = '';
      const tasks = await mainThreadTasks(context, page, async () => {
        await page.keyboard.press('ControlOrMeta+Enter');
        message = await waitForEnd(page, 20_000);
      });
      expect(c.message(message), message).toBe(true);
      expect(Date.now() - started).toBeLessThan(20_000);
      // The page kept responding: none of its tasks while the cell ran took 50 ms of CPU.
      expect(tasks.length).toBeGreaterThan(0);
      expect(tasks.filter((t) => t.cpu >= 50)).toEqual([]);
      if (c.flood) {
        expect(await output(page).innerText()).toMatch(/^line 0\nline 1\n[\s\S]*line 499\n+… [\d,]+ more lines of output not shown/);
      }
      await typeAndRun(page, 'console.log(6 * 7);');
      expect(await waitForEnd(page)).toMatch(finished);
      expect(await output(page).innerText()).toBe('42');
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

describe('what a cell cannot reach (English page)', () => {
  it('has no document, cookies, network, site storage or code-from-strings', async () => {
    const { page, problems } = await openChapter();
    await page.evaluate(() => { document.cookie = 'secret=1; path=/'; localStorage.setItem('other', 'x'); });
    const attempts = {
      document: 'typeof document',
      window: 'typeof window',
      localStorage: 'typeof localStorage',
      fetch: 'typeof fetch',
      protoFetch: 'typeof Object.getPrototypeOf(self).fetch',
      xhr: 'typeof XMLHttpRequest',
      webSocket: 'typeof WebSocket',
      importScripts: 'typeof importScripts',
      indexedDB: 'typeof indexedDB',
      caches: 'typeof caches',
      worker: 'typeof Worker',
      broadcast: 'typeof BroadcastChannel',
      storage: 'typeof navigator.storage',
      postMessage: 'typeof postMessage',
      eval: 'typeof eval',
    };
    const lines = Object.entries(attempts).map(([k, expr]) => `console.log("${k}", ${expr});`);
    lines.push(
      'try { (async () => {}).constructor("return 1")(); console.log("ctor", "ran"); } catch (e) { console.log("ctor", e.name); }',
      'try { (() => {}).constructor("return 1")(); console.log("fnctor", "ran"); } catch (e) { console.log("fnctor", e.name); }',
      'try { setTimeout("console.log(1)"); console.log("timer", "ran"); } catch (e) { console.log("timer", e.name); }',
    );
    await typeAndRun(page, lines.join('\n'));
    expect(await waitForEnd(page)).toMatch(finished);
    const seen = Object.fromEntries((await output(page).innerText()).split('\n').map((l) => l.split(' ')));
    for (const k of Object.keys(attempts)) expect(seen[k], k).toBe('undefined');
    expect(seen).toMatchObject({ ctor: 'EvalError', fnctor: 'EvalError', timer: 'EvalError' });

    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the editor\'s focus (English page)', () => {
  it('does not pull the focus back when a keyboard reader tabbed past the code before the editor arrived', async () => {
    const { page } = await openChapter();
    // Focusing the code starts loading the editor; moving on before it arrives is what tabbing through the
    // page does. Both focus moves happen in one task, so the editor cannot arrive in between.
    await page.evaluate((cell) => {
      document.querySelector<HTMLElement>(`${cell} [data-static]`)!.focus();
      document.querySelector<HTMLElement>(`${cell} [data-run]`)!.focus();
    }, CELL);
    await page.locator(`${CELL} .cm-content`).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.activeElement?.matches('[data-run]'))).toBe(true);
    await page.close();
  });
});

describe('download size and offline (English page)', () => {
  it('loads the editor, TypeScript stripper and Worker only on first use, within the codeCell budget', async () => {
    const budgets = JSON.parse(readFileSync('tests/page-budgets.json', 'utf8')) as { codeCell: { jsWasmKB: number; workerKB: number } };
    const { page } = await openChapter();
    const loaded: string[] = [];
    const record = (r: Response) => { if (r.status() === 200 && /\.m?js$/.test(new URL(r.url()).pathname)) loaded.push(new URL(r.url()).pathname); };
    // Let the page's own widgets load what they load (e.g. the Neuron's chart library when it scrolls into
    // view) before counting, so only what the cell's first use fetches is measured.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForLoadState('networkidle');
    context.on('response', record);
    await typeAndRun(page, 'console.log(1 + 1);');
    expect(await waitForEnd(page)).toMatch(finished);
    await page.waitForLoadState('networkidle');
    context.off('response', record);
    const kb = (paths: string[]) => paths.reduce((sum, path) => sum + gzipSync(readFileSync(join('dist', path)), { level: 6 }).length, 0) / 1024;
    const files = [...new Set(loaded)];
    const worker = files.filter((p) => p.includes('cell.worker'));
    const pageSide = files.filter((p) => !p.includes('cell.worker'));
    console.log(`code cell, first use: page ${kb(pageSide).toFixed(1)} KB gzip (${pageSide.join(', ')}); Worker ${kb(worker).toFixed(1)} KB (${worker.join(', ')})`);
    expect(worker).toHaveLength(1);
    expect(pageSide.some((p) => p.includes('editor'))).toBe(true);
    expect(kb(pageSide)).toBeLessThanOrEqual(budgets.codeCell.jsWasmKB);
    expect(kb(worker)).toBeLessThanOrEqual(budgets.codeCell.workerKB);
    await page.close();
  });

  it('runs offline once the course has loaded (the precache has the cell\'s chunks)', async () => {
    const manifest = JSON.parse(/const MANIFEST = (\{.*\});/.exec(readFileSync('dist/sw.js', 'utf8'))![1]) as { urls: string[] };
    expect(manifest.urls.some((u) => /cell\.worker/.test(u))).toBe(true);
    expect(manifest.urls.some((u) => /editor\./.test(u))).toBe(true);
    const first = await openChapter();
    await first.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    await first.page.waitForFunction(async (offline) => {
      const names = await caches.keys();
      const counts = await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).length));
      return counts.reduce((a, b) => a + b, 0) > 0 && document.querySelector('[data-offline-status]')?.textContent?.includes(offline);
    }, english.t.site.availableOffline, { timeout: 120_000, polling: 500 });
    await first.page.close();
    await context.setOffline(true);
    try {
      const { page } = await openChapter('', { keepSaved: true });
      await typeAndRun(page, 'console.log("offline", 2 ** 10);');
      expect(await waitForEnd(page)).toMatch(finished);
      expect(await output(page).innerText()).toBe('offline 1024');
      await page.close();
    } finally {
      await context.setOffline(false);
    }
  });
});
