// Every sentence the learner's assignment page and the hand-in reader show, in one place for the Spanish
// edition (issue 13).
import { quoteValue } from '../../state/url-state.ts';

export const HAND_IN_STRINGS = {
  empty: 'This file is empty.',
  tooLarge: 'This file is too large to be a hand-in (over 1 MB).',
  notJson: 'This is not a hand-in: it is neither a hand-in file (JSON) nor a text code starting “NN101-HANDIN-”. It may be cut short or be another file.',
  foreign: 'This is not an nn101 hand-in (it has no "format": "nn101-hand-in").',
  futureCode: 'This text code was made by a newer version of the course; open the class view of that version.',
  codeCut: 'This text code was cut or changed: it does not unpack. Ask the learner to copy the whole code again.',
  future: (version: number) => `This hand-in was made by a newer version of the course (format ${version}; this page reads format 1).`,
  damaged: (where: string) => `This hand-in is damaged: ${where}.`,
  where: {
    version: 'its format version is not a whole number',
    assignment: 'its assignment is not one the course makes',
    name: 'the learner’s name is missing or too long',
    seed: 'the learner’s seed is not a whole number from 0 to 4294967295',
    createdAt: 'its date is not a date',
    sections: 'its answers, cells or challenges are missing',
    answer: (id: string) => `the answer to ${quoteValue(id)} is not an answer the course records`,
    cell: (id: string) => `the code cell ${quoteValue(id)} is not one the course records`,
    challenge: (id: string) => `the challenge run ${quoteValue(id)} is not one the course records`,
    checksum: 'its checksum is missing',
  },
  flags: {
    checksum: 'Edited after it was made: its checksum does not match its contents.',
    seed: 'The learner’s seed does not belong to this name and class code.',
    passed: (title: string) => `Marked passed but the recorded run does not meet the goal: ${quoteValue(title)}.`,
  },
};
