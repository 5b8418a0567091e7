// The browser half of build-time KaTeX (see math.ts): updates the numbers marked with \slot{name}{…}.
// Kept apart from math.ts so that a widget script importing it does not bundle KaTeX itself (~75 KB gzip):
// KaTeX does not declare itself free of side effects, so importing math.ts in the browser would pull it in.

/** In the browser: sets the text of every slot called `name` inside `root`. */
export function setSlot(root: ParentNode, name: string, text: string): void {
  for (const el of root.querySelectorAll<HTMLElement>(`[data-slot="${name}"]`)) {
    // KaTeX nests the content; replace the whole inner text so the number reads as one token.
    if (el.textContent !== text) el.textContent = text;
  }
}
