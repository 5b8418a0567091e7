import { forwardPass as en } from '../en/forward-pass.ts';
import { forwardPass as es } from '../es/forward-pass.ts';
import { pick } from '../pick.ts';

export const forwardPassStrings = /* @__PURE__ */ pick<'forwardPass'>({ en, es });
