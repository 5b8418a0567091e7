import { recurrentFigure as en } from '../en/recurrent-figure.ts';
import { recurrentFigure as es } from '../es/recurrent-figure.ts';
import { pick } from '../pick.ts';

export const recurrentFigureStrings = /* @__PURE__ */ pick<'recurrentFigure'>({ en, es });
