import { describe, expect, it } from 'vitest';
import { linkFirstUses, type HastNode } from './link-terms.ts';
import { termMatcher } from './match-terms.ts';
import { GLOSSARY } from './terms.ts';

const text = (value: string) => ({ type: 'text', value });
const el = (tagName: string, children: unknown[], properties: Record<string, unknown> = {}) => ({ type: 'element', tagName, properties, children });
const links = (node: any): string[] =>
  node.type === 'element' && node.tagName === 'a' && node.properties.className?.includes('glossary-term')
    ? [`${node.children[0].value}->${node.properties.href}`]
    : (node.children ?? []).flatMap(links);

describe('glossary terms', () => {
  it('have unique ids and forms, and ids fit in a URL fragment', () => {
    const ids = GLOSSARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    const forms = GLOSSARY.flatMap((t) => t.forms.map((f) => f.toLowerCase()));
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });
  it('match whole words only, longest form first, any case', () => {
    const match = termMatcher(GLOSSARY);
    expect(match('Weight decay shrinks each weight').map((m) => [m.term.id, m.text])).toEqual([['weight-decay', 'Weight decay'], ['weight', 'weight']]);
    expect(match('a biased multi-layer view')).toEqual([]);
    expect(match('the biases.')[0]?.term.id).toBe('bias');
  });
});

describe('linkFirstUses', () => {
  it('links only the first use of each term in document order', () => {
    const tree = { type: 'root', children: [el('p', [text('A neuron has a bias. Every neuron adds its bias.')]), el('p', [text('The neurons again.')])] };
    linkFirstUses(tree as HastNode);
    expect(links(tree)).toEqual(['neuron->../../glossary/#neuron', 'bias->../../glossary/#bias']);
    const p = (tree.children[0] as any).children;
    expect(p.map((n: any) => n.type === 'text' ? n.value : `[${n.children[0].value}]`).join('')).toBe('A [neuron] has a [bias]. Every neuron adds its bias.');
  });
  it('leaves headings, links, code, maths and components alone, and links the first use in prose after them', () => {
    const tree = {
      type: 'root',
      children: [
        el('h2', [text('The loss')]),
        el('p', [el('a', [text('loss')], { href: '#x' }), el('code', [text('loss')]), el('span', [text('loss')], { className: ['katex'] })]),
        { type: 'mdxJsxFlowElement', name: 'SelfCheck', children: [el('p', [text('loss')])] },
        el('p', [text('Then the loss falls.')]),
      ],
    };
    expect(linkFirstUses(tree as HastNode)).toEqual(['loss']);
    expect(links(tree)).toEqual(['loss->../../glossary/#loss']);
    expect((tree.children[3] as any).children[1].properties.href).toBe('../../glossary/#loss');
  });
});

describe('linkFirstUses in HTML written in a chapter', () => {
  it('links inside <aside> (lowercase JSX) but not inside a capitalised component', () => {
    const tree = { type: 'root', children: [
      { type: 'mdxJsxFlowElement', name: 'Neuron', children: [el('p', [text('weight')])] },
      { type: 'mdxJsxFlowElement', name: 'aside', children: [el('p', [text('A weight.')])] },
    ] };
    expect(linkFirstUses(tree as HastNode)).toEqual(['weight']);
    expect(links(tree.children[1])).toEqual(['weight->../../glossary/#weight']);
  });
});
