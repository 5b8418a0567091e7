import { codeCell as en } from '../en/code-cell.ts';
import { codeCell as es } from '../es/code-cell.ts';
import { pick } from '../pick.ts';

export const codeCellStrings = /* @__PURE__ */ pick<'codeCell'>({ en, es });
