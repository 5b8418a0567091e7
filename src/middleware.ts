// Before each page renders (at build time for this static site), tell build-time helpers which language
// it is in (src/i18n/lang.ts: formatNumber and the catalogue accessors follow it).
import { defineMiddleware } from 'astro:middleware';
import { langOf, setRenderingLang } from './i18n/lang.ts';

export const onRequest = defineMiddleware((context, next) => {
  setRenderingLang(langOf(context.currentLocale));
  return next();
});
