// Named measures on the performance timeline ("playground:picture", "digit-pad: read drawing"), read by
// the benchmarks through a PerformanceObserver. The browser keeps every user-timing entry until it is
// cleared, with no cap: the playground measures several jobs a frame, so an hour of training left
// hundreds of thousands of entries behind (the soak saw the heap grow linearly). Each measure is
// cleared as soon as it is made: observers have already been handed it, and nothing else reads them.

/** Leaves a measure `name` from `start` (a `performance.now()` time) to now, without keeping it. */
export function measureSince(name: string, start: number): void {
  performance.measure(name, { start });
  performance.clearMeasures(name);
}
