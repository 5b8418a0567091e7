// Reader-facing text of the glossary page (src/pages/glossary.astro) and the term links.
export const glossaryStrings = {
  pageTitle: 'Glossary · nn101',
  heading: 'Glossary',
  description: 'Every term of the nn101 course with a short definition, and the chapter where it is first used.',
  intro: 'Every term the course uses, in alphabetical order, with a short definition in the course\'s notation. In each chapter, the first use of a term links here.',
  firstUsed: 'First used in',
  notUsedYet: 'Not yet used in a chapter.',
  chapterLink: (label: string, title: string) => `Chapter ${label}. ${title}`,
  notationLink: 'The symbols are explained on the Notation page.',
  backToContents: 'Back to the contents',
};
