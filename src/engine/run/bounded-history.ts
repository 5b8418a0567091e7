// A history of epoch records whose memory stays bounded however long training runs (a classroom laptop
// left training for an hour makes hundreds of thousands of epochs). The newest `limit / 2` records are
// kept as they are; older ones are kept at a stride: record number k (counting pushes from 0) stays
// while k is a multiple of the stride, and the stride doubles whenever the older part would pass
// `limit / 2`. So old epochs stay evenly spread over the whole run (a loss curve keeps its shape, the
// first epoch is always there), and the recent ones (what a reader watches, and what early stopping's
// last `patience` epochs cover) keep full detail. Early stopping itself needs no history: it keeps the
// best loss and weights aside.

export const DEFAULT_HISTORY_LIMIT = 1000;

export interface BoundedHistory<T> {
  /** The records kept, oldest first (a live view: do not change it). */
  readonly records: readonly T[];
  push(record: T): void;
}

export function boundedHistory<T>(limit = DEFAULT_HISTORY_LIMIT): BoundedHistory<T> {
  if (!Number.isInteger(limit) || limit < 8) throw new Error(`a history limit must be a whole number ≥ 8, got ${limit}`);
  const records: T[] = [];
  const numbers: number[] = []; // push number of each kept record
  const recent = Math.floor(limit / 2);
  let pushed = 0;
  let stride = 1;

  /** Drops older records off the stride grid; keeps the newest `recent` as they are. */
  function thin(): void {
    const older = records.length - recent;
    let kept = 0;
    for (let i = 0; i < older; i++) {
      if (numbers[i]! % stride !== 0) continue;
      records[kept] = records[i]!;
      numbers[kept] = numbers[i]!;
      kept++;
    }
    records.splice(kept, older - kept);
    numbers.splice(kept, older - kept);
  }

  return {
    records,
    push(record) {
      records.push(record);
      numbers.push(pushed++);
      if (records.length <= limit) return;
      thin();
      while (records.length > limit) {
        stride *= 2;
        thin();
      }
    },
  };
}
