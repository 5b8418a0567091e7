// The page's main-thread tasks while something runs, from Chromium's trace. On this shared two-core
// machine a trivial task can wait 100 ms for a core, so "no task over 50 ms" is measured as the CPU time
// of the page's own thread, which the load of other processes cannot inflate (a PerformanceObserver's
// longtask entries measure wall time and would blame the page for the machine's load).
import type { BrowserContext, Page } from 'playwright-core';

export interface MainThreadTask { wall: number; cpu: number }

/** `cpuSlowdown`: Chromium's CPU throttling while `during` runs (4: a school laptop), reset after. */
export async function mainThreadTasks(
  context: BrowserContext, page: Page, during: () => Promise<void>, options: { cpuSlowdown?: number } = {},
): Promise<MainThreadTask[]> {
  const cdp = await context.newCDPSession(page);
  if (options.cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
  const events: { ph: string; name: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } }[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', '__metadata'] }, transferMode: 'ReportEvents' });
  try {
    await during();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    if (options.cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return events
    .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && main.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 }));
}
