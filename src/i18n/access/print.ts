import { print as en } from '../en/print.ts';
import { print as es } from '../es/print.ts';
import { pick } from '../pick.ts';

export const printStrings = /* @__PURE__ */ pick<'print'>({ en, es });
