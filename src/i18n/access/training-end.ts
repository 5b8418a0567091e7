import { trainingEnd as en } from '../en/training-end.ts';
import { trainingEnd as es } from '../es/training-end.ts';
import { pick } from '../pick.ts';

export const trainingEndStrings = /* @__PURE__ */ pick<'trainingEnd'>({ en, es });
