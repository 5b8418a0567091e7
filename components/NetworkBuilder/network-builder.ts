// Wires the NetworkBuilder markup: layer rows with add/remove buttons, the SVG drawing, and the live
// parameter count (KaTeX slots for the totals, plain text for the sum whose number of terms changes).
import { setSlot } from '../../src/ui/slots.ts';
import { networkBuilderStrings } from '../../src/i18n/index.ts';
import {
  type Shape, addLayer, addNeuron, canAddLayer, canAddNeuron, canRemoveLayer, canRemoveNeuron, layerName,
  parseShape, removeLayer, removeNeuron, roleOf,
} from './network-shape.ts';
import { VIEW, edgePositions, nodePositions, nodeRadius } from './network-drawing.ts';
import { countParameters, formulaWithNumbers } from './parameter-count.ts';
import { svgEl } from '../../src/ui/dom.ts';

const FALLBACK: Shape = [2, 3, 1];


const T = networkBuilderStrings();
const inSentence = (shape: Shape, layer: number) => T.inSentence(layerName(shape, layer));

export function describeShape(shape: Shape): string {
  // Called at build time too (NetworkBuilder.astro), once per page language: read the catalogue per call.
  const T = networkBuilderStrings();
  const parts = shape.map((n, i) => `${layerName(shape, i).toLowerCase()}: ${T.neurons(n)}`);
  const c = countParameters(shape);
  return T.shape(shape.join('-'), parts.join('; '), c.weights);
}

function drawNetwork(svg: SVGSVGElement, shape: Shape): void {
  svg.replaceChildren();
  const edges = svgEl('g', { class: 'nb-edges' });
  for (const e of edgePositions(shape)) edges.append(svgEl('line', { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 }));
  const nodes = svgEl('g', { class: 'nb-nodes' });
  const radius = nodeRadius(shape);
  for (const n of nodePositions(shape)) {
    nodes.append(svgEl('circle', { cx: n.x, cy: n.y, r: radius, class: `nb-node nb-${roleOf(shape, n.layer)}` }));
  }
  const labels = svgEl('g', { class: 'nb-labels' });
  shape.forEach((units, l) => {
    const role = roleOf(shape, l);
    const short = role === 'input' ? T.columnInput : role === 'output' ? T.columnOutput : T.columnHidden(l);
    const x = nodePositions(shape).find((n) => n.layer === l)!.x;
    const t = svgEl('text', { x, y: VIEW.height - 16, 'text-anchor': 'middle' });
    t.textContent = `${short}: ${units}`;
    labels.append(t);
  });
  svg.append(edges, nodes, labels);
  svg.setAttribute('aria-label', describeShape(shape));
}

interface Row { action: string; layer: number }

function button(text: string, label: string, action: string, layer: number, enabled: boolean): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.dataset.action = action;
  b.dataset.layer = String(layer);
  b.disabled = !enabled;
  return b;
}

function renderRows(list: HTMLElement, shape: Shape): void {
  list.replaceChildren();
  shape.forEach((units, l) => {
    const name = layerName(shape, l);
    const li = document.createElement('li');
    li.className = `nb-row nb-row-${roleOf(shape, l)}`;
    const label = document.createElement('span');
    label.className = 'nb-row-label';
    label.innerHTML = `<strong>${name}</strong> <span class="nb-units">${T.neurons(units)}</span>`;
    const controls = document.createElement('span');
    controls.className = 'nb-row-controls';
    controls.append(
      button('−', T.removeNeuronFrom(inSentence(shape, l)), 'remove-neuron', l, canRemoveNeuron(shape, l)),
      button('+', T.addNeuronTo(inSentence(shape, l)), 'add-neuron', l, canAddNeuron(shape, l)),
    );
    if (canRemoveLayer(shape, l)) controls.append(button(T.removeLayer, T.removeLayerLabel(inSentence(shape, l)), 'remove-layer', l, true));
    li.append(label, controls);
    list.append(li);
  });
}

export function mountNetworkBuilder(root: HTMLElement): void {
  const parsed = parseShape(root.dataset.layers);
  let shape: Shape = 'shape' in parsed ? parsed.shape : FALLBACK;
  const svg = root.querySelector<SVGSVGElement>('svg.nb-drawing')!;
  const list = root.querySelector<HTMLElement>('.nb-layers')!;
  const addLayerButton = root.querySelector<HTMLButtonElement>('[data-action="add-layer"]')!;
  const sum = root.querySelector<HTMLElement>('.nb-sum')!;
  const status = root.querySelector<HTMLElement>('.nb-status')!;
  const message = root.querySelector<HTMLElement>('.nb-message')!;
  // The starting shape is the author's (MDX), and NetworkBuilder.astro fails the build on a bad one, so a
  // reader never meets this; the reason (parseShape's) stays English, for authors, inside the page's sentence.
  if ('error' in parsed) message.textContent = T.refused(parsed.error, FALLBACK.join('-'));

  const update = (announce: string | null, focus?: Row) => {
    const count = countParameters(shape);
    drawNetwork(svg, shape);
    renderRows(list, shape);
    addLayerButton.disabled = !canAddLayer(shape);
    setSlot(root, 'weights', String(count.weights));
    setSlot(root, 'biases', String(count.biases));
    setSlot(root, 'total', String(count.total));
    sum.textContent = formulaWithNumbers(count);
    root.dataset.shape = shape.join(',');
    if (announce) status.textContent = `${announce} ${T.count(shape.join('-'), count.weights, count.biases, count.total)}`;
    if (focus) restoreFocus(focus);
  };

  // The rows are redrawn after each edit; put focus back on the same control (or the nearest one that
  // still makes sense) so a keyboard user can press the same button again.
  const restoreFocus = ({ action, layer }: Row) => {
    const same = list.querySelector<HTMLButtonElement>(`[data-action="${action}"][data-layer="${layer}"]`);
    if (same && !same.disabled) return same.focus();
    const other = action === 'add-neuron' ? 'remove-neuron' : 'add-neuron';
    const row = Math.min(layer, shape.length - 1);
    const sibling = list.querySelector<HTMLButtonElement>(`[data-action="${other}"][data-layer="${row}"]`);
    (sibling && !sibling.disabled ? sibling : addLayerButton).focus();
  };

  list.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!b) return;
    const layer = Number(b.dataset.layer);
    const name = layerName(shape, layer);
    if (b.dataset.action === 'add-neuron') { shape = addNeuron(shape, layer); update(T.addedNeuron(inSentence(shape, layer)), { action: 'add-neuron', layer }); }
    if (b.dataset.action === 'remove-neuron') { shape = removeNeuron(shape, layer); update(T.removedNeuron(T.inSentence(name)), { action: 'remove-neuron', layer }); }
    if (b.dataset.action === 'remove-layer') { shape = removeLayer(shape, layer); update(T.removedLayer(T.inSentence(name)), { action: 'remove-layer', layer }); }
  });
  addLayerButton.addEventListener('click', () => {
    shape = addLayer(shape);
    update(T.addedLayer(inSentence(shape, shape.length - 2)));
    if (addLayerButton.disabled) list.querySelector<HTMLButtonElement>('[data-action="add-neuron"]:not(:disabled)')?.focus();
  });
  update(null);
  root.querySelector<HTMLElement>('.nb-add-row')!.hidden = false;
  root.classList.add('is-live');
}
