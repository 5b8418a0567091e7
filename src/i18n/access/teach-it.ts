import { teachIt as en } from '../en/teach-it.ts';
import { teachIt as es } from '../es/teach-it.ts';
import { pick } from '../pick.ts';

export const teachItStrings = /* @__PURE__ */ pick<'teachIt'>({ en, es });
