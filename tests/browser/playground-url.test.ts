// The playground's link is its whole set-up: a shared link restores the same state and, with a fixed
// seed, the same losses (checked against the same run computed here in Node with the engine); a bad
// or hostile link loads with defaults and says which values it replaced, without any error. What the page
// says runs on the English and the Spanish page (in its words, its quotation marks, its decimal mark); the
// losses and the hostile links' effects have no language and run once, on the English page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Session } from './support/browser';
import { forEachLanguage } from './support/languages';
import { live, openPlayground, PLAYGROUND_PATH, settledHash, type PlaygroundRoot } from './support/playground';
import { catalogues } from '../../src/i18n/catalogues.ts';
import { defaultPlaygroundState, readPlaygroundState } from '../../src/state/playground-state.ts';
import { generatePoints } from '../../components/Playground/generated-data.ts';
import { buildData } from '../../components/Playground/data-source.ts';
import { networkSpec, trainConfig } from '../../components/Playground/model-setup.ts';
import { loadWasmEngine } from '../../src/engine/index.ts';
import { createRun } from '../../src/engine/run/run.ts';

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

const STEP = catalogues.en.playground.toolbar.step;
const LINK = 'problem=multiclass&classes=3&data=spiral&noise=10&train=60&points=300&dataSeed=77&features=x1,x2,sinX1,sinX2&layers=5,4&act=relu&acts=relu,tanh&dropout=0.2,0&init=he&seed=4242&lr=0.01&batch=7&opt=adam&sched=exponential&decay=0.9&reg=l2&regRate=0.001';

