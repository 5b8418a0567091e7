import { selfCheck as en } from '../en/self-check.ts';
import { selfCheck as es } from '../es/self-check.ts';
import { pick } from '../pick.ts';

export const selfCheckStrings = /* @__PURE__ */ pick<'selfCheck'>({ en, es });
