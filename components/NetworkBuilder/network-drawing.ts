// Where each neuron and connection of a feed-forward network goes in the builder's SVG. Pure geometry in
// the SVG's own units (a fixed viewBox that the page scales), so it can be tested without a DOM.
import type { Shape } from './network-shape.ts';

export const VIEW = { width: 640, height: 300, marginX: 48, marginTop: 24, marginBottom: 44, radius: 13 } as const;

export interface NodePosition { layer: number; index: number; x: number; y: number }
export interface EdgePosition { fromLayer: number; from: number; to: number; x1: number; y1: number; x2: number; y2: number }

export function layerX(shape: Shape, layer: number): number {
  const span = VIEW.width - 2 * VIEW.marginX;
  return shape.length === 1 ? VIEW.width / 2 : VIEW.marginX + (span * layer) / (shape.length - 1);
}

const TOP = VIEW.marginTop + VIEW.radius;
const BOTTOM = VIEW.height - VIEW.marginBottom - VIEW.radius;

/** Distance between neighbouring neurons of a layer of `units`: three radii, less when the layer is tall. */
const spacing = (units: number) => Math.min(3 * VIEW.radius, (BOTTOM - TOP) / Math.max(1, units - 1));

/** Neurons of one layer are centred vertically and evenly spaced. */
export function nodeY(units: number, index: number): number {
  const centre = (TOP + BOTTOM) / 2;
  return centre + (index - (units - 1) / 2) * spacing(units);
}

/**
 * Radius of every circle of `shape`: the full radius while the tallest layer fits, smaller when it does not,
 * so neighbouring circles never touch (at least 1.25 radii apart: a visible gap between them).
 */
export function nodeRadius(shape: Shape): number {
  return Math.min(VIEW.radius, spacing(Math.max(...shape)) / 2.5);
}

export function nodePositions(shape: Shape): NodePosition[] {
  return shape.flatMap((units, layer) =>
    Array.from({ length: units }, (_, index) => ({ layer, index, x: layerX(shape, layer), y: nodeY(units, index) })));
}

/** Connections run only from each layer to the next one: n_in·n_out lines per gap, none inside a layer. */
export function edgePositions(shape: Shape): EdgePosition[] {
  const edges: EdgePosition[] = [];
  for (let l = 0; l + 1 < shape.length; l++) {
    for (let i = 0; i < shape[l]; i++) {
      for (let j = 0; j < shape[l + 1]; j++) {
        edges.push({ fromLayer: l, from: i, to: j, x1: layerX(shape, l), y1: nodeY(shape[l], i), x2: layerX(shape, l + 1), y2: nodeY(shape[l + 1], j) });
      }
    }
  }
  return edges;
}
