// Reads the widget tags of an MDX chapter without compiling it: enough to compare two editions of a
// chapter (tests/unit/es-chapters.test.ts). Widgets are written one per line in the chapters, starting
// the line with `<Name`; fenced code blocks are skipped, so `<Value>` in an example is not a widget.

export interface MdxWidget {
  tag: string;
  /** Each prop's source text: `"…"` for a string, `{…}` for an expression, `true` for a bare prop. */
  props: Record<string, string>;
}

/** The end (exclusive) of a quoted string or template literal that starts at `start`. */
function endOfString(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** The end (exclusive) of a `{…}` expression that starts at `start`, skipping braces inside strings. */
function endOfExpression(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      i = endOfString(text, i);
      continue;
    }
    if (c === '{') depth++;
    if (c === '}' && --depth === 0) return i + 1;
    i++;
  }
  throw new Error(`Unclosed { at ${start}`);
}

function withoutFencedCode(text: string): string {
  return text.replace(/^```[^\n]*\n[\s\S]*?^```/gm, (block) => block.replace(/[^\n]/g, ' '));
}

export function mdxWidgets(mdx: string): MdxWidget[] {
  const text = withoutFencedCode(mdx);
  const widgets: MdxWidget[] = [];
  const tagStart = /^[ \t]*<([A-Z][A-Za-z0-9]*)/gm;
  for (let match = tagStart.exec(text); match; match = tagStart.exec(text)) {
    const props: Record<string, string> = {};
    let i = match.index + match[0].length;
    for (;;) {
      while (/\s/.test(text[i] ?? '')) i++;
      if (text.startsWith('/>', i) || text[i] === '>' || i >= text.length) break;
      const name = /^[A-Za-z_][\w-]*/.exec(text.slice(i))?.[0];
      if (!name) throw new Error(`Cannot read a prop of <${match[1]}> at ${i}: ${text.slice(i, i + 40)}`);
      i += name.length;
      if (text[i] !== '=') {
        props[name] = 'true';
        continue;
      }
      i++;
      const end = text[i] === '{' ? endOfExpression(text, i) : endOfString(text, i);
      props[name] = text.slice(i, end);
      i = end;
    }
    widgets.push({ tag: match[1]!, props });
    tagStart.lastIndex = i;
  }
  return widgets;
}

/** What makes a SelfCheck question the same exercise in any language: everything but its words. */
export function selfCheckKey(question: unknown) {
  const q = question as {
    answer?: number;
    tolerance?: number;
    misconceptions?: { value: number }[];
    choices?: { correct?: boolean }[];
  };
  return {
    answer: q.answer,
    tolerance: q.tolerance,
    misconceptionValues: q.misconceptions?.map((m) => m.value),
    correctChoices: q.choices?.map((c) => c.correct === true),
  };
}

/** The chapter's `number` and `part` from its front-matter (the order of the course). */
export function frontmatterNumbers(mdx: string): { number?: string; part?: string } {
  const front = /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(front)?.[1]?.trim();
  return { number: field('number'), part: field('part') };
}

/**
 * A program without its comments and with every string emptied: what must be the same in both editions of
 * a code cell, whose comments and printed messages are written in each language.
 */
export function codeWithoutProse(code: string): string {
  return code
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, (token) =>
      token.startsWith('/') ? '' : token[0]!.repeat(2),
    )
    .replace(/\s+/g, ' ')
    .trim();
}
