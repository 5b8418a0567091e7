import { playground as en } from '../en/playground.ts';
import { playground as es } from '../es/playground.ts';
import { pick } from '../pick.ts';

export const playgroundStrings = /* @__PURE__ */ pick<'playground'>({ en, es });
