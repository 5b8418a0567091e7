// The progress file format: what a valid file is, and that every kind of bad file is refused with a
// sentence that says why (a refused file changes nothing: the store checks before it writes).
import { describe, expect, it } from 'vitest';
import { emptyProgress, isItemId, itemId, mergeProgress, pagePathWithoutBase, parseProgress } from './format.ts';
import { progress as S } from '../../i18n/en/progress.ts';

const T = '2026-12-03T15:00:00.000Z';
const answer = { kind: 'self-check', answer: '0', status: 'correct', explanation: 'answer', attempts: 2, firstAt: T, lastAt: T };
const valid = () => ({
  format: 'nn101-progress', version: 1, savedAt: T,
  answers: { '/chapters/01-what-is-a-neural-network/#check-1-q1': { ...answer } },
  widgets: { '/chapters/06-playground/#widget:playground': { state: 'data=spiral&hidden=4', results: { testLoss: 0.12 }, at: T } },
  cells: { '/chapters/03-structure/#cell:exercise-count-parameters': { code: 'let x = 1;\n', base: 'abc', passed: true, at: T } },
});
const text = (v: unknown) => JSON.stringify(v);

describe('progress format', () => {
  it('reads back a valid file exactly', () => {
    const r = parseProgress(text(valid()));
    expect(r).toEqual({ ok: true, value: valid() });
  });

  it('builds item ids from a page path and a local id, and knows one when it sees one', () => {
    expect(itemId('/chapters/01-what-is-a-neural-network/', 'check-1-q1')).toBe('/chapters/01-what-is-a-neural-network/#check-1-q1');
    expect(itemId('/chapters/x', 'cell:mlp')).toBe('/chapters/x/#cell:mlp');
    expect(isItemId('/chapters/x/#cell:mlp')).toBe(true);
    for (const bad of ['chapters/x/#a', '/chapters/x/', '/chapters/x/#', '/a b/#c', '/x/#a#b', `/x/#${'a'.repeat(121)}`]) expect(isItemId(bad), bad).toBe(false);
  });

  it('removes the site base from a page path', () => {
    expect(pagePathWithoutBase('/nn101/chapters/x/', '/nn101/')).toBe('/chapters/x/');
    expect(pagePathWithoutBase('/nn101/chapters/x/', '/nn101')).toBe('/chapters/x/');
    expect(pagePathWithoutBase('/chapters/x/', '/')).toBe('/chapters/x/');
    expect(pagePathWithoutBase('/progress', '/')).toBe('/progress/');
    expect(pagePathWithoutBase('/nn101/', '/nn101/')).toBe('/');
  });

  it('drops fields it does not know, so nothing foreign rides into storage', () => {
    const v = valid() as Record<string, unknown>;
    v.extra = 'x';
    (v.answers as Record<string, Record<string, unknown>>)['/chapters/01-what-is-a-neural-network/#check-1-q1']!.script = '<b>';
    const r = parseProgress(text(v));
    expect(r.ok && Object.keys(r.value)).toEqual(['format', 'version', 'savedAt', 'answers', 'widgets', 'cells']);
    expect(r.ok && Object.keys(r.value.answers['/chapters/01-what-is-a-neural-network/#check-1-q1']!)).not.toContain('script');
  });

  it('accepts a byte-order mark and an empty course', () => {
    expect(parseProgress(`\uFEFF${text(emptyProgress(T))}`).ok).toBe(true);
  });

  describe('refuses, saying why', () => {
    const refusals: Array<[string, string, string | RegExp]> = [
      ['empty file', '', S.import.notJson],
      ['cut short', text(valid()).slice(0, 80), S.import.notJson],
      ['not JSON', 'hello', S.import.notJson],
      ['a number', '42', S.import.foreign],
      ['null', 'null', S.import.foreign],
      ['an array', '[]', S.import.foreign],
      ['another format', text({ ...valid(), format: 'nn101-hand-in' }), S.import.foreign],
      ['no format', text({ ...valid(), format: undefined }), S.import.foreign],
      ['a playground export', text({ data: 'spiral', hidden: [4] }), S.import.foreign],
      ['a future version', text({ ...valid(), version: 2 }), S.import.future(2)],
      ['version as text', text({ ...valid(), version: '1' }), S.import.badVersion],
      ['version 0', text({ ...valid(), version: 0 }), S.import.badVersion],
      ['version 1.5', text({ ...valid(), version: 1.5 }), S.import.badVersion],
      ['no savedAt', text({ ...valid(), savedAt: undefined }), /savedAt/],
      ['savedAt not a time', text({ ...valid(), savedAt: 'yesterday' }), /savedAt/],
      ['answers missing', text({ ...valid(), answers: undefined }), /"answers" is missing/],
      ['answers an array', text({ ...valid(), answers: [] }), /"answers" is missing/],
      ['widgets null', text({ ...valid(), widgets: null }), /"widgets" is missing/],
      ['cells a string', text({ ...valid(), cells: 'x' }), /"cells" is missing/],
      ['an answer id without #', text({ ...valid(), answers: { '/chapters/x/': answer } }), /invalid id/],
      ['an answer id off the site', text({ ...valid(), answers: { 'https://evil.example/#a': answer } }), /invalid id/],
      ['an answer of unknown kind', text({ ...valid(), answers: { '/x/#a': { ...answer, kind: 'essay' } } }), /unknown kind/],
      ['an answer with unknown status', text({ ...valid(), answers: { '/x/#a': { ...answer, status: 'maybe' } } }), /unknown status/],
      ['an answer given as a number', text({ ...valid(), answers: { '/x/#a': { ...answer, answer: 3 } } }), /no answer text/],
      ['an answer with 0 attempts', text({ ...valid(), answers: { '/x/#a': { ...answer, attempts: 0 } } }), /attempts/],
      ['an answer with fractional attempts', text({ ...valid(), answers: { '/x/#a': { ...answer, attempts: 1.5 } } }), /attempts/],
      ['an answer with a bad time', text({ ...valid(), answers: { '/x/#a': { ...answer, lastAt: 'soon' } } }), /time/],
      ['an answer that is null', text({ ...valid(), answers: { '/x/#a': null } }), /not a record/],
      ['a widget without state', text({ ...valid(), widgets: { '/x/#w': { at: T } } }), /no state/],
      ['a widget with a NaN-like result', text({ ...valid(), widgets: { '/x/#w': { state: '', results: { testLoss: 'NaN' }, at: T } } }), /invalid result/],
      ['a widget with results as a list', text({ ...valid(), widgets: { '/x/#w': { state: '', results: [1], at: T } } }), /invalid results/],
      ['a cell without code', text({ ...valid(), cells: { '/x/#cell:a': { base: 'b' } } }), /no code/],
      ['a cell with passed as text', text({ ...valid(), cells: { '/x/#cell:a': { code: '', base: '', passed: 'yes' } } }), /pass mark/],
      ['a cell with code too long', text({ ...valid(), cells: { '/x/#cell:a': { code: 'x'.repeat(200_001), base: '' } } }), /no code/],
    ];
    for (const [name, input, message] of refusals) {
      it(name, () => {
        const r = parseProgress(input);
        expect(r.ok).toBe(false);
        if (!r.ok) {
          if (typeof message === 'string') expect(r.message).toBe(message);
          else expect(r.message).toMatch(message);
          expect(r.message).toMatch(/Nothing was changed[.:]/);
        }
      });
    }
    it('a file over 5 MB, before parsing it', () => {
      expect(parseProgress(' '.repeat(5_000_001))).toEqual({ ok: false, message: S.import.tooLarge });
    });
  });
});

describe('merging an import into kept progress', () => {
  const later = '2026-12-04T10:00:00.000Z';
  it('keeps the newer answer per item, adds new ones, and never loses an unlocked attempt', () => {
    const kept = emptyProgress(T);
    kept.answers['/x/#a'] = { kind: 'self-check', answer: '1', status: 'correct', explanation: 'answer', attempts: 3, firstAt: T, lastAt: later };
    const incoming = emptyProgress(T);
    incoming.answers['/x/#a'] = { kind: 'self-check', answer: '2', status: 'wrong', explanation: 'try-again', attempts: 1, firstAt: T, lastAt: T };
    incoming.answers['/x/#b'] = { kind: 'prediction', answer: 'down', status: 'correct', explanation: null, attempts: 1, firstAt: T, lastAt: T };
    const merged = mergeProgress(kept, incoming, later);
    expect(merged.answers['/x/#a']).toMatchObject({ answer: '1', attempts: 3 });
    expect(merged.answers['/x/#b']).toMatchObject({ answer: 'down' });
    expect(merged.savedAt).toBe(later);
  });
});
