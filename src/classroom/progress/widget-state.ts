// A widget's last state, kept as item `<page>#widget:<widget id>` (WidgetRecord): the one helper widgets
// call. `state` is the widget's own state text (the playground's URL fragment); `results` what a run
// measured. Writes are gathered (a slider drag or a training run is many changes) and flushed when the
// page is hidden, so the last state is never lost.
import type { WidgetRecord } from '../contract.ts';
import { pageItemId, progressStore } from './browser.ts';

const QUIET_MS = 600;

export interface KeptWidget {
  /** The kept record when the page loaded, or null. */
  readonly kept: WidgetRecord | null;
  save(state: string, results?: Record<string, number>): void;
}

export function keepWidget(widgetId: string): KeptWidget {
  const id = pageItemId(`widget:${widgetId}`);
  const store = progressStore();
  let pending: Omit<WidgetRecord, 'at'> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending) store.recordWidget(id, pending);
    pending = null;
  };
  addEventListener('pagehide', flush);
  return {
    kept: store.read().widgets[id] ?? null,
    save(state, results) {
      // Only finite numbers are kept (the format refuses anything else).
      const finite = results && Object.fromEntries(Object.entries(results).filter(([, v]) => Number.isFinite(v)));
      pending = { state, ...(finite ? { results: finite } : {}) };
      // At most one write per interval, also while a widget trains and reports many times a second.
      timer ??= setTimeout(flush, QUIET_MS);
    },
  };
}
