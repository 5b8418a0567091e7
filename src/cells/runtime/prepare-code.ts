// Turns the reader's TypeScript (or plain JavaScript) into the JavaScript a cell's Worker runs:
// 1. sucrase strips the types (it keeps every line where it was, so error lines need no source map);
// 2. a loop guard is put at the top of every loop body and function body: a call `__tick(line)` that
//    counts, notices when the code has run for seconds without pausing, and throws with that line (the
//    Worker's clock lives in runtime-guard.ts). The guard goes on the same line, so lines stay put;
// 3. module syntax (import, export, import.meta, dynamic import()) is refused with its line: a cell's
//    code reaches only the globals it is given, and import() would fetch from anywhere.
// Runs on the page when a cell runs (a few ms; it shares @lezer/javascript with the editor); the code it
// returns only ever runs in the cell's Worker. Pure: text in, text out.
import { parser } from '@lezer/javascript';
import type { SyntaxNode } from '@lezer/common';
import { transform } from 'sucrase';

/** The loop guard's name in the prepared code (the Worker passes a function by this name). */
export const TICK = '__nn101_tick';

/**
 * A refusal: the parser's own message (`problem: 'syntax'`, in its English words; runner.ts words it in the
 * page's language with js-messages.ts, like JavaScript's own error messages), or module syntax the cell refuses (`problem: 'module'`, `message` is the construct,
 * e.g. "import()", which the page words in its language).
 */
export type Prepared = { ok: true; code: string } | { ok: false; problem: 'syntax' | 'module'; message: string; line?: number };

const LOOPS = new Set(['ForStatement', 'WhileStatement', 'DoStatement']);
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunction', 'MethodDeclaration', 'Property']);
const MODULE_SYNTAX: Record<string, string> = {
  ImportDeclaration: 'import',
  DynamicImport: 'import()',
  ImportMeta: 'import.meta',
  ExportDeclaration: 'export',
};

export function prepareCode(source: string): Prepared {
  let js: string;
  try {
    js = transform(source, { transforms: ['typescript'], disableESTransforms: true, production: true, keepUnusedImports: true }).code;
  } catch (e) {
    return syntaxProblem(e);
  }
  return instrument(js);
}

/** sucrase reports "Unexpected token (3:7)": keep the words, give the line separately. */
function syntaxProblem(e: unknown): Prepared {
  const text = e instanceof Error ? e.message : String(e);
  const at = /\((\d+):(\d+)\)\s*$/.exec(text);
  const words = text.replace(/\s*\(\d+:\d+\)\s*$/, '');
  return at ? { ok: false, problem: 'syntax', message: words, line: Number(at[1]) } : { ok: false, problem: 'syntax', message: words };
}

interface Insertion { at: number; text: string; order: number }

/** Adds the loop guard to loops and functions of plain JavaScript; refuses module syntax. */
export function instrument(js: string): Prepared {
  const tree = parser.parse(js);
  const lineStarts = [0];
  for (let i = 0; i < js.length; i++) if (js.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (pos: number) => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid]! <= pos) lo = mid; else hi = mid - 1; }
    return lo + 1;
  };
  const inserts: Insertion[] = [];
  let refused: Prepared | null = null;
  const guard = (line: number) => `${TICK}(${line});`;
  const guardBody = (body: SyntaxNode | null, line: number) => {
    if (!body) return;
    if (body.name === 'Block') inserts.push({ at: body.from + 1, text: guard(line), order: 0 });
    else {
      inserts.push({ at: body.from, text: `{${guard(line)}`, order: 1 });
      inserts.push({ at: body.to, text: '}', order: -1 });
    }
  };
  tree.iterate({
    enter(ref) {
      if (refused) return false;
      const name = ref.name;
      if (name in MODULE_SYNTAX) {
        refused = { ok: false, problem: 'module', line: lineOf(ref.from), message: MODULE_SYNTAX[name]! };
        return false;
      }
      const node = ref.node;
      if (LOOPS.has(name)) {
        const line = lineOf(ref.from);
        guardBody(name === 'DoStatement' ? node.firstChild?.nextSibling ?? null : node.lastChild, line);
      } else if (FUNCTIONS.has(name)) {
        const line = lineOf(ref.from);
        const block = node.getChild('Block');
        if (block) guardBody(block, line);
        else if (name === 'ArrowFunction') {
          // An expression body: `x => x * 2` becomes `x => (tick, x * 2)`, still one expression.
          const body = node.lastChild;
          if (body && body.name !== 'Arrow') {
            inserts.push({ at: body.from, text: `(${TICK}(${line}), `, order: 1 });
            inserts.push({ at: body.to, text: ')', order: -1 });
          }
        }
      }
      return true;
    },
  });
  if (refused) return refused;
  // Apply from the end so earlier positions stay valid; at one position, closing text goes before opening.
  inserts.sort((a, b) => b.at - a.at || b.order - a.order);
  let code = js;
  for (const ins of inserts) code = code.slice(0, ins.at) + ins.text + code.slice(ins.at);
  return { ok: true, code };
}
