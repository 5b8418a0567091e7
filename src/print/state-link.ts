// The link a printed widget's QR code carries: back to that widget as it was printed.
//  - a widget whose state lives in the page's URL fragment (the playground) → the page's current address;
//  - a widget that can describe its state sets data-print-link on its root (an absolute or relative URL);
//  - any other widget → the chapter's address with the widget's anchor (its id, else the heading above it).
export interface LinkSource {
  /** The page address, e.g. location.href. */
  href: string;
  /** The widget root's id, or '' (then `headingId` is used). */
  id: string;
  /** The id of the nearest heading before the widget, or ''. */
  headingId: string;
  /** data-print-link, if the widget sets one. */
  printLink: string | null;
  /** Whether the widget keeps its state in the page's URL fragment. */
  stateInFragment: boolean;
}

export function widgetStateLink(source: LinkSource): string {
  const page = new URL(source.href);
  if (source.printLink) return new URL(source.printLink, page).href;
  if (source.stateInFragment && page.hash.length > 1) return page.href;
  page.hash = source.id || source.headingId;
  return page.href;
}
