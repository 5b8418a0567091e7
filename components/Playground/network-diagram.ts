// The network diagram: a column per layer, every neuron a small picture of what it computes over the
// plane, every connection a line whose colour AND thickness show the weight (or, in the gradient view,
// dL/dw), dashed when negative. Neurons are buttons in one roving tab stop (arrow keys move between
// them); hovering or focusing a neuron shows its formula with the current numbers, and lets the reader
// edit its incoming weights and bias (as TensorFlow Playground does with a click).
import type { FeatureName, Network, Parameters } from '../../src/engine/types.ts';
import { NEGATIVE, POSITIVE } from '../../src/ui/colors.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { playgroundStrings } from '../../src/i18n/index.ts';
import { commitNumberEntry } from '../../src/ui/number-entry.ts';
import { defaultRange } from '../../src/render/boundary/view.ts';
import { el, svgEl, uid } from '../../src/ui/dom.ts';
import { nextTask } from '../../src/engine/worker/next-task.ts';
import { afterFrame } from '../../src/ui/next-frame.ts';
import { paintScaled, paintSigned } from './grid-paint.ts';

const S = playgroundStrings().diagram;
/** The input features' names in the page's language. */
const FEATURE_NAMES = playgroundStrings().features.names;

/** Pixels kept free beside the first and last columns for their text labels. */
const LABEL_ROOM = { left: 30, right: 34 };
/** A drawing goes on in a new task once its current part has taken this long (ms). */
const PART_MS = 6;

export interface NeuronRef { layer: number; index: number } // layer −1 = inputs

export interface DiagramData {
  network: Network;
  features: readonly FeatureName[];
  /** Activation names of every layer (hidden ones then the output), for the formula. */
  activations: readonly string[];
  /** Pictures of the input features, inputGrids[f] (gridSize², scaled to [−1, 1]); the same arrays until the features change. */
  inputGrids: Float32Array[];
  /**
   * Every neuron's picture, unitGrids[l][j] (gridSize², unit j of spec.layers[l]: Network.evaluateUnitGrids,
   * computed where the run lives), coloured over its activation's natural range as the boundary renderer does.
   */
  unitGrids: Float32Array[][];
  gridSize: number;
  /** dL/dw on the training set, for the gradient view (undefined until computed). */
  gradients?: Parameters;
  view: 'weights' | 'gradients';
  /** Trace at the cursor for "with current numbers". */
  cursor: { x: number; y: number; z: number[][]; a: number[][]; inputs: number[] };
}

export interface Diagram {
  element: HTMLElement;
  /** Draws the diagram (in parts, over a few tasks when it is large); settles when all is drawn. */
  update(data: DiagramData): Promise<void>;
}

