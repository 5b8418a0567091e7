// Why something failed, in the words the pad shows. A problem with an .onnx file is an OnnxError, whose
// code the catalogue words in the page's language. Anything else (ONNX Runtime refusing a model, the
// browser's own network errors) comes from outside the course in English: its first line, capped, is
// shown as it is but marked lang="en", so a screen reader reads it as English inside the Spanish sentence
// (and the language check knows it is quoted, not ours).
import { OnnxError } from '../../src/onnx/problem.ts';
import { digitPadStrings } from '../../src/i18n/index.ts';
import { el } from '../../src/ui/dom.ts';

/** Stands for the reason while the sentence around it is written. */
const SLOT = '\u0001';

/** An error whose message is already in the page's words (from the catalogue). */
export class WordedError extends Error {}

export function reasonOf(error: unknown): { text: string; external: boolean } {
  if (error instanceof OnnxError) return { text: digitPadStrings().onnx(error.problem), external: false };
  if (error instanceof WordedError) return { text: error.message, external: false };
  const text = String((error as Error)?.message ?? error).split('\n')[0].trim();
  return { text: text.length > 240 ? `${text.slice(0, 240)}…` : text, external: true };
}

/** Fills `element` with `sentence(reason)`, the reason in its own language. */
export function showReason(element: HTMLElement, sentence: (reason: string) => string, error: unknown): void {
  const reason = reasonOf(error);
  if (!reason.external) { element.textContent = sentence(reason.text); return; }
  const [before, after = ''] = sentence(SLOT).split(SLOT);
  element.replaceChildren(before, el('span', { lang: 'en' }, reason.text), after);
}
