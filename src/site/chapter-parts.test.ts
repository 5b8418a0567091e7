import { describe, expect, it } from 'vitest';
import { estimatePartHeight, isPartedPage, wrapChapterParts } from './chapter-parts.ts';

const h = (tagName: string, text = '', properties: Record<string, unknown> = {}) => ({ type: 'element', tagName, properties, children: text ? [{ type: 'text', value: text }] : [] });
type Tree = { children: ReturnType<typeof h | typeof Object>[] };

describe('chapter parts (src/site/chapter-parts.ts)', () => {
  it('puts each h2 and what follows it, up to the next h2, in its own section, in the same order', () => {
    const esm = { type: 'mdxjsEsm', value: "import X from './x'" };
    const tree = { children: [h('p', 'intro'), esm, h('h2', 'One'), h('p', 'a'), { type: 'mdxJsxFlowElement', name: 'Widget', children: [] }, h('h2', 'Two'), h('p', 'b'), h('h3', 'sub'), h('p', 'c')] } as unknown as Tree;
    wrapChapterParts(tree as never);
    const out = tree.children as unknown as { type: string; tagName?: string; properties?: { className?: string[]; style?: string }; children?: { tagName?: string; type: string }[] }[];
    // What precedes the first h2 stays at the top level; MDX's imports stay at the top level wherever they were.
    // A component starts a part of its own, so the text before it can be laid out without it.
    expect(out.map((n) => n.tagName ?? n.type)).toEqual(['p', 'mdxjsEsm', 'section', 'div', 'section']);
    expect(out[2]!.properties!.className).toEqual(['chapter-part']);
    expect(out[3]!.properties!.className).toEqual(['chapter-part']);
    expect(out[2]!.children!.map((n) => n.tagName ?? n.type)).toEqual(['h2', 'p']);
    expect(out[3]!.children!.map((n) => n.tagName ?? n.type)).toEqual(['mdxJsxFlowElement']);
    expect(out[4]!.children!.map((n) => n.tagName ?? n.type)).toEqual(['h2', 'p', 'h3', 'p']);
    expect(out[2]!.properties!.style).toMatch(/^contain-intrinsic-block-size: auto \d+px$/);
  });

  it('continues a long part in a div of the same class, never between a heading and what follows it', () => {
    const widget = () => ({ type: 'mdxJsxFlowElement', name: 'Widget', children: [] });
    const tree = { children: [h('h2', 'One'), widget(), h('h3', 'sub'), widget(), widget(), h('h2', 'Two'), h('p', 'b')] } as unknown as Tree;
    wrapChapterParts(tree as never);
    const out = tree.children as unknown as { tagName: string; properties: { className: string[] }; children: { tagName?: string; type: string }[] }[];
    // A widget is a part's worth: the h3 starts the next part with the widget after it, the second widget its own.
    expect(out.map((n) => n.tagName)).toEqual(['section', 'div', 'div', 'section']);
    expect(out.every((n) => n.properties.className.includes('chapter-part'))).toBe(true);
    expect(out.map((n) => n.children.map((c) => c.tagName ?? c.type))).toEqual([
      ['h2', 'mdxJsxFlowElement'], ['h3', 'mdxJsxFlowElement'], ['mdxJsxFlowElement'], ['h2', 'p'],
    ]);
  });

  it('leaves a chapter without h2 as it is', () => {
    const tree = { children: [h('p', 'a'), h('p', 'b')] } as unknown as Tree;
    wrapChapterParts(tree as never);
    expect((tree.children as unknown as { tagName: string }[]).map((n) => n.tagName)).toEqual(['p', 'p']);
  });

  it('estimates a taller part for more text and for a widget, generously (a phone line is ~45 characters)', () => {
    const words = 'word '.repeat(90); // 450 characters: 10+ lines of ~28 px on a phone
    const one = estimatePartHeight([h('h2', 'T'), h('p', words)] as never);
    const two = estimatePartHeight([h('h2', 'T'), h('p', words), h('p', words)] as never);
    const widget = estimatePartHeight([h('h2', 'T'), h('p', words), { type: 'mdxJsxFlowElement', name: 'W', children: [] }] as never);
    expect(one).toBeGreaterThanOrEqual(10 * 28 + 28);
    expect(two).toBeGreaterThan(one);
    expect(widget).toBeGreaterThan(one + 1000);
    // A formula counts as a few characters, not as the hundreds of KaTeX's markup.
    const katex = h('span', '', { className: ['katex'] });
    katex.children = [{ type: 'text', value: 'x'.repeat(2000) } as never];
    expect(estimatePartHeight([h('p', 'short'), katex] as never)).toBeLessThan(estimatePartHeight([h('p', 'x'.repeat(2000))] as never));
  });
  it('parts the chapters and the notation page, in every language, and nothing else', () => {
    for (const path of ['/r/content/chapters/04-how-networks-learn.mdx', '/r/content/es/chapters/01-x.mdx', '/r/content/notation.mdx', '/r/content/es/notation.mdx', 'C:\\r\\content\\notation.mdx']) {
      expect(isPartedPage(path), path).toBe(true);
    }
    for (const path of ['/r/content/guides/01-x.mdx', '/r/content/es/guides/01-x.mdx', '/r/content/cells/a.mdx', '/r/content/notation-old.mdx', '/r/content/chapters/sub/x.mdx']) {
      expect(isPartedPage(path), path).toBe(false);
    }
  });
});
