import { vanishingGradients as en } from '../en/vanishing-gradients.ts';
import { vanishingGradients as es } from '../es/vanishing-gradients.ts';
import { pick } from '../pick.ts';

export const vanishingGradientsStrings = /* @__PURE__ */ pick<'vanishingGradients'>({ en, es });
