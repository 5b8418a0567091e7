// Wires the ForwardPass widget: two input controls, "Fire next layer" and "Start again" buttons, an SVG
// whose neurons light up layer by layer (brightness and a printed number, so colour is never the only
// signal), and the weighted sums written out with the engine trace's numbers.
import { createReferenceNetwork } from '../../src/engine/index.ts';
import type { Network } from '../../src/engine/types.ts';
import { NEGATIVE, POSITIVE } from '../../src/ui/colors.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { createSliderField } from '../../src/ui/slider-field.ts';
import { DEFAULT_PARAMETERS, DEFAULT_SPEC, type NeuronStep, forwardSteps } from './forward-steps.ts';
import { svgEl } from '../../src/ui/dom.ts';
import { forwardPassStrings } from '../../src/i18n/index.ts';

const T = forwardPassStrings();

// radius 30 fits the widest value, "−1.00" in bold 15 px, inside its circle.
const VIEW = { width: 600, height: 330, radius: 30 };
const COLUMN_X = [90, 300, 510];

const f2 = (v: number) => formatNumber(v, 2);
/** A number inside a sum, bracketed when negative so "+ (−0.50)·x" reads unambiguously. */
const term = (v: number) => (v < 0 ? `(${f2(v)})` : f2(v));


const nodeY = (units: number, j: number) => VIEW.height / 2 - 8 + (j - (units - 1) / 2) * 86;

const NAMES = [['x₁', 'x₂'], ['h₁', 'h₂', 'h₃'], ['y₁', 'y₂']];
const neuronName = (layer: number, j: number) => NAMES[layer]?.[j] ?? `n${layer}.${j + 1}`;

/** The sentence shown for one neuron: its sum with every term, then its activation. */
export function describeNeuron(n: NeuronStep, layerZ: readonly number[]): string {
  const sum = [term(n.bias), ...n.terms.map((t) => `${term(t.weight)}·${term(t.input)}`)].join(' + ');
  const name = neuronName(n.layer + 1, n.index);
  const act = n.activation === 'softmax'
    ? `softmax: ${name} = e^${term(n.z)} / (${layerZ.map((z) => `e^${term(z)}`).join(' + ')}) = ${f2(n.a)}`
    : `${name} = ${n.activation === 'sigmoid' ? 'σ' : n.activation}(${f2(n.z)}) = ${f2(n.a)}`;
  return `z = ${sum} = ${f2(n.z)}; ${act}`;
}

