// The Worker side of a cell's output: items are collected and sent to the page in batches (at most one
// message per FLUSH_MS while code runs, so a flood of console.log is a few dozen messages, not millions),
// and capped: after MAX_LINES lines only a count is kept, and the page says how many were cut.
import type { OutputItem } from './protocol.ts';

export const MAX_LINES = 500;
/** Loss points per run drawn in the live chart (10,000 epochs at most, see the cell API's train). */
export const MAX_LOSS_POINTS = 10_000;
/** Charts (plot, boundary) per run: each is a DOM subtree, and a loop can ask for thousands. */
export const MAX_CHARTS = 20;
export const FLUSH_MS = 50;

export interface OutputBuffer {
  /** Adds an item; `lines` is what it counts against MAX_LINES (a log's line count). */
  push(item: OutputItem): void;
  /** Sends what is waiting if FLUSH_MS passed since the last batch. */
  maybeFlush(): void;
  flush(): void;
  readonly cutLines: number;
  readonly cutPoints: number;
}

export function createOutputBuffer(send: (items: OutputItem[]) => void, now: () => number = () => performance.now()): OutputBuffer {
  let waiting: OutputItem[] = [];
  let lines = 0;
  let charts = 0;
  let points = 0;
  let cutLines = 0;
  let cutPoints = 0;
  let lastFlush = now();

  const flush = () => {
    lastFlush = now();
    if (waiting.length === 0) return;
    const batch = waiting;
    waiting = [];
    send(batch);
  };

  return {
    push(item) {
      if (item.kind === 'loss') {
        if (points >= MAX_LOSS_POINTS) cutPoints++;
        else { points++; waiting.push(item); }
      } else if (item.kind === 'log') {
        const parts = item.text.split('\n');
        const room = MAX_LINES - lines;
        if (room <= 0) cutLines += parts.length;
        else if (parts.length <= room) { lines += parts.length; waiting.push(item); }
        else {
          waiting.push({ ...item, text: parts.slice(0, room).join('\n') });
          lines = MAX_LINES;
          cutLines += parts.length - room;
        }
      } else {
        const chart = item.kind === 'plot' || item.kind === 'boundary';
        const size = item.kind === 'table' ? item.rows.length + 1 : 1;
        if (lines + size > MAX_LINES || (chart && charts >= MAX_CHARTS)) cutLines += size;
        else { lines += size; if (chart) charts++; waiting.push(item); }
      }
      if (now() - lastFlush >= FLUSH_MS) flush();
    },
    maybeFlush() {
      if (now() - lastFlush >= FLUSH_MS) flush();
    },
    flush,
    get cutLines() { return cutLines; },
    get cutPoints() { return cutPoints; },
  };
}
