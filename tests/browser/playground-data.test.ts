// Data in and out of the playground (CSV import of good and bad files, export), and divergence: a huge
// learning rate pauses training with the reason, and the offered fix lowers the rate and resets.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Session } from './support/browser';
import { live, openPlayground } from './support/playground';

let session: Session;
beforeAll(async () => { session = await launchBrowser(); });
afterAll(async () => { await session?.close(); });

const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

describe('playground data files', () => {
  it('imports a good CSV file, refuses bad ones without losing the data, and exports what it has', async () => {
    const { page, problems } = await openPlayground(session);
    const input = page.getByLabel('Import CSV (x1, x2, label)');
    await input.setInputFiles(file('mine.csv', 'x1,x2,label\n1,1,1\n-1,-1,0\n2,-2.5,1\n-3,4,0\n'));
    await page.locator('.pg-data-message').getByText('Imported').waitFor(); // reading a file is asynchronous
    const imported = await live(page);
    expect(imported.state.data).toBe('custom');
    expect(imported.points).toEqual([{ x: 1, y: 1, label: 1 }, { x: -1, y: -1, label: 0 }, { x: 2, y: -2.5, label: 1 }, { x: -3, y: 4, label: 0 }]);
    expect(await page.locator('.pg-data-message').textContent()).toBe('Imported 4 points from mine.csv (first line read as a header).');

    const bad: [string, string, string][] = [
      ['columns.csv', '1,2,1\n3,4\n', 'Line 2: has 2 columns; each line needs 3: x1, x2, label.'],
      ['words.csv', '1,2,1\n3,four,0\n', 'Line 2: x2 “four” is not a number.'],
      ['empty.csv', 'x1,x2,label\n', 'The file has no data rows'],
      ['big.csv', 'x1,x2,label\n' + '1,1,1\n'.repeat(10001), 'Line 10002: the file has more than 10,000 rows'],
    ];
    for (const [name, text, message] of bad) {
      await input.setInputFiles(file(name, text));
      await page.locator('.pg-data-message').getByText(`${name} was not imported`).waitFor();
      const said = await page.locator('.pg-data-message').textContent();
      expect(said).toContain(`${name} was not imported.`);
      expect(said).toContain(message);
      expect(said).toContain('The data was not changed.');
      expect((await live(page)).points).toEqual(imported.points);
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export data (CSV)' }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported).toBe('x1,x2,label\n1,1,1\n-1,-1,0\n2,-2.5,1\n-3,4,0\n');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('pauses on divergence at a huge learning rate, says why, and one click lowers the rate and resets', async () => {
    const { page, problems } = await openPlayground(session, 'problem=regression&data=multigauss&act=linear&layers=8,8,8&lr=10');
    const start = await live(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const alert = page.locator('.pg-status');
    await alert.getByText(/diverged/).waitFor();
    const text = await alert.textContent();
    expect(text).toMatch(/Paused: Training diverged at step \d+ \(epoch 1\): the loss became (Infinity|NaN)/);
    expect(text).toMatch(/learning rate 10 is probably too high/);
    expect((await live(page)).status.kind).toBe('diverged');
    expect(await page.getByRole('button', { name: 'Play', exact: true }).isDisabled()).toBe(true);
    const fix = page.getByRole('button', { name: 'Lower the learning rate to 3 and reset' });
    await fix.focus();
    await page.keyboard.press('Enter');
    const fixed = await live(page);
    expect(fixed.state.lr).toBe(3);
    expect(fixed.epoch).toBe(0);
    expect(fixed.status.kind).toBe('ready');
    expect(fixed.parameters).toEqual(start.parameters);
    expect(await alert.textContent()).toContain('Learning rate lowered to 3');
    expect(await page.getByRole('button', { name: 'Play', exact: true }).isDisabled()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('playground early stopping', () => {
  it('stops when the test loss stops improving, restores the best epoch and marks it on the loss curve', async () => {
    const { page, problems } = await openPlayground(session, 'data=circle&stop=1&patience=5&noise=50&points=100&layers=8,8,8&lr=0.3&opt=adam&speed=fast');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.locator('.pg-status').getByText(/Early stopping/).waitFor();
    const { status, epoch, curve } = await live(page);
    expect(status.kind).toBe('stopped');
    if (status.kind !== 'stopped') throw new Error('not stopped'); // (narrows the type; the expect above already failed)
    // Stopped exactly `patience` epochs after the best test loss, which no later epoch beat.
    expect(epoch).toBe(status.bestEpoch + 5);
    const best = curve[status.bestEpoch].testLoss;
    for (const p of curve.slice(status.bestEpoch + 1)) expect(p.testLoss).toBeGreaterThanOrEqual(best);
    await page.locator('.pg-loss-plot').getByText(`early stop: best epoch ${status.bestEpoch}`).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
