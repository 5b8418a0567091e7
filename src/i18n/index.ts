// How code gets its strings. Each accessor returns one module of the catalogue in the page's language
// (or in `lang`, which Astro components pass from Astro.currentLocale). Each accessor lives in its own
// file (access/<module>.ts) and this file only re-exports them, so the bundler gives each widget the
// modules it uses and nothing else: one module holding every accessor became one shared chunk with every
// widget's strings in both languages, loaded by every page (50.6 KB gzip, measured 2026-12-03).
// A new module: add access/<module>.ts (copy one) and a line here.
export { pageLang, langOf, type Lang } from './lang.ts';
export type { Catalogue } from './catalogue.ts';
export { pick } from './pick.ts';

export { numberStrings } from './access/numbers.ts';
export { trainingProgressStrings } from './access/training-progress.ts';
export { selfCheckStrings } from './access/self-check.ts';
export { backpropStrings } from './access/backprop.ts';
export { regularizationLabStrings } from './access/regularization-lab.ts';
export { crossEntropyRaceStrings } from './access/cross-entropy-race.ts';
export { optimizerSurfaceStrings } from './access/optimizer-surface.ts';
export { vanishingGradientsStrings } from './access/vanishing-gradients.ts';
export { digitPadStrings } from './access/digit-pad.ts';
export { codeCellStrings } from './access/code-cell.ts';
export { cellApiStrings } from './access/cell-api.ts';
export { neuronStrings } from './access/neuron.ts';
export { trainingControlsStrings } from './access/training-controls.ts';
export { neuronFigureStrings } from './access/neuron-figure.ts';
export { networkBuilderStrings } from './access/network-builder.ts';
export { recurrentFigureStrings } from './access/recurrent-figure.ts';
export { forwardPassStrings } from './access/forward-pass.ts';
export { teachItStrings } from './access/teach-it.ts';
export { progressStrings } from './access/progress.ts';
export { sizeMattersStrings } from './access/size-matters.ts';
export { playgroundStrings } from './access/playground.ts';
export { urlStateStrings } from './access/url-state.ts';
export { trainingEndStrings } from './access/training-end.ts';
export { onnxDownloadStrings } from './access/onnx-download.ts';
export { printStrings } from './access/print.ts';
export { jsErrorStrings } from './access/js-errors.ts';
