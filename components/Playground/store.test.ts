import { describe, expect, it } from 'vitest';
import { defaultPlaygroundState } from '../../src/state/playground-state.ts';
import { catalogues } from '../../src/i18n/catalogues.ts';
import { regionShares } from './announcer.ts';
import { createStore } from './store.ts';

describe('playground store', () => {
  it('reports which keys changed and how far the change reaches', () => {
    const store = createStore(defaultPlaygroundState(), { writeUrl: false });
    const seen: string[][] = [];
    store.subscribe((c) => seen.push([...c.kinds].sort()));
    expect([...store.update({ lr: 0.1 }).keys]).toEqual(['lr']);
    expect(store.update({ layers: [3] }).kinds).toEqual(new Set(['network']));
    expect(store.update({ showTest: false }).kinds).toEqual(new Set(['view']));
    expect(store.update({ lr: 0.1 }).keys.size).toBe(0); // no change, no listener call
    expect(seen).toEqual([['training'], ['network'], ['view']]);
  });

  it('reconciles every update and says what it fixed', () => {
    const store = createStore(defaultPlaygroundState(), { writeUrl: false });
    const change = store.update({ problem: 'regression' });
    expect(store.state.data).toBe('plane');
    expect(store.state.loss).toBe('mse');
    expect(change.kinds).toEqual(new Set(['data', 'network']));
    expect(store.update({ pts: [{ x: 1, y: 1, label: 0.5 }] }).kinds).toEqual(new Set(['points']));
    expect(change.messages).toHaveLength(2);
  });
});

describe('screen-reader summary', () => {
  it('gives each class its share of the plane in whole per cent', () => {
    const shares = regionShares([30, 10], ['orange circles', 'blue crosses']);
    expect(shares).toEqual([{ name: 'orange circles', percent: 75 }, { name: 'blue crosses', percent: 25 }]);
    expect(catalogues.en.playground.summary.regions(shares)).toBe('The network predicts orange circles on 75 %, blue crosses on 25 % of the plane.');
    expect(catalogues.es.playground.summary.regions(regionShares([30, 10], catalogues.es.playground.classNames)))
      .toBe('La red predice círculos naranjas en el 75 %, cruces azules en el 25 % del plano.');
  });
});