export function createNetworkDiagram(options: {
  onEditParameter(layer: number, kind: 'weight' | 'bias', index: number, value: number): void;
  onPreview(unit: NeuronRef | null): void;
}): Diagram {
  const detailsId = uid('pg-neuron');
  const svg = svgEl('svg', { class: 'pg-links', 'aria-hidden': 'true' });
  const nodesLayer = el('div', { class: 'pg-nodes', role: 'group', 'aria-label': S.label });
  const canvasWrap = el('div', { class: 'pg-diagram-canvas' }, svg, nodesLayer);
  const details = el('div', { class: 'pg-neuron-details', id: detailsId });
  const element = el('div', { class: 'pg-diagram' }, canvasWrap, details);

  let data: DiagramData | null = null;
  let shape = '';
  let nodes: HTMLButtonElement[][] = []; // nodes[c][j], c = 0 inputs, 1.. hidden, last output
  let canvases: HTMLCanvasElement[][] = [];
  /** The picture each neuron's canvas shows (repainted only where a pixel changes). */
  let pictures: (ImageData | undefined)[][] = [];
  let paintedInputs: Float32Array[] | null = null;
  /** Counts drawings: a drawing in parts stops when a newer one has started. */
  let drawing = 0;
  let links: SVGPathElement[][] = []; // links[l][i*nOut+j]
  /** Layers whose neurons and links are in the page: a new shape goes in layer by layer (see update). */
  let attached = 0;
  let focus: { c: number; j: number } = { c: 0, j: 0 };
  let shown: { c: number; j: number } | null = null;
  let hoverLink: { l: number; k: number } | null = null;

  const columns = () => (data ? [data.features.length, ...data.network.layerSizes.slice(1)] : []);

  function build(): void {
    const sizes = columns();
    nodesLayer.replaceChildren();
    svg.replaceChildren();
    nodes = [];
    canvases = [];
    pictures = sizes.map(() => []);
    paintedInputs = null;
    links = [];
    sizes.forEach((n, c) => {
      nodes.push([]);
      canvases.push([]);
      for (let j = 0; j < n; j++) {
        const canvas = el('canvas', { width: data!.gridSize, height: data!.gridSize, 'aria-hidden': 'true' });
        const label = c === 0 ? FEATURE_NAMES[data!.features[j]!] : c === sizes.length - 1 ? (n > 1 ? S.outOf(j + 1) : S.out) : '';
        const button = el('button', {
          type: 'button', class: `pg-node${c === 0 ? ' pg-node-input' : c === sizes.length - 1 ? ' pg-node-output' : ''}`,
          tabindex: -1, 'aria-label': nodeName(c, j, sizes.length), 'aria-describedby': detailsId, 'data-c': c, 'data-j': j,
        }, canvas, label ? el('span', { class: 'pg-node-label' }, label) : null);
        button.addEventListener('focus', () => { focus = { c, j }; setTabStop(); show(c, j); });
        button.addEventListener('pointerenter', () => show(c, j));
        button.addEventListener('keydown', onKey);
        nodes[c]!.push(button);
        canvases[c]!.push(canvas);
      }
    });
    for (let l = 0; l < sizes.length - 1; l++) {
      links.push([]);
      for (let i = 0; i < sizes[l]!; i++) {
        for (let j = 0; j < sizes[l + 1]!; j++) {
          links[l]![i * sizes[l + 1]! + j] = svgEl('path', { 'data-l': l, 'data-k': i * sizes[l + 1]! + j });
        }
      }
    }
    attached = 0;
    if (focus.c >= sizes.length || focus.j >= sizes[focus.c]!) focus = { c: 0, j: 0 };
    setTabStop();
    layout();
  }

  function nodeName(c: number, j: number, count: number): string {
    if (c === 0) return S.input(FEATURE_NAMES[data!.features[j]!]);
    // The accessible name contains the visible label ("out 2"), as WCAG 2.5.3 asks.
    if (c === count - 1) return columns()[c]! > 1 ? S.outputNeuronOf(j + 1) : S.outputNeuron;
    return S.neuron(c, j + 1);
  }

  function setTabStop(): void {
    nodes.forEach((col, c) => col.forEach((b, j) => (b.tabIndex = c === focus.c && j === focus.j ? 0 : -1)));
  }

  function onKey(e: KeyboardEvent): void {
    const sizes = columns();
    let { c, j } = focus;
    if (e.key === 'ArrowUp') j = Math.max(0, j - 1);
    else if (e.key === 'ArrowDown') j = Math.min(sizes[c]! - 1, j + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      const nc = Math.max(0, Math.min(sizes.length - 1, c + (e.key === 'ArrowLeft' ? -1 : 1)));
      j = Math.min(j, sizes[nc]! - 1);
      c = nc;
    } else if (e.key === 'Home') { c = 0; j = 0; }
    else if (e.key === 'End') { c = sizes.length - 1; j = 0; }
    else return;
    e.preventDefault();
    nodes[c]![j]!.focus();
  }

  // Hovering a connection shows its value in the details panel.
  svg.addEventListener('pointerover', (e) => {
    const t = e.target as SVGPathElement;
    if (t.dataset?.l === undefined) return;
    hoverLink = { l: Number(t.dataset.l), k: Number(t.dataset.k) };
    shown = null;
    renderDetails();
  });
  element.addEventListener('pointerleave', () => { hoverLink = null; options.onPreview(null); });

  function show(c: number, j: number): void {
    shown = { c, j };
    hoverLink = null;
    options.onPreview(c === 0 ? null : { layer: c - 1, index: j });
    renderDetails(true);
  }

  /** Layer l's neurons (and the inputs, for l = 0) and the links into them go into the page. */
  function attach(l: number): void {
    if (l === 0) nodesLayer.append(...nodes[0]!);
    nodesLayer.append(...nodes[l + 1]!);
    svg.append(...links[l]!);
    attached = l + 1;
  }

  let geometry = { node: 36, colW: 60, rowH: 48, height: 200 };
  /** The diagram's width as the ResizeObserver last reported it: reading clientWidth instead would make
   *  the browser lay out the page then and there, in the task that draws. */
  let width = 0;
  function layout(): void {
    const sizes = columns();
    if (sizes.length === 0) return;
    const drawnWidth = width || 600; // not reported yet: the first report lays it out again
    // Room for the input labels on the left and the output labels on the right.
    const colW = (drawnWidth - LABEL_ROOM.left - LABEL_ROOM.right) / sizes.length;
    const node = Math.max(22, Math.min(48, colW * 0.55));
    const rowH = node * 1.3;
    const height = Math.max(...sizes) * rowH + 8;
    geometry = { node, colW, rowH, height };
    canvasWrap.style.height = `${height}px`;
    svg.setAttribute('viewBox', `0 0 ${drawnWidth} ${height}`);
    svg.setAttribute('width', String(drawnWidth));
    svg.setAttribute('height', String(height));
    nodes.forEach((col, c) => col.forEach((b, j) => {
      const { x, y } = centre(c, j);
      Object.assign(b.style, { left: `${x - node / 2}px`, top: `${y - node / 2}px`, width: `${node}px`, height: `${node}px` });
    }));
    links.forEach((ls, l) => {
      const nOut = sizes[l + 1]!;
      ls.forEach((path, k) => {
        const a = centre(l, Math.floor(k / nOut));
        const b = centre(l + 1, k % nOut);
        const x1 = a.x + node / 2;
        const x2 = b.x - node / 2;
        const mx = (x1 + x2) / 2;
        path.setAttribute('d', `M${x1},${a.y} C${mx},${a.y} ${mx},${b.y} ${x2},${b.y}`);
      });
    });
  }
  function centre(c: number, j: number): { x: number; y: number } {
    const n = columns()[c]!;
    const { colW, rowH, height } = geometry;
    return { x: LABEL_ROOM.left + (c + 0.5) * colW, y: height / 2 + (j - (n - 1) / 2) * rowH };
  }
  // Only a new width moves the neurons: the height is the diagram's own doing (layout sets it), and laying
  // out again for it restyled every neuron and link a second time.
  new ResizeObserver(([entry]) => {
    if (entry!.contentRect.width === width) return;
    width = entry!.contentRect.width;
    layout();
  }).observe(canvasWrap);

  /** The links' values (weights, or gradients in that view) and the magnitude drawn thickest. */
  function linkValues(d: DiagramData): { values: number[][]; maxAbs: number } {
    const values = d.view === 'gradients' && d.gradients ? d.gradients.weights : d.network.getParameters().weights;
    // Weights on an absolute scale (|w| = 3 is the thickest); gradients relative to the largest one.
    let maxAbs = 3;
    if (d.view === 'gradients') {
      maxAbs = 1e-12;
      for (const w of values) for (const v of w) maxAbs = Math.max(maxAbs, Math.abs(v));
    }
    return { values, maxAbs };
  }

  /** Layer l's part of the picture: its neurons' pictures and the links into them (l = 0: the inputs' too). */
  function paintLayer(d: DiagramData, l: number, { values, maxAbs }: { values: number[][]; maxAbs: number }): void {
    const { gridSize } = d;
    if (l === 0 && paintedInputs !== d.inputGrids) {
      paintedInputs = d.inputGrids;
      canvases[0]?.forEach((cv, f) => paintSigned(cv, d.inputGrids[f]!, gridSize));
    }
    const range = defaultRange(d.network.spec.layers[l]!.activation);
    d.unitGrids[l]?.forEach((grid, j) => {
      const canvas = canvases[l + 1]?.[j];
      if (canvas) pictures[l + 1]![j] = paintScaled(canvas, grid, gridSize, range, pictures[l + 1]![j]);
    });
    const highlighted = shown && shown.c > 0 ? shown.c - 1 : -1;
    const nOut = columns()[l + 1]!;
    links[l]?.forEach((path, k) => {
      const v = values[l]?.[k] ?? 0;
      const mag = Math.min(1, Math.abs(v) / maxAbs);
      const isIn = highlighted === l && shown !== null && k % nOut === shown.j;
      // Only touch what changed: hundreds of links, several times a second. Widths in steps of 0.25 px, so
      // a small change of a weight does not restyle its line on every drawing.
      setIfChanged(path, 'stroke', v >= 0 ? POSITIVE : NEGATIVE);
      setIfChanged(path, 'stroke-width', (Math.round(4 * (0.5 + 5 * mag + (isIn ? 1.5 : 0))) / 4).toFixed(2));
      setIfChanged(path, 'stroke-dasharray', v < 0 ? '5 3' : 'none');
      setIfChanged(path, 'stroke-opacity', isIn ? '1' : shown && shown.c > 0 ? '0.35' : '0.8');
    });
  }

  let detailsKey = '';
  function renderDetails(force = false): void {
    if (!data) return;
    // Rebuild only when something shown would change (the weights of the shown neuron, the cursor, the target).
    const key = JSON.stringify([hoverLink, shown ?? focus, data.cursor.x, data.cursor.y, data.view, data.network.layerSizes.join(),
      (shown ?? focus).c > 0 ? data.cursor.a[(shown ?? focus).c - 1]?.[(shown ?? focus).j] : 0]);
    if (!force && key === detailsKey) return;
    detailsKey = key;
    // Don't rebuild the edit fields under the reader's fingers.
    if (!force && details.contains(document.activeElement)) return;
    const params = data.network.getParameters();
    if (hoverLink) {
      const { l, k } = hoverLink;
      const nOut = columns()[l + 1]!;
      const i = Math.floor(k / nOut);
      const j = k % nOut;
      const from = l === 0 ? FEATURE_NAMES[data.features[i]!] : S.neuronLower(l, i + 1);
      const to = l === columns().length - 2 ? S.theOutput : S.neuronLower(l + 1, j + 1);
      const g = data.gradients?.weights[l]?.[k];
      details.replaceChildren(el('p', {}, S.weight(from, to, params.weights[l]![k]!), g !== undefined ? S.gradient(g) : ''));
      return;
    }
    const target = shown ?? focus;
    const { c, j } = target;
    const sizes = columns();
    if (c === 0) {
      const f = data.features[j]!;
      details.replaceChildren(el('p', {}, S.inputAt(FEATURE_NAMES[f], data.cursor.x, data.cursor.y, data.cursor.inputs[j]!)));
      return;
    }
    const l = c - 1;
    const nOut = sizes[c]!;
    const prevName = (i: number) => (l === 0 ? FEATURE_NAMES[data!.features[i]!] : `h${l}.${i + 1}`);
    const w = params.weights[l]!;
    const b = params.biases[l]![j]!;
    const terms = Array.from({ length: sizes[c - 1]! }, (_, i) => ({ i, w: w[i * nOut + j]! }));
    const act = data.activations[l]!;
    const zText = terms.map((t, n) => `${n === 0 ? (t.w < 0 ? '−' : '') : t.w < 0 ? ' − ' : ' + '}${formatNumber(Math.abs(t.w), 2)}·${prevName(t.i)}`).join('') + `${b < 0 ? ' − ' : ' + '}${formatNumber(Math.abs(b), 2)}`;
    const z = data.cursor.z[l]?.[j];
    const a = data.cursor.a[l]?.[j];
    const title = c === sizes.length - 1 ? (nOut > 1 ? S.outputOf(j + 1) : S.output) : S.neuron(c, j + 1);
    const editNote = el('p', { class: 'pg-edit-note', role: 'status' });
    const edits = el('div', { class: 'pg-edit-weights' });
    const field = (label: string, value: number, commit: (v: number) => void) => {
      const id = uid('pg-w');
      const input = el('input', { id, type: 'text', inputmode: 'decimal', size: 6, value: formatNumber(value, 3) });
      let inForce = value;
      input.addEventListener('change', () => {
        const entry = commitNumberEntry(input.value, inForce, { min: -100, max: 100, decimals: 3, outOfRange: 'refuse' });
        input.value = entry.fieldText;
        editNote.textContent = entry.message && `${label}: ${entry.message}`;
        if (entry.changed) { inForce = entry.value; commit(entry.value); }
      });
      return el('span', { class: 'pg-edit' }, el('label', { for: id }, label), input);
    };
    for (const t of terms) edits.append(field(S.weightFrom(prevName(t.i)), t.w, (v) => options.onEditParameter(l, 'weight', t.i * nOut + j, v)));
    edits.append(field(S.bias, b, (v) => options.onEditParameter(l, 'bias', j, v)));
    const wasOpen = details.querySelector('details')?.open ?? false;
    details.replaceChildren(
      el('p', { class: 'pg-formula' }, el('strong', {}, `${title}: `), `a = ${act}(z), z = ${zText}.`),
      el('p', {}, S.atCursor(data.cursor.x, data.cursor.y, z ?? NaN, a ?? NaN)),
      el('details', { open: wasOpen }, el('summary', {}, S.edit), edits, editNote),
    );
  }

  return {
    element,
    async update(next) {
      data = next;
      const mine = ++drawing;
      const key = JSON.stringify([next.features, next.network.layerSizes]);
      if (key !== shape) {
        shape = key;
        build();
        // Creating and placing every neuron and link (a 6x8 network: ~460 elements) is a task of its own,
        // apart from painting the first layer: together they were ~125 ms at 4x at the playground's start.
        await nextTask();
        if (mine !== drawing) return;
      }
      // Layer by layer, yielding between parts once one has taken PART_MS: a deep network on a slow CPU
      // does not draw its whole diagram in one task. The weights are read once, so every part shows the same.
      // A new shape's layers go into the page one per frame: styling, laying out and painting all its
      // neurons and links in one frame was one of the longest tasks of the playground's start (6x8: ~420
      // elements, ~35 ms of CPU then ~70 ms at 4x).
      const values = linkValues(next);
      let start = performance.now();
      for (let l = 0; l < links.length; l++) {
        const adding = l >= attached;
        if (l > 0 && (adding || performance.now() - start > PART_MS)) {
          await (adding ? afterFrame() : nextTask());
          if (mine !== drawing) return; // a newer drawing has started (it attaches what is left)
          start = performance.now();
        }
        if (l >= attached) attach(l);
        paintLayer(next, l, values);
      }
      renderDetails();
    },
  };
}

function setIfChanged(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
