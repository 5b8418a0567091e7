import { neuronFigure as en } from '../en/neuron-figure.ts';
import { neuronFigure as es } from '../es/neuron-figure.ts';
import { pick } from '../pick.ts';

export const neuronFigureStrings = /* @__PURE__ */ pick<'neuronFigure'>({ en, es });
