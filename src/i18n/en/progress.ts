// The progress store, the "Your progress" page and the worked solutions (src/classroom/progress/).
import type { RecordProblem } from '../../classroom/progress/format.ts';
export const progress = {
  import: {
    notJson: 'This file is not a progress file: it is not readable JSON (it may be damaged or cut short). Nothing was changed.',
    foreign: 'This file is not an nn101 progress file (it has no "format": "nn101-progress"). Nothing was changed.',
    future: (version: unknown) => `This progress file was written by a newer version of the course (format version ${String(version)}; this page reads version 1). Nothing was changed: open the course where the file was made, or update this copy.`,
    badVersion: 'This progress file has no valid version number. Nothing was changed.',
    damaged: (where: string) => `This progress file is damaged: ${where}. Nothing was changed.`,
    tooLarge: 'This file is too large to be a progress file (over 5 MB). Nothing was changed.',
    imported: (c: { answers: number; widgets: number; cells: number }) => `Imported ${c.answers} answers, ${c.widgets} widget states and ${c.cells} code cells.`,
    /** Where a damaged file is damaged (src/classroom/progress/format.ts). */
    where: {
      sectionMissing: (section: string) => `"${section}" is missing or not a list of records`,
      badId: (section: string) => `"${section}" has an entry with an invalid id`,
      entry: (id: string, section: string, problem: string) => `the entry ${id} in "${section}" ${problem}`,
      savedAt: 'its "savedAt" time is missing or invalid',
      record: (p: RecordProblem): string => {
        switch (p.kind) {
          case 'not-record': return 'is not a record';
          case 'unknown-kind': return 'has an unknown kind';
          case 'no-answer': return 'has no answer text';
          case 'unknown-status': return 'has an unknown status';
          case 'bad-explanation': return 'has an invalid explanation';
          case 'bad-attempts': return 'has an invalid number of attempts';
          case 'bad-time': return 'has an invalid time';
          case 'no-state': return 'has no state text';
          case 'bad-results': return 'has invalid results';
          case 'bad-result': return `has an invalid result "${p.name}"`;
          case 'no-code': return 'has no code';
          case 'bad-pass': return 'has an invalid pass mark';
        }
      },
    },
  },
  notSaved: 'Your browser does not let this page save your work (private browsing or full storage): answers are kept until you close the page, then lost. Use "Export" on the Your progress page to keep them.',
  savedElsewhere: 'Your progress changed in another tab; this page shows the latest.',
  prediction: {
    kept: (choice: string, right: boolean) => `Your last prediction here: “${choice}”. It was ${right ? 'right' : 'not right'}. Predict again before the next run.`,
  },
  playground: {
    kept: 'Your last set-up in this playground is kept in this browser.',
    bringBack: 'Bring back my last set-up',
  },
  solution: {
    summary: 'Worked solution',
    locked: 'The worked solution opens after your first attempt.',
    teacher: 'Teacher view: all worked solutions are shown.',
    loadCode: 'Load the solution into the cell',
    cellKept: (passed: boolean): string => passed ? 'Last time you ran this exercise, its check passed.' : 'Last time you ran this exercise, its check did not pass yet.',
    loaded: 'The solution is in the cell. Your code is one click away: press “Bring back my code”.',
  },
  page: {
    title: 'Your progress · nn101',
    description: 'What this browser keeps of your work in the course: answers, predictions, code cells and widgets, chapter by chapter; export, import or erase it.',
    heading: 'Your progress',
    intro: 'Your answers, predictions, code and widget settings are kept in this browser only: nothing is sent anywhere. Export them to a file to move to another device or to keep a copy.',
    noScript: 'This page needs JavaScript to read what your browser kept.',
    filesHeading: 'Move, keep or erase your work',
    filesIntro: 'An exported file holds everything listed below. Importing one adds it to what this browser has (the newer answer wins); a file that is damaged, from something else or from a newer course changes nothing.',
    backToContents: 'Back to the contents',
    loaded: (c: { answers: number; widgets: number; cells: number }) => `This browser keeps ${c.answers} answers, ${c.widgets} widget states and ${c.cells} code cells.`,
    item: {
      question: (block: string, n: string) => `Self-check “${block}”, question ${n}`,
      prediction: (widget: string) => `Prediction in “${widget}”`,
      cell: (cell: string) => `Code cell “${cell}”`,
      widget: (widget: string) => `Widget “${widget}”`,
    },
    predictions: (answered: number, correct: number) => `Predictions: ${answered} made, ${correct} right`,
    questionsNoTotal: (answered: number, correct: number) => `Questions: ${answered} answered, ${correct} correct`,
    cellsWithExercises: (passed: number, exercises: number, saved: number) => `Exercise cells: ${passed} of ${exercises} passed; ${saved} cells with your code`,
    readFailed: 'The file could not be read. Nothing was changed.',
    oneFile: 'Drop one progress file at a time.',
    export: 'Export progress to a file',
    /** The exported file's name; `date` is the day, as 2026-12-05. */
    fileName: (date: string) => `nn101-progress-${date}.json`,
    import: 'Import progress from a file',
    dropHint: 'or drop a progress file here',
    erase: 'Erase all progress…',
    eraseConfirm: 'Erase every saved answer, widget state and cell code in this browser? This cannot be undone; export first if you may want it back.',
    eraseYes: 'Yes, erase everything',
    eraseNo: 'Cancel',
    erased: 'All progress in this browser was erased.',
    exported: (name: string) => `Saved as ${name}.`,
    nothingYet: 'Nothing yet.',
    questions: (answered: number, correct: number, total: number) => `Questions: ${answered} of ${total} answered, ${correct} correct`,
    cells: (passed: number, run: number) => `Code cells: ${run} saved, ${passed} passed`,
    widgets: (used: number) => `Widgets used: ${used}`,
    correct: 'correct',
    wrong: 'not yet right',
    passed: 'passed',
    notPassed: 'not passed yet',
    saved: 'saved',
    used: 'used',
    notPersistent: 'This browser refuses to save: what you see lives only in this tab.',
    chapterSummary: 'Your work by chapter',
  },
};
