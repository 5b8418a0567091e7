// What counts as one widget on a chapter page: the outer element each component renders. Components built
// on TrainingWidgetFrame and most others carry class "widget"; the rest are listed here by their root. Used
// by the handout printer (one picture, QR code and link per widget) and by the tests that read the prose.
export const WIDGET_ROOTS = '.widget, .backprop, .digit-pad, [data-playground], .self-check, figure.figure';

/** The outermost widget roots in `root`, in document order (a widget inside a widget is part of it). */
export function widgetRoots(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(WIDGET_ROOTS)].filter((el) => !el.parentElement?.closest(WIDGET_ROOTS));
}
