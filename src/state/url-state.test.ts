import { describe, expect, it } from 'vitest';
import {
  boolField, enumField, intField, listField, numberField, parseState, serializeState, textField,
} from './url-state.ts';

const table = {
  n: intField('count', 3, 1, 8),
  lr: numberField('rate', 0.03, 0.00001, 10),
  on: boolField('switch', false),
  kind: enumField('kind', 'a', ['a', 'b', 'c'] as const),
  sizes: listField('sizes', [4, 2], intField('size', 1, 1, 8), 0, 6),
  tags: listField('tags', [] as string[], enumField('tag', 'x', ['x', 'y', 'z']), 0, 3, { unique: true }),
  note: textField('note', '', 20),
};

describe('URL state (generic over a table)', () => {
  it('reads an empty link as every default, with no message', () => {
    const { state, messages } = parseState(table, '');
    expect(state).toEqual({ n: 3, lr: 0.03, on: false, kind: 'a', sizes: [4, 2], tags: [], note: '' });
    expect(messages).toEqual([]);
  });

  it('writes only changed values and reads them back exactly', () => {
    const state = { n: 7, lr: 0.00123, on: true, kind: 'c' as const, sizes: [], tags: ['z', 'x'], note: 'Try 2 layers & go!' };
    const text = serializeState(table, state);
    expect(text).toContain('sizes=&');
    expect(text).not.toContain('Try 2');
    const back = parseState(table, '#' + text);
    expect(back.messages).toEqual([]);
    expect(back.state).toEqual(state);
    expect(serializeState(table, parseState(table, '').state)).toBe('');
  });

  it('round-trips numbers to the last bit', () => {
    for (const lr of [0.1 + 0.2, 1e-5, 9.999999999, 3.0000000000000004]) {
      const s = { ...parseState(table, '').state, lr };
      expect(parseState(table, serializeState(table, s)).state.lr).toBe(lr);
    }
  });

  const malformed: [string, string, RegExp][] = [
    ['n=abc', 'n', /count “abc” is not a whole number; using the default, 3/],
    ['n=2.5', 'n', /not a whole number/],
    ['n=9', 'n', /outside 1 to 8/],
    ['n=1e400', 'n', /not a whole number/],
    ['n=0x5', 'n', /not a whole number/],
    ['n=', 'n', /not a whole number/],
    ['lr=Infinity', 'lr', /not a number/],
    ['lr=NaN', 'lr', /not a number/],
    ['lr=1e9', 'lr', /outside 0.00001 to 10/],
    ['lr=-1', 'lr', /outside/],
    ['lr=%E0%A4%A', 'lr', /malformed % escape/],
    ['on=yes', 'on', /not 1 or 0/],
    ['kind=<script>alert(1)</script>', 'kind', /kind “<script>alert\(1\)<\/script>” is not one of a, b, c/],
    ['sizes=4,0', 'sizes', /item 2 “0” is outside 1 to 8/],
    ['sizes=1,2,3,4,5,6,7', 'sizes', /must have 0 to 6 items, has 7/],
    ['sizes=4,,2', 'sizes', /item 2/],
    ['tags=x,x', 'tags', /repeats/],
    ['note=' + 'a'.repeat(21), 'note', /longer than 20/],
    ['note=%00', 'note', /control characters/],
  ];
  for (const [link, key, message] of malformed) {
    it(`replaces a malformed ${key} (${link.slice(0, 30)}) by its default and says why`, () => {
      const { state, messages } = parseState(table, link);
      expect(state[key as keyof typeof state]).toEqual(parseState(table, '').state[key as keyof typeof state]);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(message);
    });
  }

  it('ignores unknown keys, prototype keys and repeats, naming each', () => {
    const { state, messages } = parseState(table, 'bogus=1&__proto__=x&constructor=1&n=5&n=6');
    expect(state.n).toBe(5);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(messages).toEqual([
      'Ignored the unknown setting “bogus”.',
      'Ignored the unknown setting “__proto__”.',
      'Ignored the unknown setting “constructor”.',
      'The count (n) was given twice; the first value is used.',
    ]);
  });

  it('keeps good values when others are bad', () => {
    const { state, messages } = parseState(table, 'n=2&lr=oops&kind=b');
    expect(state).toMatchObject({ n: 2, lr: 0.03, kind: 'b' });
    expect(messages).toHaveLength(1);
  });

  it('clips a huge value in its message', () => {
    const { messages } = parseState(table, 'kind=' + 'q'.repeat(5000));
    expect(messages[0].length).toBeLessThan(200);
  });

  it('every field says what it accepts', () => {
    for (const field of Object.values(table)) {
      expect(field.describe.length).toBeGreaterThan(5);
      expect(field.valid(field.default as never)).toBe(true);
    }
  });
});
