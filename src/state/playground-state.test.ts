import { describe, expect, it } from 'vitest';
import {
  PLAYGROUND_KEYS, defaultPlaygroundState, readPlaygroundState, writePlaygroundState, type PlaygroundState,
} from './playground-state.ts';

/** A deliberately non-default value for every key (checked below to differ from the default). */
function everythingChanged(): PlaygroundState {
  return {
    problem: 'multiclass', classes: 4, data: 'spiral', noise: 35, train: 70, points: 650, dataSeed: 4294967295,
    pts: [{ x: -5.5, y: 0.25, label: 3 }, { x: 6, y: -6, label: 0 }],
    showTest: false, discretize: true, features: ['sinX2', 'x1', 'x1x2'], layers: [8, 1, 3, 6, 2, 5],
    act: 'relu', acts: ['relu', 'tanh', 'sigmoid', 'linear', 'relu', 'tanh'], dropout: [0, 0.5, 0.9, 0.1, 0, 0.25],
    loss: 'mse', init: 'he', seed: 123456789, lr: 0.00042, batch: 100, opt: 'adam', momentum: 0.5,
    sched: 'cosine', decay: 0.7, every: 250, reg: 'l1', regRate: 0.003, stop: true, patience: 12, speed: 'fast',
    view: 'gradients', hide: ['lr', 'data'], task: 'Make the spiral work with 3 layers & <b>no</b> sin.', projector: true,
    challenge: 'spiral-12', replay: 250,
  };
}

describe('playground URL state', () => {
  it('changes every key in the round-trip fixture', () => {
    const def = defaultPlaygroundState();
    const all = everythingChanged();
    expect(Object.keys(all).sort()).toEqual(Object.keys(PLAYGROUND_KEYS).sort());
    for (const key of Object.keys(PLAYGROUND_KEYS) as (keyof PlaygroundState)[]) {
      expect(all[key], key).not.toEqual(def[key]);
      expect(PLAYGROUND_KEYS[key].valid(all[key] as never), key).toBe(true);
    }
  });

  it('round-trips every key through a link exactly', () => {
    const state = everythingChanged();
    const link = writePlaygroundState(state);
    const back = readPlaygroundState('#' + link);
    expect(back.messages).toEqual([]);
    expect(back.state).toEqual(state);
    expect(writePlaygroundState(back.state)).toBe(link);
  });

  it('writes nothing for the default set-up', () => {
    expect(writePlaygroundState(defaultPlaygroundState())).toBe('');
    expect(readPlaygroundState('').messages).toEqual([]);
  });

  for (const [key, field] of Object.entries(PLAYGROUND_KEYS)) {
    it(`${key}: a wrong-typed or hostile value gives the default and a message naming the ${field.label}`, () => {
      for (const bad of ['%3Cscript%3Ealert(1)%3C%2Fscript%3E', '1e999', '-99999999999999999999', 'NaN', '%ZZ']) {
        const { state, messages } = readPlaygroundState(`${key}=${bad}`);
        if (key === 'task' && bad !== '%ZZ') {
          // Free text is valid as text; it is only ever shown with textContent.
          expect(messages).toEqual([]);
          continue;
        }
        expect(state[key as keyof PlaygroundState]).toEqual(defaultPlaygroundState()[key as keyof PlaygroundState]);
        expect(messages.length, `${key}=${bad}`).toBeGreaterThan(0);
        expect(messages[0]).toContain(field.label);
      }
    });
  }

  it('fixes combinations: regression has no cross-entropy, data must fit the problem, lists match layers', () => {
    const { state, messages } = readPlaygroundState('problem=regression&data=xor&loss=xent&layers=3,3&acts=relu&dropout=0.5,0.5,0.5');
    expect(state.data).toBe('plane');
    expect(state.loss).toBe('mse');
    expect(state.acts).toEqual([]);
    expect(state.dropout).toEqual([]);
    expect(messages).toHaveLength(4);
    expect(messages.join(' ')).toMatch(/Exclusive or \(XOR\) does not fit a regression problem; using Plane\./);
    expect(readPlaygroundState('problem=regression&data=xor&loss=xent', 'es').messages).toEqual([
      'El conjunto de datos O exclusivo (XOR) no sirve para un problema de regresión; se usa Plano.',
      'La entropía cruzada necesita clases; un problema de regresión usa el error cuadrático.',
    ]);
  });

  it('says plainly that several classes need Gaussian clusters or spirals, and gives a valid state', () => {
    for (const data of ['xor', 'circle', 'moons', 'plane']) {
      const { state, messages } = readPlaygroundState(`problem=multiclass&classes=4&data=${data}`);
      expect(state.problem).toBe('multiclass');
      expect(state.classes).toBe(4);
      expect(state.data).toBe('gauss');
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^The data set .+ has only two classes, so Gaussian clusters is used instead: several classes \(3 or 4\) are offered only for Gaussian clusters and Spirals, or your own points\.$/);
    }
    for (const data of ['gauss', 'spiral', 'custom']) expect(readPlaygroundState(`problem=multiclass&classes=4&data=${data}`).messages).toEqual([]);
  });

  it('refuses a learning rate outside 0.00001 to 10 (e.g. 1e9), naming the range, and keeps the other settings', () => {
    const { state, messages } = readPlaygroundState('lr=1e9&data=xor&layers=3,3&pts=1_1_1');
    expect(state.lr).toBe(0.03);
    expect(messages).toEqual(['The learning rate “1e9” is outside 0.00001 to 10; using the default, 0.03.']);
    // The same link read for a Spanish page: Spanish words, the key's Spanish name, decimal commas.
    expect(readPlaygroundState('lr=1e9&data=xor&layers=3,3&pts=1_1_1', 'es').messages)
      .toEqual(['El valor «1e9» de «tasa de aprendizaje» está fuera del intervalo de 0,00001 a 10; se usa el valor por defecto, 0,03.']);
    expect(state.data).toBe('xor');
    expect(state.layers).toEqual([3, 3]);
    expect(state.pts).toEqual([{ x: 1, y: 1, label: 1 }]);
    // The top of the range is the top of the page's learning-rate list, so every valid link can be shown.
    expect(PLAYGROUND_KEYS.lr.valid(10)).toBe(true);
    expect(PLAYGROUND_KEYS.lr.valid(10.0001)).toBe(false);
  });

  it('drops added points whose labels do not fit the problem', () => {
    const { state, messages } = readPlaygroundState('problem=binary&pts=1_1_2~0_0_1');
    expect(state.pts).toEqual([]);
    expect(messages[0]).toMatch(/labels that do not fit/);
  });

  it('refuses points outside the plane or with too many decimals', () => {
    expect(readPlaygroundState('pts=7_0_1').messages[0]).toMatch(/point 1 “7_0_1” is out of range/);
    expect(readPlaygroundState('pts=1.234_0_1').messages[0]).toMatch(/not x_y_label/);
    expect(readPlaygroundState('pts=0_0_1~7_0_1', 'es').messages[0]).toMatch(/tiene un punto 2, «7_0_1», fuera de rango/);
  });

  it('survives a huge link without throwing', () => {
    const { state, messages } = readPlaygroundState('lr=' + '9'.repeat(500_000));
    expect(state.lr).toBe(0.03);
    expect(messages).toHaveLength(1);
  });
});
