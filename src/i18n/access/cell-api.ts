import { cellApi as en } from '../en/cell-api.ts';
import { cellApi as es } from '../es/cell-api.ts';
import { pick } from '../pick.ts';

export const cellApiStrings = /* @__PURE__ */ pick<'cellApi'>({ en, es });
