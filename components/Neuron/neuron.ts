// Wires each <figure data-neuron> rendered by Neuron.astro: builds the controls, and on every change
// recomputes the neuron (neuron-math.ts) and updates the table, the KaTeX slots, the drawing and the chart.
import { createSliderField } from '../../src/ui/slider-field.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { setSlot } from '../../src/ui/slots.ts';
import { neuronStrings } from '../../src/i18n/index.ts';
import { isNeuronActivation, runNeuron, type NeuronResult } from './neuron-math.ts';
import { BIAS_RANGE, INPUT_RANGE, MAX_INPUTS, MIN_INPUTS, NEW_INPUT, WEIGHT_RANGE, parseConfig } from './neuron-config.ts';
import { drawNeuron } from './neuron-svg.ts';
import { drawActivationPlot } from './neuron-plot.ts';
import { subscript } from './neuron-drawing.ts';

const T = neuronStrings();

/** Wait this long after the last change before the screen-reader summary speaks (polite, not chatty). */
const SUMMARY_DELAY_MS = 700;

export function mountNeuron(root: HTMLElement): void {
  const id = root.id || 'neuron';
  const state = parseConfig(root.dataset.config);
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const inputControls = q<HTMLElement>('[data-input-controls]');
  const rows = q<HTMLTableSectionElement>('[data-rows]');
  const select = q<HTMLSelectElement>('[data-activation]');
  const addButton = q<HTMLButtonElement>('[data-add-input]');
  const removeButton = q<HTMLButtonElement>('[data-remove-input]');
  const drawing = q<SVGSVGElement>('[data-drawing]');
  const plotBox = q<HTMLElement>('[data-plot]');
  const summary = q<HTMLElement>('[data-summary]');
  const out = (name: string) => q<HTMLElement>(`[data-out="${name}"]`);

  let summaryTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let last: NeuronResult = runNeuron(state.inputs, state.weights, state.bias, state.activation);

  // Controls for each input: a fieldset with its value and its weight.
  const buildInputs = () => {
    inputControls.replaceChildren();
    rows.replaceChildren();
    state.inputs.forEach((x, i) => {
      const n = i + 1;
      const group = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = T.inputLegend(n);
      const xField = createSliderField({
        id: `${id}-x${n}`, label: T.valueLabel(subscript(n)), ...INPUT_RANGE, value: x,
        onInput: (v) => { state.inputs[i] = v; update(); },
      });
      const wField = createSliderField({
        id: `${id}-w${n}`, label: T.weightLabel(subscript(n)), ...WEIGHT_RANGE, value: state.weights[i],
        description: T.weightDescription(n),
        onInput: (v) => { state.weights[i] = v; update(); },
      });
      group.append(legend, xField.element, wField.element);
      inputControls.append(group);
      const row = document.createElement('tr');
      row.innerHTML = `<th scope="row">x${subscript(n)}</th><td class="num" data-x="${n}"></td><td class="num" data-w="${n}"></td><td class="num" data-product="${n}"></td>`;
      rows.append(row);
    });
    addButton.disabled = state.inputs.length >= MAX_INPUTS;
    removeButton.disabled = state.inputs.length <= MIN_INPUTS;
    for (const el of root.querySelectorAll<HTMLElement>('[data-sum-for]')) el.hidden = Number(el.dataset.sumFor) !== state.inputs.length;
  };

  const biasField = createSliderField({
    id: `${id}-bias`, label: T.biasLabel, ...BIAS_RANGE, value: state.bias,
    onInput: (v) => { state.bias = v; update(); },
  });
  q<HTMLElement>('[data-bias-control]').append(biasField.element);

  function update() {
    const r = runNeuron(state.inputs, state.weights, state.bias, state.activation);
    last = r;
    const f = (v: number) => formatNumber(v);
    state.inputs.forEach((x, i) => {
      const n = i + 1;
      q<HTMLElement>(`[data-x="${n}"]`).textContent = f(x);
      q<HTMLElement>(`[data-w="${n}"]`).textContent = f(state.weights[i]);
      q<HTMLElement>(`[data-product="${n}"]`).textContent = f(r.products[i]);
      setSlot(root, `x${n}`, f(x));
      setSlot(root, `w${n}`, f(state.weights[i]));
    });
    out('b').textContent = f(state.bias);
    out('z').textContent = f(r.z);
    out('a').textContent = f(r.a);
    out('f').textContent = T.activationNames[state.activation];
    setSlot(root, 'b', f(state.bias));
    setSlot(root, 'z', f(r.z));
    setSlot(root, 'a', f(r.a));
    for (const el of root.querySelectorAll<HTMLElement>('[data-activation-formula]')) el.hidden = el.dataset.activationFormula !== state.activation;
    drawNeuron(drawing, state.inputs, state.weights, state.bias, r);
    // The chart redraws at most once per frame however fast a slider moves.
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => { void drawActivationPlot(plotBox, state.activation, last.z, last.a); });
    clearTimeout(summaryTimer);
    summaryTimer = setTimeout(() => {
      summary.textContent = T.summary(f(last.z), f(last.a), T.activationNames[state.activation]);
    }, SUMMARY_DELAY_MS);
  }

  select.addEventListener('change', () => {
    if (isNeuronActivation(select.value)) { state.activation = select.value; update(); }
  });
  addButton.addEventListener('click', () => {
    if (state.inputs.length >= MAX_INPUTS) return;
    state.inputs.push(NEW_INPUT.x);
    state.weights.push(NEW_INPUT.w);
    buildInputs();
    update();
    if (addButton.disabled) removeButton.focus();
  });
  removeButton.addEventListener('click', () => {
    if (state.inputs.length <= MIN_INPUTS) return;
    state.inputs.pop();
    state.weights.pop();
    buildInputs();
    update();
    if (removeButton.disabled) addButton.focus();
  });
  new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => { void drawActivationPlot(plotBox, state.activation, last.z, last.a); });
  }).observe(plotBox);

  buildInputs();
  q<HTMLElement>('[data-fallback]').hidden = true;
  q<HTMLElement>('[data-live]').hidden = false;
  update();
}
