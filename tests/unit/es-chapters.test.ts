import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { mdxWidgets, selfCheckKey, frontmatterNumbers, codeWithoutProse, type MdxWidget } from './support/mdx-widgets';

// The Spanish edition is a second copy of every chapter, written by hand. The classroom keys progress by
// widget id, and a SelfCheck's answer, tolerance, misconception values and correct choice are the exercise
// itself: none of them may differ between the editions, or a Spanish reader would be marked against another
// exercise. These tests read both MDX files and fail on any such drift, so an edit to one edition that is
// not carried over to the other is caught at once.

const PAIRS: { en: string; es: string }[] = [
  ...readdirSync('content/chapters')
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ en: join('content/chapters', name), es: join('content/es/chapters', name) })),
  { en: 'content/notation.mdx', es: 'content/es/notation.mdx' },
];

/** Props whose value is prose for the reader, so it is written in each language. */
const TRANSLATED_PROPS = new Set(['title', 'caption', 'label', 'alt', 'code']);

/** A widget reduced to what both editions must share: its tag, id and every non-prose prop. */
function sharedShape(widget: MdxWidget) {
  const props = Object.fromEntries(
    Object.entries(widget.props).filter(([name]) => !TRANSLATED_PROPS.has(name) && name !== 'questions'),
  );
  return { tag: widget.tag, props };
}

/**
 * The chapter's `$$ … $$` formulas, with the Spanish decimal comma `{,}` read as a point and the words in
 * `\text{…}` left out: they are prose, written in each language ($L_{\text{data}}$ is $L_{\text{datos}}$).
 */
function displayMaths(mdx: string): string[] {
  const prose = mdx.replace(/^```[\s\S]*?^```/gm, '');
  return [...prose.matchAll(/\$\$([\s\S]*?)\$\$/g)]
    .map((m) => m[1]!.replaceAll('{,}', '.').replace(/\\text\{[^}]*\}/g, '\\text{…}').replace(/\s+/g, ' ').trim());
}

/** A SelfCheck's questions, evaluated from the MDX expression (a plain literal with no free names). */
function questions(widget: MdxWidget): unknown[] {
  const expression = widget.props.questions;
  if (expression === undefined) throw new Error(`SelfCheck ${widget.props.id} has no questions`);
  return runInNewContext(`(${expression.slice(1, -1)})`, {}) as unknown[];
}

describe('the Spanish edition matches the English one', () => {
  it('has a Spanish file for every English chapter and the notation page', () => {
    expect(PAIRS.filter(({ es }) => !existsSync(es)).map(({ es }) => es)).toEqual([]);
  });

  for (const { en, es } of PAIRS.filter(({ es }) => existsSync(es))) {
    describe(es, () => {
      const english = readFileSync(en, 'utf8');
      const spanish = readFileSync(es, 'utf8');

      it('keeps the chapter number and part', () => {
        expect(frontmatterNumbers(spanish)).toEqual(frontmatterNumbers(english));
      });

      it('has the same widget tags, in the same order, with the same ids and settings', () => {
        expect(mdxWidgets(spanish).map(sharedShape)).toEqual(mdxWidgets(english).map(sharedShape));
      });

      it('runs the same code in its inline code cells (comments and strings aside)', () => {
        const inlineCode = (text: string) =>
          mdxWidgets(text)
            .filter((w) => w.tag === 'CodeCell' && w.props.code?.startsWith('{`'))
            .map((w) => codeWithoutProse(w.props.code ?? ''));
        expect(inlineCode(spanish)).toEqual(inlineCode(english));
      });

      it('shows the same displayed formulas (a decimal comma {,} aside)', () => {
        expect(displayMaths(spanish)).toEqual(displayMaths(english));
      });

      it('writes the words inside its maths in Spanish ($L_{\\text{datos}}$, not $L_{\\text{data}}$)', () => {
        // Abbreviations the two languages write alike (validación / validation).
        const SAME_IN_BOTH = new Set(['val']);
        const words = (text: string) => new Set([...text.matchAll(/\\text\{([^}]*)\}/g)].map((m) => m[1]!));
        const englishWords = words(english);
        expect([...words(spanish)].filter((w) => englishWords.has(w) && !SAME_IN_BOTH.has(w))).toEqual([]);
      });

      it('shows the same code examples (comments and strings aside)', () => {
        const examples = (text: string) => [...text.matchAll(/^```\w*\n([\s\S]*?)^```/gm)].map((m) => codeWithoutProse(m[1]!));
        expect(examples(spanish)).toEqual(examples(english));
      });

      it('asks self-checks with the same answers, tolerances, misconception values and correct choices', () => {
        const keys = (text: string) =>
          mdxWidgets(text)
            .filter((w) => w.tag === 'SelfCheck')
            .map((w) => ({ id: w.props.id, questions: questions(w).map(selfCheckKey) }));
        expect(keys(spanish)).toEqual(keys(english));
      });
    });
  }
});

describe('the comparison itself', () => {
  // Guard the guard: a drift the tests above must catch, made on a copy of a real chapter.
  const english = readFileSync('content/chapters/01-what-is-a-neural-network.mdx', 'utf8');
  const keys = (text: string) =>
    mdxWidgets(text)
      .filter((w) => w.tag === 'SelfCheck')
      .map((w) => questions(w).map(selfCheckKey));

  it('sees a changed answer, misconception value or correct choice', () => {
    expect(keys(english.replace('answer: -0.6,', 'answer: -0.5,'))).not.toEqual(keys(english));
    expect(keys(english.replace('{ value: 2.75,', '{ value: 2.5,'))).not.toEqual(keys(english));
    const moved = english.replace("{ text: 'Exactly what a single linear layer can compute.', correct: true,",
      "{ text: 'Exactly what a single linear layer can compute.',");
    expect(moved).not.toEqual(english);
    expect(keys(moved)).not.toEqual(keys(english));
  });

  it('sees a changed widget id or setting, and ignores a translated title', () => {
    const shapes = (text: string) => mdxWidgets(text).map(sharedShape);
    expect(shapes(english.replace('<Neuron id="neuron"', '<Neuron id="neurona"'))).not.toEqual(shapes(english));
    expect(shapes(english.replace('bias={0.1}', 'bias={0.2}'))).not.toEqual(shapes(english));
    expect(shapes(english.replace('title="A neuron in code"', 'title="Una neurona en código"'))).toEqual(
      shapes(english),
    );
  });

  it('sees a changed formula, and reads a decimal comma as a point', () => {
    expect(displayMaths(english.replace('y &= 3h - 4 = 3(2x + 1) - 4 = 6x - 1', 'y &= 3h - 4 = 6x - 1'))).not.toEqual(
      displayMaths(english),
    );
    expect(displayMaths('$$\n\\sigma(0) = 0{,}5\n$$')).toEqual(displayMaths('$$\n\\sigma(0) = 0.5\n$$'));
  });

  it('finds every widget of a chapter', () => {
    expect(mdxWidgets(english).map((w) => `${w.tag}#${w.props.id ?? ''}`)).toEqual([
      'NeuronComparisonFigure#',
      'Neuron#"neuron"',
      'SelfCheck#"predict-bias"',
      'CodeCell#"neuron-in-code"',
      'CodeCell#"exercise-neuron"',
      'Solution#',
      'SelfCheck#"check-1"',
    ]);
  });
});
