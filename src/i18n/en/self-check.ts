// The self-check (components/SelfCheck/): its buttons and verdicts. The questions are the chapter's.
export const selfCheck = {
  correct: 'Correct.',
  wrong: 'Not quite.',
  pickFirst: 'Pick one of the answers first.',
  typeFirst: 'Type a number first, for example 0.25.',
  /** After a wrong number that matches no known misconception. */
  tryAgain: 'Check your working and try again. “Show the answer” below works it through.',
  yourAnswer: 'Your answer',
  check: 'Check',
  showAnswer: 'Show the answer',
};
