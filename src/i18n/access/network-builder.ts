import { networkBuilder as en } from '../en/network-builder.ts';
import { networkBuilder as es } from '../es/network-builder.ts';
import { pick } from '../pick.ts';

export const networkBuilderStrings = /* @__PURE__ */ pick<'networkBuilder'>({ en, es });
