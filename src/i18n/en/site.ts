// The course frame (src/layouts/, src/pages/): header, footer, navigation, page titles and descriptions.
export const site = {
  name: 'nn101',
  description: 'nn101: learn how neural networks work by running them.',
  skipLink: 'Skip to content',
  home: 'nn101 home',
  courseNav: 'Course',
  contents: 'Contents',
  largeText: 'Large text',
  largeTextNotSaved: 'Large text applies to this page only: this browser does not let the course save settings, so other pages open in normal text.',
  footer: 'nn101: an interactive course on how neural networks work. Everything runs in your browser.',
  backToContents: 'Back to the contents',
  availableOffline: 'Available offline',
  /** The language switch: its label, and where it leads when the page has no translation yet. */
  languages: 'Language',
  /** Read out after the language's name when the switch leads to the contents (said in that language). */
  notTranslatedYet: '(contents: this page is not in English yet)',
  contentsPage: {
    title: 'nn101: how neural networks work',
    heading: 'How neural networks work',
    lede: 'An interactive course. Every idea comes with something to run in the page: set a neuron\'s weights, build a network, train it, break it and fix it. It all runs in your browser, and it reads well on a projector too (try the <strong>Large text</strong> switch at the top).',
    chapterLabel: (label: string) => `Chapter ${label}: `,
    minutes: (minutes: number) => `About ${minutes} min.`,
    notationLine: 'The symbols and words every chapter uses (the loss, an epoch, a step, a batch …) are on one page:',
    noChapters: 'No chapter is written in this language yet.',
  },
  chapter: {
    kicker: 'Chapter',
    minutes: (minutes: number) => `About ${minutes} min of reading, plus time to try things.`,
    onThisPage: 'On this page',
    notationLink: 'Every symbol and training word of the course is on the',
    notationLinkAfter: ' page.',
    neighbours: 'Previous and next chapter',
    previous: 'Previous',
    next: 'Next',
    end: 'End of the course',
  },
  notation: {
    title: 'Notation',
    description: 'The symbols and words every chapter and widget of the course uses: data, network, loss, gradient, epoch, batch and step.',
  },
};
