// The Spanish catalogue. Typed as Catalogue, so a missing or extra module or key fails the type check;
// each module is typed the same way (Catalogue['module']).
import { backprop } from './backprop.ts';
import type { Catalogue } from '../catalogue.ts';
import { cellApi } from './cell-api.ts';
import { codeCell } from './code-cell.ts';
import { jsErrors } from './js-errors.ts';
import { crossEntropyRace } from './cross-entropy-race.ts';
import { digitPad } from './digit-pad.ts';
import { neuron } from './neuron.ts';
import { trainingControls } from './training-controls.ts';
import { print } from './print.ts';
import { neuronFigure } from './neuron-figure.ts';
import { networkBuilder } from './network-builder.ts';
import { recurrentFigure } from './recurrent-figure.ts';
import { forwardPass } from './forward-pass.ts';
import { teachIt } from './teach-it.ts';
import { progress } from './progress.ts';
import { sizeMatters } from './size-matters.ts';
import { playground } from './playground.ts';
import { urlState } from './url-state.ts';
import { trainingEnd } from './training-end.ts';
import { onnxDownload } from './onnx-download.ts';
import { numbers } from './numbers.ts';
import { optimizerSurface } from './optimizer-surface.ts';
import { regularizationLab } from './regularization-lab.ts';
import { selfCheck } from './self-check.ts';
import { site } from './site.ts';
import { guides } from './guides.ts';
import { trainingProgress } from './training-progress.ts';
import { vanishingGradients } from './vanishing-gradients.ts';
import { challenges } from './challenges.ts';
import { assignment } from './assignment.ts';
import { handIn } from './hand-in.ts';
import { classView } from './class-view.ts';
import { glossary } from './glossary.ts';

export const es: Catalogue = {
  site,
  numbers,
  trainingProgress,
  selfCheck,
  backprop,
  regularizationLab,
  crossEntropyRace,
  optimizerSurface,
  vanishingGradients,
  digitPad,
  codeCell,
  jsErrors,
  cellApi,
  neuron,
  trainingControls,
  print,
  neuronFigure,
  networkBuilder,
  recurrentFigure,
  forwardPass,
  teachIt,
  progress,
  sizeMatters,
  playground,
  urlState,
  trainingEnd,
  onnxDownload,
  challenges,
  assignment,
  handIn,
  classView,
  glossary,
  guides,
};
