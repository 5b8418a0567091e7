import { sizeMatters as en } from '../en/size-matters.ts';
import { sizeMatters as es } from '../es/size-matters.ts';
import { pick } from '../pick.ts';

export const sizeMattersStrings = /* @__PURE__ */ pick<'sizeMatters'>({ en, es });
