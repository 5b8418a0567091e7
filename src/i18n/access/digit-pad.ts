import { digitPad as en } from '../en/digit-pad.ts';
import { digitPad as es } from '../es/digit-pad.ts';
import { pick } from '../pick.ts';

export const digitPadStrings = /* @__PURE__ */ pick<'digitPad'>({ en, es });
