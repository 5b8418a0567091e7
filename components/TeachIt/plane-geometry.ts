// The labelling plane's coordinates: the model works in [-1, 1]² with y upwards; the SVG overlay uses a
// 0..200 viewBox with y downwards; the keyboard cursor moves on a grid of KEY_STEP.
import { EXTENT, clamp } from './teach-model.ts';

export const VIEWBOX = 200;
export const KEY_STEP = 0.05;
export const KEY_STEP_LARGE = 0.2;

export const toView = (x: number, y: number): [number, number] => [((x + EXTENT) / (2 * EXTENT)) * VIEWBOX, ((EXTENT - y) / (2 * EXTENT)) * VIEWBOX];

/** A pointer position inside an element's box (client pixels) to plane coordinates, clamped to the plane. */
export function fromClient(clientX: number, clientY: number, box: { left: number; top: number; width: number; height: number }): [number, number] {
  const x = ((clientX - box.left) / box.width) * 2 * EXTENT - EXTENT;
  const y = EXTENT - ((clientY - box.top) / box.height) * 2 * EXTENT;
  return [clamp(x), clamp(y)];
}

/** Moves the keyboard cursor; snaps to the grid so repeated presses land on round coordinates. */
export function moveCursor(x: number, y: number, key: string, large: boolean): [number, number] | null {
  const step = large ? KEY_STEP_LARGE : KEY_STEP;
  const snap = (v: number) => clamp(Math.round(v / KEY_STEP) * KEY_STEP);
  switch (key) {
    case 'ArrowLeft': return [snap(x - step), y];
    case 'ArrowRight': return [snap(x + step), y];
    case 'ArrowUp': return [x, snap(y + step)];
    case 'ArrowDown': return [x, snap(y - step)];
    case 'Home': return [0, 0];
    default: return null;
  }
}
