// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import offline from './src/offline/integration.ts';
import contentSecurity from './src/security/integration.ts';
import { DEFAULT_LANG, LANGS } from './src/i18n/lang.ts';
import rehypeGlossaryLinks from './src/glossary/link-terms.ts';
import rehypeChapterParts from './src/site/chapter-parts.ts';
import { eagerCompile } from './src/build/eager-compile.ts';
import { lazyPlotFormat } from './src/build/lazy-plot-format.ts';
import { noModulePreload } from './src/build/no-module-preload.ts';

// Maths is rendered to HTML at build time by remark-math + rehype-katex. Astro 7's default Markdown
// processor (Sätteri) runs no remark/rehype plugins, so the unified processor is chosen explicitly and
// carries them; MDX inherits markdown.processor. The page only needs KaTeX's CSS and fonts, which are
// bundled from node_modules and served by the site itself. rehypeGlossaryLinks (after KaTeX, so it can
// skip maths) links each chapter's first use of every glossary term to /glossary/ (src/glossary/); rehypeChapterParts
// (last) groups each chapter's h2 parts into sections the browser may skip rendering below the fold (src/site/chapter-parts.ts). offline() writes the service worker (dist/sw.js) that keeps the course working without a connection once loaded (src/offline/).
// contentSecurity() (before offline(), so the precache covers the final pages) gives every page the
// site's Content-Security-Policy and writes dist/_headers (src/security/).
// i18n: English (the default) at today's URLs, every other language under /<lang>/ (src/i18n/, README
// "Languages"); Astro.currentLocale tells a page its language.
export default defineConfig({
  output: 'static',
  // The site's CSS (global, print and KaTeX's, ~11 KB gzip) goes into each page as <style>, not a linked file:
  // a linked stylesheet blocks the first paint for one more round trip on a slow phone connection (Lighthouse's
  // render-blocking audit). The service worker keeps pages offline either way; the policy allows inline styles.
  build: { inlineStylesheets: 'always' },
  i18n: { locales: [...LANGS], defaultLocale: DEFAULT_LANG, routing: { prefixDefaultLocale: false } },
  integrations: [mdx(), contentSecurity(), offline()],
  markdown: {
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex, rehypeGlossaryLinks, rehypeChapterParts] }),
    // Code blocks (chapter 4b's excerpt, the cell reference): a theme whose every token colour, comments
    // included, passes 4.5:1 on its background (the default github-dark's comments do not).
    shikiConfig: { theme: 'github-dark-default' },
  },
  vite: {
    worker: { format: 'es' },
    // Plot's chunk compiles in the background when it loads, not in a chart's first frame; Plot makes its
    // default number format (starting the browser's Intl) when first used, not as it loads; a widget's
    // import() adds no modulepreload links in the task that starts it (src/build/).
    plugins: [eagerCompile(['plot-marks']), lazyPlotFormat(), noModulePreload()],
  },
});
