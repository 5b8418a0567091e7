import { optimizerSurface as en } from '../en/optimizer-surface.ts';
import { optimizerSurface as es } from '../es/optimizer-surface.ts';
import { pick } from '../pick.ts';

export const optimizerSurfaceStrings = /* @__PURE__ */ pick<'optimizerSurface'>({ en, es });
