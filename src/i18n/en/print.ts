// Reader-facing text of printed handouts (src/print/).
export const print = {
  /** Beside each widget's QR code. */
  openLink: 'Scan or type this link to open this widget as printed:',
  qrLabel: (title: string) => `QR code: a link back to “${title}” as printed`,
  widgetFallbackTitle: 'Interactive widget',
  /** The print button in a chapter's or guide's header. */
  printButton: 'Print a handout',
  printHint: 'Prints without the page’s navigation and controls; each widget prints as it is now, with a QR code back to it.',
  answerSpace: 'Your answer and why:',
};
