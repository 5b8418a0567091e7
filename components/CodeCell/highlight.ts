// Build-time syntax colours for a cell's code, so the page shows highlighted code before (or without)
// JavaScript. Uses the same parser (@lezer/javascript, TypeScript dialect) and the same class names
// (`tok-keyword`, `tok-string`, … from classHighlighter) as the live editor, so one stylesheet colours both.
import { highlightCode, classHighlighter } from '@lezer/highlight';
import { parser } from '@lezer/javascript';

const tsParser = parser.configure({ dialect: 'ts' });

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The code as HTML: text escaped, tokens wrapped in <span class="tok-…">. */
export function highlightToHtml(code: string): string {
  let html = '';
  highlightCode(code, tsParser.parse(code), classHighlighter,
    (text, classes) => { html += classes ? `<span class="${classes}">${escapeHtml(text)}</span>` : escapeHtml(text); },
    () => { html += '\n'; });
  return html;
}
