// The browser half of build-time KaTeX (see math.ts): widget scripts import setSlot from here, never from
// math.ts, because math.ts imports KaTeX itself and a script that imports it bundles all of KaTeX
// (~230 KB) into the page.

/** In the browser: sets the text of every slot called `name` inside `root`. */
export function setSlot(root: ParentNode, name: string, text: string): void {
  for (const el of root.querySelectorAll<HTMLElement>(`[data-slot="${name}"]`)) {
    // KaTeX nests the content; replace the whole inner text so the number reads as one token.
    if (el.textContent !== text) el.textContent = text;
  }
}
