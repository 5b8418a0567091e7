// Every sentence the class view shows, in one place for the Spanish edition (issue 13).
import { quoteValue } from '../../state/url-state.ts';

export const CLASS_VIEW_STRINGS = {
  twicePrefix: 'Handed in more than once',
  twice: (other: string) => `Handed in more than once: this is the later hand-in (the other was ${quoteValue(other)}).`,
  otherAssignment: (title: string) => `For another assignment than most of the class’s: ${quoteValue(title)}.`,
  wrongAnswer: (answer: string) => `answered ${quoteValue(answer)}`,
  csv: {
    columns: ['name', 'seed', 'questions', 'attempted', 'correct', 'challenges passed', 'challenges'],
    challengeColumns: (id: string) => [`${id} passed`, `${id} test loss`, `${id} test accuracy`, `${id} epochs`],
    flags: 'flags',
    yes: 'yes',
    no: 'no',
  },
};
