// The playground's one source of truth: the URL state, plus who to tell when it changes and how much
// has to be rebuilt. Every change goes through `update`, is reconciled (combinations fixed, with a
// message), and is written back to the address bar so the current link always reproduces the page.
import {
  PLAYGROUND_KEYS, reconcile, writePlaygroundState, type PlaygroundState,
} from '../../src/state/playground-state.ts';

/** How far a change reaches: new data (and so a new network), the reader's own points (same network), a new network, a new training config, or only the picture. */
export type ChangeKind = 'data' | 'points' | 'network' | 'training' | 'view';

const KIND: Record<keyof PlaygroundState, ChangeKind> = {
  problem: 'data', classes: 'data', data: 'data', noise: 'data', train: 'data', points: 'data', dataSeed: 'data', pts: 'points',
  features: 'network', layers: 'network', act: 'network', acts: 'network', dropout: 'network', loss: 'network', init: 'network', seed: 'network',
  lr: 'training', batch: 'training', opt: 'training', momentum: 'training', sched: 'training', decay: 'training', every: 'training',
  reg: 'training', regRate: 'training', stop: 'training', patience: 'training', speed: 'training',
  showTest: 'view', discretize: 'view', view: 'view', hide: 'view', task: 'view', projector: 'view', challenge: 'view', replay: 'view',
};

export interface Change {
  keys: Set<keyof PlaygroundState>;
  kinds: Set<ChangeKind>;
  /** Combinations the reconciliation had to fix, in words. */
  messages: string[];
}

export interface Store {
  readonly state: Readonly<PlaygroundState>;
  update(patch: Partial<PlaygroundState>): Change;
  subscribe(listener: (change: Change) => void): void;
  /** The link that reproduces the current set-up. */
  link(): string;
  /** True while a change waits to be written into the address bar (it is written lazily). */
  readonly urlPending: boolean;
}

export function createStore(initial: PlaygroundState, options: { writeUrl?: boolean } = {}): Store {
  let state = initial;
  const listeners: ((c: Change) => void)[] = [];
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  const writeUrl = () => {
    urlTimer = undefined;
    const fragment = writePlaygroundState(state);
    const url = new URL(location.href);
    url.hash = fragment;
    // replaceState, not pushState: dragging a slider must not fill the history with entries.
    history.replaceState(history.state, '', fragment ? url.href : url.href.replace(/#.*$/, ''));
  };
  return {
    get state() { return state; },
    get urlPending() { return urlTimer !== undefined; },
    update(patch) {
      const next = { ...state, ...patch };
      const messages = reconcile(next);
      const keys = new Set<keyof PlaygroundState>();
      for (const key of Object.keys(PLAYGROUND_KEYS) as (keyof PlaygroundState)[]) {
        if (JSON.stringify(next[key]) !== JSON.stringify(state[key])) keys.add(key);
      }
      state = next;
      const change: Change = { keys, kinds: new Set([...keys].map((k) => KIND[k])), messages };
      if (keys.size > 0 || messages.length > 0) {
        if (options.writeUrl !== false) {
          clearTimeout(urlTimer);
          urlTimer = setTimeout(writeUrl, 250);
        }
        for (const l of listeners) l(change);
      }
      return change;
    },
    subscribe(listener) { listeners.push(listener); },
    link() {
      const url = new URL(location.href);
      url.hash = writePlaygroundState(state);
      return url.href;
    },
  };
}
