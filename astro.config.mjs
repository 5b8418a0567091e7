// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import offline from './src/offline/integration.ts';
import contentSecurity from './src/security/integration.ts';

// Maths is rendered to HTML at build time; the page only needs KaTeX's CSS and fonts,
// which are bundled from node_modules and served by the site itself. offline() writes the service worker
// (dist/sw.js) that keeps the course working without a connection once loaded (src/offline/);
// contentSecurity() (before it, so the precache covers the final pages) gives every page the site's
// Content-Security-Policy and writes dist/_headers (src/security/).
export default defineConfig({
  output: 'static',
  integrations: [mdx(), contentSecurity(), offline()],
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [rehypeKatex],
  },
  vite: {
    worker: { format: 'es' },
  },
});
