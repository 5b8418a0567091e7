import { urlState as en } from '../en/url-state.ts';
import { urlState as es } from '../es/url-state.ts';
import { pick } from '../pick.ts';

export const urlStateStrings = /* @__PURE__ */ pick<'urlState'>({ en, es });
