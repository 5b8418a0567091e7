// A labelled slider paired with a number field: the course's standard numeric control.
// Both edit one value; the number field accepts any decimal number (one outside [min, max] is clamped,
// anything else is refused, both with a message, and the field shows the value in force: see
// number-entry.ts), the slider moves in `step`s.
import { formatNumber } from './format.ts';
import { commitNumberEntry } from './number-entry.ts';
import type { NumberLocale } from './parse-number.ts';

export interface SliderFieldOptions {
  /** Unique within the page: used for the element ids. */
  id: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  decimals?: number;
  /** Extra text read by screen readers after the label, e.g. "weight of input 1". */
  description?: string;
  /** How typed numbers are read (decimal separator); English by default. */
  locale?: NumberLocale;
  onInput(value: number): void;
}

export interface SliderField {
  element: HTMLElement;
  get value(): number;
  set(value: number, notify?: boolean): void;
}

export function createSliderField(o: SliderFieldOptions): SliderField {
  const decimals = o.decimals ?? 2;
  const wrap = document.createElement('div');
  wrap.className = 'slider-field';
  const label = document.createElement('label');
  label.htmlFor = `${o.id}-range`;
  label.textContent = o.label;
  const range = document.createElement('input');
  range.type = 'range';
  range.id = `${o.id}-range`;
  Object.assign(range, { min: String(o.min), max: String(o.max), step: String(o.step) });
  const number = document.createElement('input');
  number.type = 'text';
  number.inputMode = 'decimal';
  number.id = `${o.id}-number`;
  number.className = 'slider-field-number';
  number.setAttribute('aria-label', `${o.label} (exact value)`);
  number.size = 6;
  const message = document.createElement('span');
  message.className = 'slider-field-message';
  message.id = `${o.id}-message`;
  message.setAttribute('role', 'status');
  number.setAttribute('aria-describedby', message.id);
  if (o.description) range.setAttribute('aria-description', o.description);
  wrap.append(label, range, number, message);

  let value = o.value;
  const show = () => {
    range.value = String(value);
    number.value = formatNumber(value, decimals);
    range.setAttribute('aria-valuetext', formatNumber(value, decimals));
  };
  const set = (v: number, notify = true) => {
    value = Math.min(o.max, Math.max(o.min, v));
    show();
    if (notify) o.onInput(value);
  };
  range.addEventListener('input', () => { message.textContent = ''; set(Number(range.value)); });
  const commit = () => {
    // Enter commits, and the browser may then fire 'change' for the same edit: the field already shows the
    // value in force, so there is nothing to do (and the message about clamping or refusing must stay).
    if (number.value === formatNumber(value, decimals)) return;
    const entry = commitNumberEntry(number.value, value, { min: o.min, max: o.max, decimals, outOfRange: 'clamp', locale: o.locale });
    message.textContent = entry.message;
    if (entry.changed) set(entry.value);
    else show();
  };
  number.addEventListener('change', commit);
  number.addEventListener('keydown', (e) => { if (e.key === 'Enter') commit(); });
  show();
  return { element: wrap, get value() { return value; }, set };
}
