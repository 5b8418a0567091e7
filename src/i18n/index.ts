// How code gets its strings. Each accessor returns one module of the catalogue in the page's language
// (or in `lang`, which Astro components pass from Astro.currentLocale): a widget imports only its own
// module in each language, so a page never downloads the whole catalogue. A table typed Record<Lang, …>
// makes adding a language to LANGS fail the type check here until every module has it.
import type { Catalogue } from './catalogue.ts';
import { localized, type Lang } from './lang.ts';
import { backprop as enBackprop } from './en/backprop.ts';
import { cellApi as enCellApi } from './en/cell-api.ts';
import { codeCell as enCodeCell } from './en/code-cell.ts';
import { crossEntropyRace as enCrossEntropyRace } from './en/cross-entropy-race.ts';
import { digitPad as enDigitPad } from './en/digit-pad.ts';
import { numbers as enNumbers } from './en/numbers.ts';
import { optimizerSurface as enOptimizerSurface } from './en/optimizer-surface.ts';
import { regularizationLab as enRegularizationLab } from './en/regularization-lab.ts';
import { selfCheck as enSelfCheck } from './en/self-check.ts';
import { trainingProgress as enTrainingProgress } from './en/training-progress.ts';
import { vanishingGradients as enVanishingGradients } from './en/vanishing-gradients.ts';
import { neuron as enNeuron } from './en/neuron.ts';
import { neuron as esNeuron } from './es/neuron.ts';
import { trainingControls as enTrainingControls } from './en/training-controls.ts';
import { print as enPrint } from './en/print.ts';
import { print as esPrint } from './es/print.ts';
import { trainingControls as esTrainingControls } from './es/training-controls.ts';
import { neuronFigure as enNeuronFigure } from './en/neuron-figure.ts';
import { neuronFigure as esNeuronFigure } from './es/neuron-figure.ts';
import { networkBuilder as enNetworkBuilder } from './en/network-builder.ts';
import { networkBuilder as esNetworkBuilder } from './es/network-builder.ts';
import { recurrentFigure as enRecurrentFigure } from './en/recurrent-figure.ts';
import { recurrentFigure as esRecurrentFigure } from './es/recurrent-figure.ts';
import { forwardPass as enForwardPass } from './en/forward-pass.ts';
import { forwardPass as esForwardPass } from './es/forward-pass.ts';
import { teachIt as enTeachIt } from './en/teach-it.ts';
import { teachIt as esTeachIt } from './es/teach-it.ts';
import { progress as enProgress } from './en/progress.ts';
import { progress as esProgress } from './es/progress.ts';
import { sizeMatters as enSizeMatters } from './en/size-matters.ts';
import { sizeMatters as esSizeMatters } from './es/size-matters.ts';
import { playground as enPlayground } from './en/playground.ts';
import { playground as esPlayground } from './es/playground.ts';
import { backprop as esBackprop } from './es/backprop.ts';
import { cellApi as esCellApi } from './es/cell-api.ts';
import { codeCell as esCodeCell } from './es/code-cell.ts';
import { crossEntropyRace as esCrossEntropyRace } from './es/cross-entropy-race.ts';
import { digitPad as esDigitPad } from './es/digit-pad.ts';
import { numbers as esNumbers } from './es/numbers.ts';
import { optimizerSurface as esOptimizerSurface } from './es/optimizer-surface.ts';
import { regularizationLab as esRegularizationLab } from './es/regularization-lab.ts';
import { selfCheck as esSelfCheck } from './es/self-check.ts';
import { trainingProgress as esTrainingProgress } from './es/training-progress.ts';
import { vanishingGradients as esVanishingGradients } from './es/vanishing-gradients.ts';

export { pageLang, langOf, type Lang } from './lang.ts';
export type { Catalogue } from './catalogue.ts';

type Table<K extends keyof Catalogue> = Record<Lang, Catalogue[K]>;
export const pick = <K extends keyof Catalogue>(table: Table<K>) => (lang?: Lang): Catalogue[K] => localized(table, lang);

export const numberStrings = /* @__PURE__ */ pick<'numbers'>({ en: enNumbers, es: esNumbers });
export const trainingProgressStrings = /* @__PURE__ */ pick<'trainingProgress'>({ en: enTrainingProgress, es: esTrainingProgress });
export const selfCheckStrings = /* @__PURE__ */ pick<'selfCheck'>({ en: enSelfCheck, es: esSelfCheck });
export const backpropStrings = /* @__PURE__ */ pick<'backprop'>({ en: enBackprop, es: esBackprop });
export const regularizationLabStrings = /* @__PURE__ */ pick<'regularizationLab'>({ en: enRegularizationLab, es: esRegularizationLab });
export const crossEntropyRaceStrings = /* @__PURE__ */ pick<'crossEntropyRace'>({ en: enCrossEntropyRace, es: esCrossEntropyRace });
export const optimizerSurfaceStrings = /* @__PURE__ */ pick<'optimizerSurface'>({ en: enOptimizerSurface, es: esOptimizerSurface });
export const vanishingGradientsStrings = /* @__PURE__ */ pick<'vanishingGradients'>({ en: enVanishingGradients, es: esVanishingGradients });
export const digitPadStrings = /* @__PURE__ */ pick<'digitPad'>({ en: enDigitPad, es: esDigitPad });
export const codeCellStrings = /* @__PURE__ */ pick<'codeCell'>({ en: enCodeCell, es: esCodeCell });
export const cellApiStrings = /* @__PURE__ */ pick<'cellApi'>({ en: enCellApi, es: esCellApi });
export const neuronStrings = /* @__PURE__ */ pick<'neuron'>({ en: enNeuron, es: esNeuron });
export const trainingControlsStrings = /* @__PURE__ */ pick<'trainingControls'>({ en: enTrainingControls, es: esTrainingControls });
export const neuronFigureStrings = /* @__PURE__ */ pick<'neuronFigure'>({ en: enNeuronFigure, es: esNeuronFigure });
export const networkBuilderStrings = /* @__PURE__ */ pick<'networkBuilder'>({ en: enNetworkBuilder, es: esNetworkBuilder });
export const recurrentFigureStrings = /* @__PURE__ */ pick<'recurrentFigure'>({ en: enRecurrentFigure, es: esRecurrentFigure });
export const forwardPassStrings = /* @__PURE__ */ pick<'forwardPass'>({ en: enForwardPass, es: esForwardPass });
export const teachItStrings = /* @__PURE__ */ pick<'teachIt'>({ en: enTeachIt, es: esTeachIt });
export const progressStrings = /* @__PURE__ */ pick<'progress'>({ en: enProgress, es: esProgress });
export const sizeMattersStrings = /* @__PURE__ */ pick<'sizeMatters'>({ en: enSizeMatters, es: esSizeMatters });
export const playgroundStrings = /* @__PURE__ */ pick<'playground'>({ en: enPlayground, es: esPlayground });
export const printStrings = /* @__PURE__ */ pick<'print'>({ en: enPrint, es: esPrint });
