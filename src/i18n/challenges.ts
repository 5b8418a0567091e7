// The accessor for the playground challenges' module, on its own (see ./classroom.ts for why not in
// ./index.ts): the playground loads it with its challenge runs, without the rest of the classroom's words.
import { pick } from './index.ts';
import { challenges as enChallenges } from './en/challenges.ts';
import { challenges as esChallenges } from './es/challenges.ts';

export const challengesStrings = /* @__PURE__ */ pick<'challenges'>({ en: enChallenges, es: esChallenges });
