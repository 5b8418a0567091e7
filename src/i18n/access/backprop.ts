import { backprop as en } from '../en/backprop.ts';
import { backprop as es } from '../es/backprop.ts';
import { pick } from '../pick.ts';

export const backpropStrings = /* @__PURE__ */ pick<'backprop'>({ en, es });
