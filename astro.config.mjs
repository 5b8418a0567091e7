// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

// Maths is rendered to HTML at build time; the page only needs KaTeX's CSS and fonts,
// which are bundled from node_modules and served by the site itself.
export default defineConfig({
  output: 'static',
  integrations: [mdx()],
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [rehypeKatex],
  },
  vite: {
    worker: { format: 'es' },
  },
});
