// What a boundary picture shows, checked and resolved once for both back ends (WebGL and 2-D canvas).
import type { Activation, FeatureName, Network } from '../../engine/types.ts';

export interface BoundaryView {
  /** [xMin, xMax, yMin, yMax] of the picture; the top row is yMax. */
  extent: readonly [number, number, number, number];
  /** How a point (x1, x2) becomes the network's inputs; default: the point itself (a 2-input network). */
  features?: readonly FeatureName[];
  /** Show one unit's activation (layer indexes spec.layers: 0 is the first hidden layer) instead of the output. */
  unit?: { layer: number; index: number };
  /** 'value': the first output (or the unit) on the diverging scale; 'class': class colours (argmax). */
  output?: 'value' | 'class';
  /** Number of classes; default: the number of outputs (2 for a single output). */
  classes?: number;
  /** The value range mapped onto the colour scale; default from the layer's activation. */
  range?: readonly [number, number];
}

export interface ResolvedView {
  extent: [number, number, number, number];
  features: readonly FeatureName[] | undefined;
  /** Index into spec.layers of the layer shown (the output layer unless a unit is chosen). */
  layer: number;
  /** The unit shown in value mode. */
  index: number;
  mode: 'value' | 'class';
  range: [number, number];
  /** Units in the shown layer. */
  outputs: number;
}

/** The natural value range of an activation, for the colour scale. */
export function defaultRange(activation: Activation): [number, number] {
  return activation === 'sigmoid' || activation === 'softmax' || activation === 'step' ? [0, 1] : [-1, 1];
}

const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** Throws an Error that says what is wrong and what is allowed. */
export function resolveView(network: Network, view: BoundaryView): ResolvedView {
  const { spec } = network;
  const e = view?.extent;
  if (!Array.isArray(e) || e.length !== 4 || !e.every(finite) || !(e[0] < e[1]) || !(e[2] < e[3])) {
    throw new Error(`extent must be [xMin, xMax, yMin, yMax] with finite numbers, xMin < xMax and yMin < yMax; got ${JSON.stringify(e)}`);
  }
  const inputs = view.features ? view.features.length : 2;
  if (inputs !== spec.inputs) {
    throw new Error(view.features
      ? `${view.features.length} features give ${view.features.length} inputs but the network has ${spec.inputs}`
      : `without features a point gives 2 inputs (x1, x2) but the network has ${spec.inputs}; pass view.features`);
  }
  const last = spec.layers.length - 1;
  const layer = view.unit ? view.unit.layer : last;
  if (!Number.isInteger(layer) || layer < 0 || layer > last) throw new Error(`unit.layer must be 0 to ${last}, got ${layer}`);
  const units = spec.layers[layer]!.units;
  const index = view.unit ? view.unit.index : 0;
  if (!Number.isInteger(index) || index < 0 || index >= units) throw new Error(`unit.index must be 0 to ${units - 1}, got ${index}`);
  const range = view.range ?? defaultRange(spec.layers[layer]!.activation);
  if (!finite(range[0]) || !finite(range[1]) || !(range[0] < range[1])) {
    throw new Error(`range must be [min, max] with finite min < max, got ${JSON.stringify(range)}`);
  }
  const mode = view.unit ? 'value' : (view.output ?? ((view.classes ?? (units === 1 ? 2 : units)) > 2 ? 'class' : 'value'));
  return { extent: [e[0], e[1], e[2], e[3]], features: view.features, layer, index, mode, range: [range[0], range[1]], outputs: units };
}
