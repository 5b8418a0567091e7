import { describe, expect, it } from 'vitest';
import { highlightToHtml } from './highlight.ts';

describe('build-time highlighting', () => {
  it('wraps tokens in classHighlighter classes, escapes text and keeps every character', () => {
    const code = 'const w: number = 0.5; // a <b>weight</b> & "bias"\nconsole.log(w);';
    const html = highlightToHtml(code);
    expect(html).toContain('<span class="tok-keyword">const</span>');
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('<b>');
    const text = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(text).toBe(code);
  });
});
