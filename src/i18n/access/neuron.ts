import { neuron as en } from '../en/neuron.ts';
import { neuron as es } from '../es/neuron.ts';
import { pick } from '../pick.ts';

export const neuronStrings = /* @__PURE__ */ pick<'neuron'>({ en, es });
