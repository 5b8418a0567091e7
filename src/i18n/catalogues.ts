// Every language's whole catalogue, for build-time code (Astro components: `strings(Astro.currentLocale)`)
// and tests. Browser code imports its own module from ./index.ts instead, so pages stay light.
import type { Catalogue } from './catalogue.ts';
import { en } from './en/index.ts';
import { es } from './es/index.ts';
import { langOf, type Lang } from './lang.ts';

export const catalogues: Record<Lang, Catalogue> = { en, es };

/** The whole catalogue of a language, from Astro.currentLocale or any language tag. */
export const strings = (locale: string | undefined): Catalogue => catalogues[langOf(locale)];
