// The teacher guides' page chrome (src/pages/teach/index.astro and [id].astro): headings, labels, the
// explanation of how times are measured, the widgets' prediction questions as a guide names them, and the
// words of the measurements (src/guides/activity-timings.json). The guides' own content is MDX in each
// language (content/guides/, content/<lang>/guides/).
export const guides = {
  /** The footer's link to /teach/. */
  footerLink: 'For teachers',
  index: {
    title: 'For teachers · nn101',
    description: 'Teacher guides for every chapter of nn101, with measured times, misconceptions and a 45-minute lesson plan; the assignment builder and the class view.',
    heading: 'For teachers',
    howHeading: 'How a class runs with the course',
    /** One paragraph, prepare → hand a link → collect → class view → print; the links are put in by the page. */
    how: {
      prepare: 'Prepare with a chapter’s guide below (objectives, times, the misconceptions its exercises catch, a 45-minute plan), then pick its questions and challenges in the',
      builder: 'assignment builder',
      link: ', which gives you one link. Hand that link to the class (an LMS post, a QR code on the board): each learner types a name once, works in their own browser and downloads a hand-in file or copies a text code; nothing goes to a server. Collect the files as you collect any homework, and drop them all at once into the',
      classView: 'class view',
      after: ', which shows who passed what, the class’s results in charts and the most common misconceptions, and replays any learner’s run. To give out paper, print a chapter or a guide: the page prints as a handout, each widget as a picture with a QR code back to it.',
    },
    guidesHeading: 'Teacher guides, one per chapter',
    guideLine: (reading: number, plan: number) => `Reading about ${reading} min · lesson plan ${plan} min`,
    toolsHeading: 'Tools',
    builderLink: 'Make an assignment',
    classViewLink: 'Open the class view',
    glossaryLink: 'Glossary of the course’s terms',
    progressLink: 'Your progress (what this browser kept)',
  },
  guide: {
    title: (label: string, title: string) => `Teacher guide: ${label}. ${title} · nn101`,
    description: (title: string) => `Teacher guide for “${title}”: objectives, prerequisites, measured times, misconceptions and how to address them, discussion prompts and a 45-minute lesson plan.`,
    kicker: 'Teacher guide for chapter',
    links: 'For this chapter',
    openChapter: 'Open the chapter',
    assign: 'Make an assignment from this chapter',
    allGuides: 'All teacher guides',
    objectives: 'Learning objectives',
    objectivesLead: 'After the chapter, a learner…',
    prerequisites: 'Prerequisites',
    chapterLink: (label: string) => `chapter ${label}`,
    time: 'Time',
    reading: (words: string, rate: number, minutes: number) => `Reading: ${words} words at ${rate} words a minute, about ${minutes} min.`,
    activitiesCaption: 'Activities, each timed from its measured run time and its interactions',
    columns: { activity: 'Activity', run: 'Run time (measured)', interactions: 'Interactions', minutes: 'Minutes' },
    noRun: 'nothing to wait for',
    seconds: (s: string) => `${s} s`,
    runsOf: (runs: number, s: string) => `${runs} × ${s} s`,
    open: 'open in the chapter',
    howMeasured: 'How these times are measured',
    /** `source` is the study the rate comes from, in its own language (the page marks it so). */
    readingMethod: (rate: number, source: string) => `Reading time is the chapter’s words (prose and maths; not code, widget settings or page markup), counted when the site is built, divided by ${rate} words a minute. Brysbaert (2019, ${source}) puts adults’ silent reading of English non-fiction at about 238 words a minute; we plan on ${rate}, about a sixth slower, because these chapters are technical, with formulas and figures a reader stops to follow. The chapter page shows the same estimate.`,
    activityMethod: (perInteraction: number, date: string, machine: string, method: string) => `An activity’s minutes are its measured run time plus ${perInteraction} min for each interaction (one decision by the learner, such as a prediction, a setting or a line of code, and reading what came of it), rounded up. The run times were measured on ${date} in a real browser on ${machine}: ${method}. The allowance per interaction is a planning figure, not a measurement: adjust it to your class.`,
    misconceptions: 'Misconceptions the exercises detect',
    misconceptionsLead: 'Each wrong answer below is one that a question or widget of the chapter recognises and names to the learner; the class view counts them across a class.',
    detectedBy: 'Detected by',
    address: 'How to address it:',
    prompts: 'Discussion prompts',
    plan: 'A 45-minute lesson plan',
    planCaption: (total: number) => `Timed blocks adding up to ${total} minutes`,
    planColumns: { when: 'Minutes', what: 'What the class does', length: 'Length', source: 'Timed by' },
    span: (from: number, to: number) => `${from}–${to}`,
    minutes: (m: number) => `${m} min`,
    sources: { activity: 'measured activity', reading: 'reading estimate', stated: 'stated', rest: 'rest of the lesson' },
    newTerms: 'Terms this chapter introduces',
    newTermsLead: 'First used in the course in this chapter; each links to its definition.',
    noNewTerms: 'This chapter introduces no term of the glossary: it uses the ones earlier chapters introduced.',
    notes: 'Notes',
  },
  /** The predict-then-run question of each widget, shortened, as a guide's misconceptions name it (src/guides/widget-predictions.ts). */
  predictions: {
    sizeMatters: 'Which network will be right on its training points but wrong on new points?',
    crossEntropyRace: 'Which run gets its output past 0.5 first?',
    vanishingGradients: 'How does the gradient at layer 1 compare with the one at the last hidden layer?',
    optimizerSurface: 'Which optimiser gets the loss below the target first?',
    regularizationLab: 'Will the test loss with regularization end lower, the same or higher?',
    backprop: 'After the first update, which way will the weight move?',
    digitPad: 'What do the hidden units’ weights look like, drawn as pictures?',
  },
  /**
   * The measurements of src/guides/activity-timings.json in this language. scripts/measure-activities.ts
   * writes them in English, so English takes the file's own words; another language words each one
   * (by its key) and the machine and method lines (src/guides/guides.test.ts checks every key is worded).
   */
  measurement: {
    what: {} as Record<string, string>,
    machine: (recorded: string) => recorded,
    method: (recorded: string) => recorded,
  },
};
