import { trainingControls as en } from '../en/training-controls.ts';
import { trainingControls as es } from '../es/training-controls.ts';
import { pick } from '../pick.ts';

export const trainingControlsStrings = /* @__PURE__ */ pick<'trainingControls'>({ en, es });
