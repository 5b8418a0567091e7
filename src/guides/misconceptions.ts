// Every misconception a chapter's exercises can detect, read from the chapter's MDX when the site is
// built: the named misconceptions and the wrong choices of its SelfCheck questions, and the wrong
// answers of its widgets' predict-then-run questions (widget-predictions.ts). Ids are the ones the
// assignment catalogue and the class view use (src/classroom/assignment/catalogue.ts, checked by
// guides.test.ts): `<question id>#<wrong key>` ('check-1-q2#misconception-0'; 'check-1-q2#1' for the wrong
// choice 1), and `<widget id>#<choice>` for widgets. Texts keep their maths between dollars, for
// renderTextWithMath.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import { attribute, type MdxNode } from '../classroom/assignment/catalogue.ts';
import { widgetMisconceptions } from './widget-predictions.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';

export interface DetectedMisconception {
  id: string;
  /** The question that detects it (maths between dollars). */
  question: string;
  /** The misconception in the chapter's words: the named misconception, or the wrong answer chosen. */
  text: string;
}

interface QuestionLiteral {
  prompt?: string;
  choices?: { text?: string; correct?: boolean }[];
  misconceptions?: { misconception?: string }[];
}

function selfCheckMisconceptions(source: string): DetectedMisconception[] {
  const tree = unified().use(remarkParse).use(remarkMath).use(remarkMdx).parse(source) as MdxNode;
  const out: DetectedMisconception[] = [];
  const visit = (node: MdxNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'SelfCheck') {
      const id = (attribute(node, 'id') as string | undefined) ?? 'self-check';
      const questions = (attribute(node, 'questions') as QuestionLiteral[] | undefined) ?? [];
      questions.forEach((q, i) => {
        const question = q.prompt ?? '';
        q.choices?.forEach((c, k) => { if (!c.correct && c.text) out.push({ id: `${id}-q${i + 1}#${k}`, question, text: c.text }); });
        q.misconceptions?.forEach((m, k) => { if (m.misconception) out.push({ id: `${id}-q${i + 1}#misconception-${k}`, question, text: m.misconception }); });
      });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return out;
}

/** In page order: the self-checks' first, then the widgets' (in `lang`, the chapter's language). */
export function chapterMisconceptions(source: string, lang: Lang = DEFAULT_LANG): DetectedMisconception[] {
  return [...selfCheckMisconceptions(source), ...widgetMisconceptions(source, lang)];
}
