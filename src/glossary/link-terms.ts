// Rehype plugin (build time): in each chapter, the first use of every glossary term in the prose becomes a
// link to its definition on the glossary of the chapter's language (/glossary/, /es/glossary/), with that
// language's terms (src/glossary/terms.ts). Chapters stay free of hand-made links (others edit them), and a new
// term in src/glossary/terms.ts is linked everywhere at the next build.
//
// "Prose" is the chapter's own Markdown text (also inside HTML such as <aside class="note">): headings,
// links, code, maths (KaTeX) and components (widgets, self-checks, code cells: capitalised MDX JSX
// elements, which render their own text) are left alone.
import { GLOSSARIES, type GlossaryTerm } from './terms.ts';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/lang.ts';
import { termMatcher } from './match-terms.ts';

interface HastText { type: 'text'; value: string }
interface HastElement { type: 'element'; tagName: string; properties?: Record<string, unknown>; children: HastNode[] }
interface HastOther { type: string; children?: HastNode[] }
export type HastNode = HastText | HastElement | HastOther;

const SKIPPED_TAGS = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'svg', 'math']);
const SKIPPED_NODE_TYPES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'raw', 'comment']);

function isSkipped(node: HastNode): boolean {
  // HTML written in a chapter (<aside class="note">) is JSX too, but its text is the chapter's prose;
  // a component (<SelfCheck>, capitalised) renders its own text.
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[a-z]/.test(String((node as { name?: unknown }).name ?? ''))) {
    return SKIPPED_TAGS.has(String((node as { name?: unknown }).name));
  }
  if (SKIPPED_NODE_TYPES.has(node.type)) return true;
  if (node.type !== 'element') return false;
  const element = node as HastElement;
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  const className = element.properties?.className;
  const classes = Array.isArray(className) ? className.map(String) : typeof className === 'string' ? className.split(/\s+/) : [];
  return classes.some((c) => c === 'katex' || c === 'katex-display' || c.startsWith('math-'));
}

/**
 * The href of a term's definition, relative to a chapter page (/chapters/<id>/ or /es/chapters/<id>/), so
 * any site base works and each language's chapters land on that language's glossary.
 */
export const glossaryHref = (term: GlossaryTerm): string => `../../glossary/#${term.id}`;

/** Links the first use of each term in a hast tree, in document order. Returns the ids linked. */
export function linkFirstUses(tree: HastNode, terms: readonly GlossaryTerm[] = GLOSSARIES.en): string[] {
  const match = termMatcher(terms);
  const linked = new Set<string>();
  const visit = (node: HastNode) => {
    if (isSkipped(node) || !('children' in node) || !node.children) return;
    const out: HastNode[] = [];
    for (const child of node.children) {
      if (child.type !== 'text') { visit(child); out.push(child); continue; }
      const value = (child as HastText).value;
      let at = 0;
      for (const m of match(value)) {
        if (linked.has(m.term.id)) continue;
        linked.add(m.term.id);
        if (m.index > at) out.push({ type: 'text', value: value.slice(at, m.index) });
        out.push({
          type: 'element', tagName: 'a',
          properties: { href: glossaryHref(m.term), className: ['glossary-term'] },
          children: [{ type: 'text', value: m.text }],
        });
        at = m.index + m.text.length;
      }
      if (at < value.length) out.push(at === 0 ? child : { type: 'text', value: value.slice(at) });
    }
    node.children = out;
  };
  visit(tree);
  return [...linked];
}

/** A chapter file's language: content/chapters/x.mdx is the default's, content/<lang>/chapters/x.mdx <lang>'s; null for any other file. */
export function chapterLang(path: string): Lang | null {
  const m = /\/content\/(?:([a-z]{2})\/)?chapters\/[^/]+\.mdx?$/.exec(path.replace(/\\/g, '/'));
  if (!m) return null;
  if (m[1] === undefined) return DEFAULT_LANG;
  return isLang(m[1]) && m[1] !== DEFAULT_LANG ? m[1] : null;
}

/** The plugin: only chapters (content/chapters/, content/<lang>/chapters/), never the notation page or guides. */
export default function rehypeGlossaryLinks() {
  return (tree: HastNode, file: { path?: string; history?: string[] }) => {
    const lang = chapterLang(file.path ?? file.history?.[0] ?? '');
    if (lang) linkFirstUses(tree, GLOSSARIES[lang]);
  };
}