describe('playground links', () => {
  it('restore the same set-up and, with a fixed seed, the same losses after 3 epochs as the engine computes', async () => {
    const runs: number[][] = [];
    for (let visit = 0; visit < 2; visit++) {
      const { page, problems } = await openPlayground(session, LINK);
      const before = await live(page);
      expect(await page.locator('[data-playground]').getAttribute('data-engine')).toBe('wasm');
      expect(before.state).toEqual(readPlaygroundState(LINK).state);
      for (let i = 0; i < 3; i++) await page.getByRole('button', { name: STEP }).click();
      const after = await live(page);
      expect(after.epoch).toBe(3);
      runs.push(after.curve.flatMap((p: { trainLoss: number; testLoss: number }) => [p.trainLoss, p.testLoss]));
      // The page rewrote the link from its state: it is the same set-up.
      expect(readPlaygroundState(await settledHash(page)).state).toEqual(readPlaygroundState(LINK).state);
      expect(problems).toEqual([]);
      await page.close();
    }
    expect(runs[1]).toEqual(runs[0]);

    // The same run in Node: the state table, the data generator, the WebAssembly engine (bit-identical in
    // Node and Chromium) and the engine's training run.
    const { state } = readPlaygroundState(LINK);
    const data = buildData(state, generatePoints(state));
    const engine = await loadWasmEngine();
    const { records } = createRun(engine.createNetwork(networkSpec(state)), { train: data.train, test: data.test, config: trainConfig(state) }).advance({ epochs: 3 });
    const expected = records.flatMap((r) => [r.trainLoss, r.testLoss!]);
    runs[0]!.slice(2).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 10));
  });

  const malformed: [string, string, RegExp][] = [
    ['wrong types', 'lr=fast&layers=four&showTest=maybe', /learning rate “fast” is not a number/],
    ['out of range', 'layers=4,99&noise=80&batch=0', /item 2 “99” is outside 1 to 8/],
    ['huge numbers', 'lr=1e308&seed=99999999999999999999&points=1e400', /learning rate “1e308” is outside/],
    ['unknown keys', 'foo=bar&__proto__=1&constructor=x', /unknown setting “foo”/],
    ['script-like strings', 'data=%3Cscript%3Ealert(1)%3C%2Fscript%3E&act=javascript:alert(1)&features=x1,%22onerror=alert(1)', /data set “<script>alert\(1\)<\/script>” is not one of/],
    ['broken escapes', 'lr=%E0%A4%A&task=%', /malformed % escape/],
    ['an impossible combination', 'problem=regression&data=spiral&loss=xent', /does not fit a regression problem/],
    ['a learning rate of 1e9', 'lr=1e9&data=xor&layers=3,3&opt=adam', /learning rate “1e9” is outside 0\.00001 to 10; using the default, 0\.03/],
    ['4 classes asked for on XOR', 'problem=multiclass&classes=4&data=xor', /The data set Exclusive or \(XOR\) has only two classes, so Gaussian clusters is used instead: several classes \(3 or 4\) are offered only for Gaussian clusters and Spirals/],
  ];
  for (const [what, link, message] of malformed) {
    it(`load with defaults and a message for ${what}, with no error`, async () => {
      const { page, problems } = await openPlayground(session, link);
      const notice = page.locator('.pg-notice:not(.pg-kept)');
      expect(await notice.isVisible()).toBe(true);
      const text = (await notice.textContent()) ?? '';
      expect(text).toMatch(message);
      // Every key the link named either took a valid value or fell back to its default.
      const { state } = await live(page);
      const defaults = defaultPlaygroundState();
      const parsed = readPlaygroundState(link);
      expect(state).toEqual(parsed.state);
      for (const key of Object.keys(defaults) as (keyof typeof defaults)[]) {
        if (!link.includes(`${key}=`)) expect(state[key], key).toEqual(defaults[key]);
      }
      expect(await page.locator('.pg-notice li').count()).toBe(parsed.messages.length);
      // Nothing from the link ran or became markup.
      expect(await page.evaluate(() => document.querySelectorAll('.pg script, .pg [onerror]').length)).toBe(0);
      // The page works: it trains.
      await page.getByRole('button', { name: STEP }).click();
      expect((await live(page)).epoch).toBe(1);
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

// What the page says about a link: in the page's words and quotation marks, numbers its way.
forEachLanguage(({ lang, t, path }) => {
  const PAGE = path(PLAYGROUND_PATH);
  const P = t.playground;
  const multiclassSets = [P.datasets.gauss, P.datasets.spiral].join(P.data.and);

  describe('playground links', () => {
    it('say beside the data controls why picking several classes changed the data set', async () => {
      const { page, problems } = await openPlayground(session, 'data=moons&layers=5', {}, PAGE);
      const problem = page.getByLabel(P.data.problem, { exact: true });
      await problem.focus();
      await page.keyboard.press('ArrowDown');
      const { state } = await live(page);
      expect([state.problem, state.data, state.layers]).toEqual(['multiclass', 'gauss', [5]]);
      expect(await page.locator('.pg-data-note').textContent()).toBe(P.fixes.twoClassesOnly(P.datasets.moons, P.datasets.gauss, multiclassSets));
      expect(await page.getByText(P.data.multiHint(multiclassSets)).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe(await problem.getAttribute('id'));
      // The next data change clears the note; back to two classes hides the hint.
      await page.keyboard.press('ArrowUp');
      expect(await page.locator('.pg-data-note').textContent()).toBe('');
      expect(await page.getByText(P.data.multiHint(multiclassSets)).isVisible()).toBe(false);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('apply a link pasted into an open playground, saying what it got wrong in the page\'s words', async () => {
      const { page, problems } = await openPlayground(session, '', {}, PAGE);
      await page.evaluate(() => { location.hash = 'data=xor&layers=3,3,3&lr=1e9'; });
      await page.waitForFunction(() => (document.querySelector('[data-playground]') as PlaygroundRoot).playground.state.data === 'xor');
      const { state } = await live(page);
      expect(state.layers).toEqual([3, 3, 3]);
      expect(state.lr).toBe(0.03);
      // Worded here from the catalogue's parts, not through the page's link reader: the key's name in the
      // page's language, the value in its quotation marks, the range and the default with its decimal mark.
      const U = t.urlState;
      expect(await page.locator('.pg-notice:not(.pg-kept) li').allTextContents())
        .toEqual([U.refused(P.keys.lr, '1e9', U.problem({ kind: 'outside', min: 0.00001, max: 10 }), U.number(0.03))]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('say what a link got wrong with the keys\' names in the page\'s language, then let the reader dismiss it', async () => {
      const link = 'lr=1e9&data=xor&layers=3,x&zz=1&problem=regression';
      const { page, problems } = await openPlayground(session, link, {}, PAGE);
      const notice = page.locator('.pg-notice:not(.pg-kept)');
      expect(await notice.locator('strong').textContent()).toBe(P.page.linkProblems);
      const items = await notice.locator('li').allTextContents();
      expect(items).toEqual(readPlaygroundState(link, lang).messages);
      const U = t.urlState;
      expect(items).toHaveLength(5);
      expect(items[1]).toBe(U.refused(P.keys.layers, '3,x', U.problem({ kind: 'item', index: 2, text: 'x', problem: { kind: 'not-whole' } }), U.list([U.number(4), U.number(2)])));
      expect(items[2]).toBe(U.unknown('zz'));
      expect(items[3]).toBe(P.fixes.doesNotFit(P.datasets.xor, P.fixes.problems.regression, P.datasets.plane));
      expect(items[4]).toBe(P.fixes.crossEntropyNeedsClasses);
      await notice.getByRole('button', { name: P.page.dismiss }).click();
      expect(await notice.isHidden()).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});
