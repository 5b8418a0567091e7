// The shape every language's catalogue must have: the English catalogue's, with each string widened to
// `string` (so a translation can say something else) and each message function keeping its parameters.
// A language typed as Catalogue that leaves out a key, adds one, or gives a function the wrong
// parameters fails `npm run typecheck` (tests/unit/catalogue-types.test.ts checks that it does).
import type { en } from './en/index.ts';

export type Catalogue = typeof en;
