// What an assignment can ask for, read from the chapters themselves when the site is built (never a table
// kept by hand): every SelfCheck question (those whose id starts with "predict" are predict-then-run
// questions), the Backprop widget's prediction, and every exercise code cell ("exercise-…"). The MDX is
// parsed (remark-mdx with remark-math, as the site builds it) and the widget attributes are read from their syntax tree as literals, never run.
// The wrong answers' explanations come along, so the class view can name misconceptions in words.
import type { ItemId } from '../contract.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import { assignmentStrings } from '../../i18n/classroom.ts';
import type { Lang } from '../../i18n/lang.ts';

export interface CatalogueItem {
  id: ItemId;
  kind: 'self-check' | 'prediction' | 'exercise';
  /** Plain text (maths left as its TeX source without dollars). */
  prompt: string;
  /** What each recorded explanation of a wrong answer means, in words: 'misconception-0', a choice index… */
  wrong: Record<string, string>;
}

export interface CatalogueChapter {
  id: string;
  title: string;
  /** The chapter's page for this catalogue's readers (site path: '/es/chapters/x/' on a Spanish page, the English one if not translated). */
  path: string;
  items: CatalogueItem[];
}

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
}
type Estree = { type: string; [key: string]: unknown };

/** The value of a literal expression (arrays, objects, strings, numbers, booleans); undefined for anything else. */
export function literalValue(node: Estree | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'Literal': return node.value;
    case 'TemplateLiteral': {
      const quasis = node.quasis as { value: { cooked: string } }[];
      return (node.expressions as unknown[]).length === 0 ? quasis.map((q) => q.value.cooked).join('') : undefined;
    }
    case 'UnaryExpression': {
      const v = literalValue(node.argument as Estree);
      return node.operator === '-' && typeof v === 'number' ? -v : undefined;
    }
    case 'ArrayExpression': return (node.elements as Estree[]).map((e) => literalValue(e));
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties as Estree[]) {
        if (p.type !== 'Property') continue;
        const key = p.key as Estree;
        const name = key.type === 'Identifier' ? (key.name as string) : String(key.value);
        out[name] = literalValue(p.value as Estree);
      }
      return out;
    }
    default: return undefined;
  }
}

function attribute(node: MdxNode, name: string): unknown {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return undefined;
  if (typeof attr.value === 'string') return attr.value;
  const estree = (attr.value as { data?: { estree?: { body: { expression: Estree }[] } } } | undefined)?.data?.estree;
  return literalValue(estree?.body[0]?.expression);
}

/** Prose for a list: maths keeps its TeX without the dollars (a decimal comma's braces and TeX's spaces go: 0{,}5 → 0,5, `\ ` → ' '), emphasis marks go. */
export const plainText = (text: string) => text.replace(/\$\$?/g, '').replace(/\{,\}/g, ',').replace(/\\[ ,;]/g, ' ').replace(/\*\*|__/g, '').replace(/\\\\/g, '\\').trim();

interface QuestionLiteral {
  prompt?: string;
  choices?: { text?: string; correct?: boolean }[];
  misconceptions?: { misconception?: string }[];
}

/**
 * The gradable items of one chapter's MDX source, in page order, worded in the chapter's language `lang`.
 * Ids are the same in every language (the Spanish chapter keeps the English one's widget ids).
 */
export function catalogueOfChapter(chapterId: string, source: string, lang?: Lang): CatalogueItem[] {
  const tree = unified().use(remarkParse).use(remarkMath).use(remarkMdx).parse(source) as MdxNode;
  const items: CatalogueItem[] = [];
  const page = `/chapters/${chapterId}/#`;
  const visit = (node: MdxNode) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name === 'SelfCheck') {
        const id = (attribute(node, 'id') as string | undefined) ?? 'self-check';
        const questions = (attribute(node, 'questions') as QuestionLiteral[] | undefined) ?? [];
        questions.forEach((q, i) => {
          const wrong: Record<string, string> = {};
          q.choices?.forEach((c, k) => { if (!c.correct && c.text) wrong[String(k)] = plainText(c.text); });
          q.misconceptions?.forEach((m, k) => { if (m.misconception) wrong[`misconception-${k}`] = plainText(m.misconception); });
          items.push({ id: `${page}${id}-q${i + 1}`, kind: id.startsWith('predict') ? 'prediction' : 'self-check', prompt: plainText(q.prompt ?? ''), wrong });
        });
      } else if (node.name === 'CodeCell') {
        const id = attribute(node, 'id');
        if (typeof id === 'string' && id.startsWith('exercise-')) {
          items.push({ id: `${page}cell:${id}`, kind: 'exercise', prompt: plainText(String(attribute(node, 'title') ?? id)), wrong: {} });
        }
      } else if (node.name === 'Backprop') {
        const id = (attribute(node, 'id') as string | undefined) ?? 'backprop';
        items.push({ id: `${page}${id}-predict`, kind: 'prediction', prompt: assignmentStrings(lang).backpropPrediction, wrong: {} });
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return items;
}
