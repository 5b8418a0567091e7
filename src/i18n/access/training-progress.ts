import { trainingProgress as en } from '../en/training-progress.ts';
import { trainingProgress as es } from '../es/training-progress.ts';
import { pick } from '../pick.ts';

export const trainingProgressStrings = /* @__PURE__ */ pick<'trainingProgress'>({ en, es });
