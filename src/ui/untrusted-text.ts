// Text that came from outside the course (a link, a file, a file name, a teacher's task text) is shown
// as text, never HTML (see the callers), and also made safe for bidirectional display: the explicit
// embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are shown as visible tags, so
// "x\u202Evsc.exe" can no longer pose as "x.exe…" or turn a whole message around; and the text is
// isolated (FSI … PDI, the plain-text form of <bdi>), so right-to-left letters in it cannot reorder the
// words around it. The implicit marks (LRM, RLM, ALM) stay: they cannot reverse text, and RTL writers
// use them legitimately. Pure functions; the one DOM helper creates a <bdi>.

/** The explicit directional formatting characters, by code point. */
const CONTROL_NAMES: Record<number, string> = {
  0x202a: 'LRE', 0x202b: 'RLE', 0x202c: 'PDF', 0x202d: 'LRO', 0x202e: 'RLO',
  0x2066: 'LRI', 0x2067: 'RLI', 0x2068: 'FSI', 0x2069: 'PDI',
};
const CONTROLS_RE = /[\u202a-\u202e\u2066-\u2069]/g;
/** Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, …) and the marks RLM/ALM. */
const RTL_RE = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u061c]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]/;
const FSI = '\u2068';
const PDI = '\u2069';

/** Replaces each explicit bidi control by a visible tag such as "[RLO]". */
export function showBidiControls(text: string): string {
  return text.replace(CONTROLS_RE, (c) => `[${CONTROL_NAMES[c.charCodeAt(0)]}]`);
}

/**
 * Untrusted text ready to put inside a sentence: controls made visible and, when the text has any
 * right-to-left letter, wrapped in an isolate so the sentence around it keeps its order. Plain LTR text
 * comes back unchanged (so messages stay easy to read, copy and test).
 */
export function isolateText(text: string): string {
  const shown = showBidiControls(text);
  return RTL_RE.test(shown) ? FSI + shown + PDI : shown;
}

/** A <bdi> element holding untrusted text (controls made visible): for text that stands on its own. */
export function isolatedElement(text: string): HTMLElement {
  const bdi = document.createElement('bdi');
  bdi.textContent = showBidiControls(text);
  return bdi;
}
