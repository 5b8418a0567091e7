import { describe, expect, it } from 'vitest';
import { renderMath, renderTextWithMath } from './math.ts';

describe('build-time KaTeX', () => {
  it('turns \\slot{name}{initial} into a data-slot element holding the initial number', () => {
    const html = renderMath('z = \\slot{z}{0.70}');
    expect(html).toMatch(/data-slot="z"/);
    expect(html).toContain('0.70');
  });

  it('renders the maths between dollars in a text and escapes the rest', () => {
    const html = renderTextWithMath('If <b> is $w = 2$ costs \\$5');
    expect(html).toContain('&lt;b&gt;');
    expect(html).toContain('class="katex"');
    expect(html).toContain('costs $5');
    expect(html).not.toContain('$w');
  });
});
