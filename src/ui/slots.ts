// Browser side of build-time KaTeX slots (see math.ts): kept apart from math.ts so a widget script that
// updates numbers does not pull KaTeX itself (~260 KB) into the page bundle.

/** In the browser: sets the text of every slot called `name` inside `root`. */
export function setSlot(root: ParentNode, name: string, text: string): void {
  for (const el of root.querySelectorAll<HTMLElement>(`[data-slot="${name}"]`)) {
    // KaTeX nests the content; replace the whole inner text so the number reads as one token.
    if (el.textContent !== text) el.textContent = text;
  }
}
