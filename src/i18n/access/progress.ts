import { progress as en } from '../en/progress.ts';
import { progress as es } from '../es/progress.ts';
import { pick } from '../pick.ts';

export const progressStrings = /* @__PURE__ */ pick<'progress'>({ en, es });
