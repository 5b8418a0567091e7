import { describe, expect, it } from 'vitest';
import { localizedPath, sitePathOf, splitLocalizedPath, withBase } from './routes.ts';

describe('localized routes', () => {
  it('keeps English at today\'s URLs and puts Spanish under /es/', () => {
    expect(localizedPath('en', '/chapters/01-what-is-a-neural-network/')).toBe('/chapters/01-what-is-a-neural-network/');
    expect(localizedPath('es', '/chapters/01-what-is-a-neural-network/')).toBe('/es/chapters/01-what-is-a-neural-network/');
    expect(localizedPath('es', '/')).toBe('/es/');
  });

  it('finds the language and the page of a path, and swapping the prefix gives the counterpart', () => {
    expect(splitLocalizedPath('/es/chapters/06-playground/')).toEqual({ lang: 'es', path: '/chapters/06-playground/' });
    expect(splitLocalizedPath('/es/')).toEqual({ lang: 'es', path: '/' });
    expect(splitLocalizedPath('/es')).toEqual({ lang: 'es', path: '/' });
    expect(splitLocalizedPath('/chapters/06-playground/')).toEqual({ lang: 'en', path: '/chapters/06-playground/' });
    // A page whose name merely starts with two letters is not a language.
    expect(splitLocalizedPath('/escape/')).toEqual({ lang: 'en', path: '/escape/' });
    expect(splitLocalizedPath('/en/')).toEqual({ lang: 'en', path: '/en/' });
  });

  it('works under a sub-path base', () => {
    expect(sitePathOf('/nn101/es/notation/', '/nn101/')).toBe('/es/notation/');
    expect(sitePathOf('/nn101/es/notation', '/nn101')).toBe('/es/notation/');
    expect(sitePathOf('/', '/')).toBe('/');
    expect(withBase('/es/', '/nn101/')).toBe('/nn101/es/');
    expect(withBase('/es/', '/')).toBe('/es/');
  });
});