export function mountForwardPass(root: HTMLElement): void {
  const network: Network = createReferenceNetwork(DEFAULT_SPEC);
  network.setParameters(DEFAULT_PARAMETERS);
  root.dataset.parameters = JSON.stringify(DEFAULT_PARAMETERS);
  const sizes = network.layerSizes;
  const svg = root.querySelector<SVGSVGElement>('svg.fp-drawing')!;
  const details = root.querySelector<HTMLElement>('.fp-details')!;
  const fire = root.querySelector<HTMLButtonElement>('[data-action="fire"]')!;
  const restart = root.querySelector<HTMLButtonElement>('[data-action="restart"]')!;
  const status = root.querySelector<HTMLElement>('.fp-status')!;
  const verdict = root.querySelector<HTMLElement>('.fp-verdict')!;
  const input = [0.5, -1];
  /** How many layers after the input have fired: 0 (only the inputs are set) .. number of layers. */
  let fired = 0;

  const fields = input.map((v, i) => createSliderField({
    id: `${root.id}-x${i + 1}`, label: T.input(i + 1), min: -2, max: 2, step: 0.1, value: v, decimals: 2,
    onInput(value) { input[i] = value; render(false); },
  }));
  root.querySelector('.fp-inputs')!.append(...fields.map((f) => f.element));

  // Static parts of the drawing: edges (width ∝ |w|, dashed when negative) and neuron circles.
  const edgeGroup = svgEl('g', { class: 'fp-edges' });
  const nodeGroup = svgEl('g', { class: 'fp-nodes' });
  const edges: SVGLineElement[][] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    edges.push([]);
    for (let i = 0; i < sizes[l]; i++) for (let j = 0; j < sizes[l + 1]; j++) {
      const w = DEFAULT_PARAMETERS.weights[l][i * sizes[l + 1] + j];
      const line = svgEl('line', {
        x1: COLUMN_X[l], y1: nodeY(sizes[l], i), x2: COLUMN_X[l + 1], y2: nodeY(sizes[l + 1], j),
        stroke: w >= 0 ? POSITIVE : NEGATIVE, 'stroke-width': 1 + 2 * Math.abs(w), ...(w < 0 ? { 'stroke-dasharray': '7 5' } : {}),
      });
      edges[l].push(line);
      edgeGroup.append(line);
    }
  }
  const nodes = sizes.map((units, l) => Array.from({ length: units }, (_, j) => {
    const g = svgEl('g', { class: 'fp-node' });
    const x = COLUMN_X[l], y = nodeY(units, j);
    // An opaque base under the lit fill, so the edges behind a neuron never show through it.
    const base = svgEl('circle', { cx: x, cy: y, r: VIEW.radius, class: 'fp-base' });
    const fill = svgEl('circle', { cx: x, cy: y, r: VIEW.radius, class: 'fp-fill' });
    const ring = svgEl('circle', { cx: x, cy: y, r: VIEW.radius, class: 'fp-ring' });
    const value = svgEl('text', { x, y: y + 6, 'text-anchor': 'middle', class: 'fp-value' });
    const name = svgEl('text', { x, y: y - VIEW.radius - 6, 'text-anchor': 'middle', class: 'fp-name' });
    name.textContent = neuronName(l, j);
    g.append(base, fill, ring, value, name);
    nodeGroup.append(g);
    return { fill, value };
  }));
  const captions = T.columns.map((t, l) => {
    const el = svgEl('text', { x: COLUMN_X[l], y: VIEW.height - 8, 'text-anchor': 'middle', class: 'fp-caption' });
    el.textContent = t;
    return el;
  });
  svg.append(edgeGroup, nodeGroup, ...captions);

  /** Brightness = |value| / range (2 for inputs, 1 for activations); the printed number carries the value. */
  const light = (node: { fill: SVGCircleElement; value: SVGTextElement }, v: number | null, range = 1) => {
    const level = v === null ? 0 : Math.min(1, Math.abs(v) / range);
    node.fill.setAttribute('fill', v !== null && v < 0 ? NEGATIVE : POSITIVE);
    node.fill.setAttribute('fill-opacity', String(0.08 + 0.92 * level));
    node.value.textContent = v === null ? '?' : f2(v);
  };

  function render(announce: boolean) {
    const trace = network.trace(input);
    const steps = forwardSteps(DEFAULT_SPEC, DEFAULT_PARAMETERS, input, trace);
    nodes[0].forEach((n, i) => light(n, input[i], 2));
    steps.forEach((layer, l) => layer.forEach((s, j) => light(nodes[l + 1][j], l < fired ? s.a : null)));
    edges.forEach((layer, l) => layer.forEach((e) => e.classList.toggle('is-fired', l < fired)));
    details.replaceChildren(...steps.slice(0, fired).map((layer, l) => {
      const section = document.createElement('section');
      const h = document.createElement('h4');
      h.textContent = l === steps.length - 1 ? T.outputLayer : T.hiddenLayer(l + 1);
      const list = document.createElement('ul');
      for (const s of layer) {
        const li = document.createElement('li');
        li.dataset.layer = String(l);
        li.dataset.index = String(s.index);
        li.dataset.z = String(s.z);
        li.dataset.a = String(s.a);
        li.innerHTML = `<strong>${neuronName(l + 1, s.index)}</strong>: `;
        li.append(describeNeuron(s, layer.map((o) => o.z)));
        list.append(li);
      }
      section.append(h, list);
      return section;
    }));
    fire.disabled = fired >= steps.length;
    fire.textContent = fired === 0 ? T.fireFirst : fired >= steps.length ? T.allFired : T.fireNext;
    restart.disabled = fired === 0;
    root.dataset.fired = String(fired);
    const out = trace.a[trace.a.length - 1];
    const best = out[0] >= out[1] ? 0 : 1;
    verdict.textContent = fired >= steps.length
      ? T.answer(best + 1, f2(out[best]), f2(out[0]), f2(out[1]))
      : T.answerLater;
    svg.setAttribute('aria-label', T.drawingLive(input.map(f2).join(T.and), fired, steps.length));
    if (announce) {
      const layer = steps[fired - 1];
      status.textContent = fired === 0 ? T.backToInputs
        : T.layerFired(fired === steps.length ? T.outputLayer : T.hiddenLayer(fired), layer.map((s) => `${neuronName(fired, s.index)} = ${f2(s.a)}`).join(', '));
    }
  }

  fire.addEventListener('click', () => { fired = Math.min(fired + 1, DEFAULT_SPEC.layers.length); render(true); if (fire.disabled) restart.focus(); });
  restart.addEventListener('click', () => { fired = 0; render(true); fire.focus(); });
  render(false);
  root.querySelector<HTMLElement>('.fp-controls')!.hidden = false;
  root.classList.add('is-live');
}
