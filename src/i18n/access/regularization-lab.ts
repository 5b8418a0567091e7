import { regularizationLab as en } from '../en/regularization-lab.ts';
import { regularizationLab as es } from '../es/regularization-lab.ts';
import { pick } from '../pick.ts';

export const regularizationLabStrings = /* @__PURE__ */ pick<'regularizationLab'>({ en, es });
