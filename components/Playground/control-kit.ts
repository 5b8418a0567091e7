// Building blocks for the playground's settings: each control is an element plus `sync(state)`, which
// shows the state's value again after any change (from the reader, a link, or a fix like "lower the
// learning rate"). Every control is a native, labelled form element, so it works with the keyboard.
import type { PlaygroundState } from '../../src/state/playground-state.ts';
import { createSliderField } from '../../src/ui/slider-field.ts';
import { el, uid } from '../../src/ui/dom.ts';
import { formatPlain } from '../../src/ui/format.ts';
import type { Store } from './store.ts';
import type { ControlGroup } from '../../src/state/playground-state.ts';

export interface Control {
  element: HTMLElement;
  sync(state: Readonly<PlaygroundState>): void;
}

/** Wraps controls in a block a teacher can hide with `hide=<group>`. */
export function group(name: ControlGroup, ...controls: Control[]): Control {
  const element = el('div', { class: 'pg-control', 'data-control': name });
  element.append(...controls.map((c) => c.element));
  return {
    element,
    sync(state) {
      element.hidden = state.hide.includes(name);
      for (const c of controls) c.sync(state);
    },
  };
}

export interface Option { value: string; label: string }

export function selectControl(
  store: Store, label: string, options: Option[] | ((s: Readonly<PlaygroundState>) => Option[]),
  get: (s: Readonly<PlaygroundState>) => string, set: (value: string) => Partial<PlaygroundState>,
): Control {
  const id = uid('pg-select');
  const select = el('select', { id });
  const element = el('div', { class: 'pg-field' }, el('label', { for: id }, label), select);
  select.addEventListener('change', () => store.update(set(select.value)));
  let shown = '';
  return {
    element,
    sync(state) {
      const opts = typeof options === 'function' ? options(state) : options;
      const value = get(state);
      // A value from a link that is valid but not in the usual list is shown as an extra option.
      const all = opts.some((o) => o.value === value) ? opts : [...opts, { value, label: value }];
      const key = JSON.stringify(all);
      if (key !== shown) {
        select.replaceChildren(...all.map((o) => el('option', { value: o.value }, o.label)));
        shown = key;
      }
      if (select.value !== value) select.value = value;
    },
  };
}

export function checkboxControl(
  store: Store, label: string, get: (s: Readonly<PlaygroundState>) => boolean, set: (on: boolean) => Partial<PlaygroundState>,
): Control {
  const id = uid('pg-check');
  const input = el('input', { type: 'checkbox', id });
  const element = el('div', { class: 'pg-field pg-check' }, input, el('label', { for: id }, label));
  input.addEventListener('change', () => store.update(set(input.checked)));
  return { element, sync(state) { input.checked = get(state); } };
}

export function sliderControl(
  store: Store, label: string, range: { min: number; max: number; step: number; decimals?: number },
  get: (s: Readonly<PlaygroundState>) => number, set: (v: number) => Partial<PlaygroundState>,
): Control {
  // Sliders fire on every step of a drag; the store writes the URL lazily, and the data is regenerated
  // at most once a frame by its listener.
  const field = createSliderField({
    id: uid('pg-slider'), label, ...range, value: 0, decimals: range.decimals ?? 0,
    onInput: (v) => store.update(set(range.step >= 1 ? Math.round(v) : v)),
  });
  field.element.classList.add('pg-field');
  return { element: field.element, sync(state) { if (field.value !== get(state)) field.set(get(state), false); } };
}

export function buttonControl(label: string, onClick: () => void, attrs: Record<string, string> = {}): Control & { button: HTMLButtonElement } {
  const button = el('button', { type: 'button', class: 'pg-button', ...attrs }, label);
  button.addEventListener('click', onClick);
  return { element: button, button, sync() {} };
}

/** Options for numbers: the value as the link writes it, the label in the page's convention (0,03 in Spanish). */
export const numberOptions = (values: readonly number[]): Option[] => values.map((v) => ({ value: String(v), label: formatPlain(v) }));
