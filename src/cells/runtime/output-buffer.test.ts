import { describe, expect, it } from 'vitest';
import { FLUSH_MS, MAX_CHARTS, MAX_LINES, createOutputBuffer } from './output-buffer.ts';
import type { OutputItem } from './protocol.ts';

const log = (text: string): OutputItem => ({ kind: 'log', level: 'log', text });

describe('output buffer', () => {
  it('sends a flood of logs in a few batches and keeps only the first MAX_LINES lines', () => {
    let clock = 0;
    const batches: OutputItem[][] = [];
    const out = createOutputBuffer((items) => batches.push(items), () => clock);
    for (let i = 0; i < 1_000_000; i++) {
      out.push(log(String(i)));
      clock += 0.001; // a million logs in one simulated second
    }
    out.flush();
    const sent = batches.flat();
    expect(sent).toHaveLength(MAX_LINES);
    expect(sent.at(-1)).toEqual(log(String(MAX_LINES - 1)));
    expect(out.cutLines).toBe(1_000_000 - MAX_LINES);
    expect(batches.length).toBeLessThanOrEqual(Math.ceil(1000 / FLUSH_MS) + 1);
  });

  it('cuts a long multi-line log at the limit, counts tables by rows and caps charts', () => {
    const sent: OutputItem[] = [];
    const out = createOutputBuffer((items) => sent.push(...items), () => 0);
    out.push(log(Array.from({ length: MAX_LINES - 2 }, () => 'x').join('\n')));
    out.push(log('a\nb\nc\nd'));
    out.flush();
    expect((sent[1] as { text: string }).text).toBe('a\nb');
    expect(out.cutLines).toBe(2);

    const charts: OutputItem[] = [];
    const out2 = createOutputBuffer((items) => charts.push(...items), () => 0);
    for (let i = 0; i < MAX_CHARTS + 5; i++) out2.push({ kind: 'plot', spec: { marks: [] } });
    out2.push({ kind: 'table', columns: ['a'], rows: [['1'], ['2']], more: 0 });
    out2.flush();
    expect(charts.filter((c) => c.kind === 'plot')).toHaveLength(MAX_CHARTS);
    expect(charts.filter((c) => c.kind === 'table')).toHaveLength(1);
    expect(out2.cutLines).toBe(5);
  });

  it('sends nothing until FLUSH_MS passed, then everything waiting', () => {
    let clock = 0;
    const batches: OutputItem[][] = [];
    const out = createOutputBuffer((items) => batches.push(items), () => clock);
    out.push(log('1'));
    out.push(log('2'));
    expect(batches).toHaveLength(0);
    clock = FLUSH_MS;
    out.maybeFlush();
    expect(batches).toEqual([[log('1'), log('2')]]);
  });
});
