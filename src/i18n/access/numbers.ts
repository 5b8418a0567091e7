import { numbers as en } from '../en/numbers.ts';
import { numbers as es } from '../es/numbers.ts';
import { pick } from '../pick.ts';

export const numberStrings = /* @__PURE__ */ pick<'numbers'>({ en, es });
