import { describe, expect, it } from 'vitest';
import { widgetStateLink } from './state-link.ts';

const base = { href: 'https://example.org/course/chapters/06-playground/#d=spiral&h=4,2', id: 'pg', headingId: 'try-it', printLink: null, stateInFragment: false };

describe('widgetStateLink', () => {
  it('keeps the fragment of a widget whose state lives there (the playground)', () => {
    expect(widgetStateLink({ ...base, stateInFragment: true })).toBe(base.href);
  });
  it("uses a widget's own link, resolved against the page", () => {
    expect(widgetStateLink({ ...base, printLink: '#cell.mlp=abc' })).toBe('https://example.org/course/chapters/06-playground/#cell.mlp=abc');
  });
  it("otherwise points at the widget's anchor, or the heading above it, under any base path", () => {
    expect(widgetStateLink(base)).toBe('https://example.org/course/chapters/06-playground/#pg');
    expect(widgetStateLink({ ...base, id: '' })).toBe('https://example.org/course/chapters/06-playground/#try-it');
  });
  it('a fragment-state widget with an empty fragment falls back to its anchor', () => {
    expect(widgetStateLink({ ...base, href: 'https://example.org/chapters/06-playground/', stateInFragment: true })).toBe('https://example.org/chapters/06-playground/#pg');
  });
});
