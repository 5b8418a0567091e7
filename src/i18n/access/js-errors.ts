import { jsErrors as en } from '../en/js-errors.ts';
import { jsErrors as es } from '../es/js-errors.ts';
import { pick } from '../pick.ts';

export const jsErrorStrings = /* @__PURE__ */ pick<'jsErrors'>({ en, es });
