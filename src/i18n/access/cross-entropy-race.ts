import { crossEntropyRace as en } from '../en/cross-entropy-race.ts';
import { crossEntropyRace as es } from '../es/cross-entropy-race.ts';
import { pick } from '../pick.ts';

export const crossEntropyRaceStrings = /* @__PURE__ */ pick<'crossEntropyRace'>({ en, es });
