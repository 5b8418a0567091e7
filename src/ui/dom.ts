// The one DOM builder every widget uses: el('button', { type: 'button', class: 'x', onclick }, 'Train'),
// and svgEl('circle', { cx: 4, cy: 4, r: 2 }) for drawings. Attributes are set as attributes (so `class`,
// `for`, `aria-*` and `data-*` all work the same way); a function under an `on…` name becomes an event
// listener; `true` sets an empty attribute; `false`, null and undefined set nothing. DOM property names
// work too for HTML (className, htmlFor, tabIndex, textContent: a camelCase name the element has is set as
// that property), so code written either way builds the same element; SVG names are always attributes. Text children are always text nodes,
// never parsed as HTML, so values from a link or a file stay inert.

export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | undefined | null | EventListener | ((e: never) => void)>;

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Property names whose attribute is spelt differently. */
const ATTRIBUTE_OF: Record<string, string> = { className: 'class', htmlFor: 'for' };

function build<E extends Element>(node: E, attrs: Attrs, children: Child[]): E {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value as EventListener);
    else if (name in ATTRIBUTE_OF) node.setAttribute(ATTRIBUTE_OF[name]!, String(value));
    // (HTML only: SVG's own attribute names are camelCase too, viewBox, and its properties read-only.)
    else if (node instanceof HTMLElement && /[A-Z]/.test(name) && name in node) (node as unknown as Record<string, unknown>)[name] = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'object' ? child : String(child));
  }
  return node;
}

/** An HTML element with attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element with attributes and children (text children become its text). */
export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

let counter = 0;
/** A unique element id with a readable prefix (for label/for and aria-describedby pairs). */
export const uid = (prefix: string) => `${prefix}-${++counter}`;

/**
 * Disables or enables a control. A control that had the keyboard focus and is now disabled hands it to `heir`
 * (if `heir` can take it). Since Chromium 150 a focused control that is disabled drops the focus to the page's
 * body at once: nothing shows a keyboard reader where they are, and a screen reader announces the whole page.
 */
export function setDisabled(control: HTMLButtonElement | HTMLInputElement | HTMLSelectElement, disabled: boolean, heir?: HTMLElement | null): void {
  const hadFocus = document.activeElement === control;
  control.disabled = disabled;
  if (disabled && hadFocus && heir && !(heir as Partial<HTMLButtonElement>).disabled) heir.focus();
}

/**
 * Marks a button busy, or no longer busy. A busy button says it is unavailable (`aria-disabled`, styled as
 * disabled) and its click handler ignores presses (`isBusy`), but unlike a disabled one it keeps the keyboard
 * focus: a button that is busy while its own work runs, then back, would otherwise drop the reader to the
 * page's body every time it is pressed (see setDisabled).
 */
export function setBusy(button: HTMLButtonElement, busy: boolean): void {
  if (busy) button.setAttribute('aria-disabled', 'true');
  else button.removeAttribute('aria-disabled');
}

/** Whether a button is busy (setBusy): its click handler should ignore the press. */
export const isBusy = (button: HTMLElement): boolean => button.getAttribute('aria-disabled') === 'true';
