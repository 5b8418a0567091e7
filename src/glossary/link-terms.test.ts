import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { chapterLang, linkFirstUses, type HastNode } from './link-terms.ts';
import { readableText } from '../site/reading-time.ts';
import { plainGlossaryText, renderGlossaryText } from './render-definition.ts';
import { termMatcher } from './match-terms.ts';
import { GLOSSARIES } from './terms.ts';

const GLOSSARY = GLOSSARIES.en;

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

describe('the Spanish glossary', () => {
  const es = GLOSSARIES.es;
  it('defines every English term under the same id, with forms unique within the language', () => {
    expect(es.map((t) => t.id)).toEqual(GLOSSARY.map((t) => t.id));
    const forms = es.flatMap((t) => t.forms.map((f) => f.toLowerCase()));
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
    for (const t of es) expect(t.definition.length).toBeGreaterThan(30);
  });
  it('matches Spanish plurals and accents as whole words, the longest form first', () => {
    const match = termMatcher(es);
    const found = (text: string) => match(text).map((m) => [m.term.id, m.text]);
    expect(found('Las neuronas de las capas ocultas suman sus pesos y sesgos.')).toEqual([
      ['neuron', 'neuronas'], ['hidden-layer', 'capas ocultas'], ['weight', 'pesos'], ['bias', 'sesgos']]);
    expect(found('El decaimiento de la tasa de aprendizaje y la tasa de aprendizaje')).toEqual([
      ['learning-rate-decay', 'decaimiento de la tasa de aprendizaje'], ['learning-rate', 'tasa de aprendizaje']]);
    expect(found('Una red que sobreajusta; las épocas pasan.')).toEqual([['overfitting', 'sobreajusta'], ['epoch', 'épocas']]);
    // Not inside a longer word: "pesos" is not in "sopesos", "capa" not in "capaz".
    expect(found('Es capaz de sopesar')).toEqual([]);
  });
  it('links a Spanish chapter to the Spanish glossary, and only chapters', () => {
    expect(chapterLang('/repo/content/es/chapters/01-x.mdx')).toBe('es');
    expect(chapterLang('/repo/content/chapters/01-x.mdx')).toBe('en');
    expect(chapterLang('/repo/content/es/notation.mdx')).toBeNull();
    expect(chapterLang('/repo/content/fr/chapters/01-x.mdx')).toBeNull();
    const tree = { type: 'root', children: [el('p', [text('Una neurona suma; otra neurona también.')])] };
    linkFirstUses(tree as HastNode, es);
    expect(links(tree)).toEqual(['neurona->../../glossary/#neuron']);
  });
  it('uses the Spanish chapters\' words: a term first used in some English chapter is used in some Spanish one', () => {
    const usedIn = (dir: string, terms: typeof es) => {
      const match = termMatcher(terms);
      const ids = new Set<string>();
      for (const file of readdirSync(dir)) for (const m of match(readableText(readFileSync(`${dir}/${file}`, 'utf8')))) ids.add(m.term.id);
      return ids;
    };
    const english = usedIn('content/chapters', GLOSSARY);
    const spanish = usedIn('content/es/chapters', es);
    expect([...english].filter((id) => !spanish.has(id))).toEqual([]);
  });
});

describe('glossary texts as HTML', () => {
  it('mark another language\'s words and typeset maths', () => {
    expect(renderGlossaryText('abandono ({en:dropout})')).toBe('abandono (<span lang="en">dropout</span>)');
    expect(plainGlossaryText('abandono ({en:dropout})')).toBe('abandono (dropout)');
    const html = renderGlossaryText('Sumar $w_{ij}$ ({en:weight decay}) y <b>');
    expect(html).toContain('class="katex"');
    expect(html).toContain('<span lang="en">weight decay</span>');
    expect(html).toContain('&lt;b&gt;');
    // A mark of a language the course does not have stays text.
    expect(renderGlossaryText('{xx:y}')).toBe('{xx:y}');
  });
});
