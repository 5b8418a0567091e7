import { describe, expect, it } from 'vitest';
import {
  boolField, enumField, intField, listField, MAX_LISTED_PER_KIND, normalizeFreeText, numberField, parseState, serializeState, textField,
} from './url-state.ts';
import { urlStateStrings } from '../i18n/index.ts';

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
    ['note=a%1Bb', 'note', /control characters/],
    ['lr=0x1F', 'lr', /not a number/],
    ['lr=%201', 'lr', /not a number/],
    ['kind=%E2%80%AEcircle', 'kind', /kind “\[RLO\]circle” is not one of/],
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

  it('caps the messages of a link with 127,000 unknown keys, and still applies its valid settings', () => {
    const link = '#n=6&' + Array(127_000).fill('zz').join('&') + '&kind=c&n=2&n=3';
    expect(link.length).toBeLessThan(400_000);
    const { state, messages } = parseState(table, link);
    expect(state).toMatchObject({ n: 6, kind: 'c' });
    expect(messages).toHaveLength(MAX_LISTED_PER_KIND + 2 + 1);
    expect(messages.filter((m) => m === 'Ignored the unknown setting “zz”.')).toHaveLength(MAX_LISTED_PER_KIND);
    expect(messages).toContain('… and 126,990 more unknown settings, also ignored.');
    expect(messages.filter((m) => /given twice/.test(m))).toHaveLength(2);
  });

  it('caps repeated keys the same way', () => {
    const { state, messages } = parseState(table, Array(50_001).fill('n=4').join('&'));
    expect(state.n).toBe(4);
    expect(messages).toHaveLength(MAX_LISTED_PER_KIND + 1);
    expect(messages.at(-1)).toBe('… and 49,990 more repeated settings, also ignored.');
    expect(parseState(table, 'zz&n=4&'.repeat(MAX_LISTED_PER_KIND + 1)).messages.at(-1)).toBe('… and 1 more unknown setting, also ignored.');
  });

  it('shows bidi controls from a link as visible tags and isolates right-to-left text', () => {
    // U+202E would show "elcric" reversed and turn the rest of the sentence around.
    expect(parseState(table, 'kind=%E2%80%AEcircle').messages[0]).toContain('“[RLO]circle”');
    expect(parseState(table, 'x%E2%81%A7y=1').messages[0]).toBe('Ignored the unknown setting “x[RLI]y”.');
    expect(parseState(table, 'kind=%D7%A9%D7%9C%D7%95%D7%9D').messages[0]).toContain('“\u2068שלום\u2069”');
  });

  it('carries a reader\'s value unquoted and lets each language quote it in its own marks', () => {
    // Quoting is wording: the same refused value reads “x” in English and «x» in Spanish, never “x” in Spanish.
    const link = 'kind=zap&sizes=4,0&tags=x,x&bogus=1';
    const en = parseState(table, link, urlStateStrings('en')).messages;
    const es = parseState(table, link, urlStateStrings('es')).messages;
    expect(en).toEqual(expect.arrayContaining([
      expect.stringContaining('kind “zap” is not one of'),
      expect.stringContaining('item 2 “0” is outside 1 to 8'),
      expect.stringContaining('item 2 “x” repeats'),
      'Ignored the unknown setting “bogus”.',
    ]));
    expect(es).toEqual(expect.arrayContaining([
      expect.stringContaining('El valor «zap» de «kind»'),
      expect.stringContaining('tiene un elemento 2, «0», que está fuera del intervalo de 1 a 8'),
      expect.stringContaining('repite su elemento 2, «x»'),
      'Se ha ignorado el ajuste desconocido «bogus».',
    ]));
    expect(en).toHaveLength(4);
    expect(es).toHaveLength(4);
    expect(es.join(' ')).not.toMatch(/[“”]/);
    expect(en.join(' ')).not.toMatch(/[«»]/);
    // A long value is clipped once, below the wording, and quoted whole by either language.
    const long = parseState(table, 'kind=' + 'q'.repeat(5000), urlStateStrings('es')).messages[0];
    expect(long).toContain(`«${'q'.repeat(40)}…»`);
  });

  it('reads the line breaks a teacher can paste (vertical tab, form feed, CR LF) as new lines', () => {
    for (const brk of ['%0B', '%0C', '%0D%0A', '%0D', '%E2%80%A8', '%C2%85']) {
      const { state, messages } = parseState(table, `note=one${brk}two`);
      expect(messages).toEqual([]);
      expect(state.note).toBe('one\ntwo');
    }
    // The teacher's side uses the same rule, so its text always survives the link.
    const typed = 'Train\u000bthen\u000ctest\u0000!';
    const kept = normalizeFreeText(typed);
    expect(kept).toBe('Train\nthen\ntest!');
    const back = parseState(table, '#' + serializeState(table, { ...parseState(table, '').state, note: kept }));
    expect(back).toEqual({ state: expect.objectContaining({ note: kept }), messages: [] });
    expect(table.note.valid(typed)).toBe(false);
  });

  it('every field says what it accepts', () => {
    for (const field of Object.values(table)) {
      expect(field.describe.length).toBeGreaterThan(5);
      expect(field.valid(field.default as never)).toBe(true);
    }
  });
});
