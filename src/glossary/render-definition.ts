// A glossary text as HTML (build time): maths between single dollars typeset by KaTeX, and a word of another
// language written {en:weight decay} marked as such (<span lang="en">), so a screen reader pronounces it in
// its own language and the page's one-language check knows it is meant (the Spanish glossary gives the
// English term readers meet in other material, as the Spanish chapters do with <em lang="en">).
import { renderTextWithMath } from '../ui/math.ts';
import { isLang } from '../i18n/lang.ts';

const FOREIGN = /\{([a-z]{2}):([^{}]+)\}/g;
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderGlossaryText(text: string): string {
  let html = '';
  let at = 0;
  for (const m of text.matchAll(FOREIGN)) {
    const [whole, lang, words] = m as unknown as [string, string, string];
    if (!isLang(lang)) continue;
    html += renderTextWithMath(text.slice(at, m.index)) + `<span lang="${lang}">${escapeHtml(words)}</span>`;
    at = m.index + whole.length;
  }
  return html + renderTextWithMath(text.slice(at));
}

/** The text without its language marks ("abandono ({en:dropout})" → "abandono (dropout)"), for sorting and matching. */
export const plainGlossaryText = (text: string): string => text.replace(FOREIGN, (_, _lang: string, words: string) => words);
