// The unroll control: shows time steps 1..k of the unrolled recurrent network. Without JavaScript every
// step is visible; with it the figure starts at one step and the reader unrolls it.
import { recurrentFigureStrings } from '../../src/i18n/index.ts';

const T = recurrentFigureStrings();

export function mountRecurrentFigure(root: HTMLElement): void {
  const steps = [...root.querySelectorAll<SVGGElement>('.rf-step')];
  const max = steps.length;
  const controls = root.querySelector<HTMLElement>('.rf-controls')!;
  const fewer = controls.querySelector<HTMLButtonElement>('[data-action="fewer"]')!;
  const more = controls.querySelector<HTMLButtonElement>('[data-action="more"]')!;
  const status = controls.querySelector<HTMLElement>('.rf-status')!;
  const desc = root.querySelector<SVGDescElement>('.rf-unrolled-desc')!;
  const fullDesc = desc.textContent ?? '';
  let shown = 1;
  const show = (announce: boolean) => {
    steps.forEach((g, i) => {
      g.style.visibility = i < shown ? 'visible' : 'hidden';
      // The arrow out of the last visible step points at nothing yet: hide it too.
      for (const el of g.querySelectorAll<SVGElement>('.rf-loop, .rf-small')) el.style.visibility = i < shown - 1 ? 'visible' : 'hidden';
    });
    fewer.disabled = shown <= 1;
    more.disabled = shown >= max;
    root.dataset.shown = String(shown);
    desc.textContent = shown === max ? fullDesc : T.partly(shown, max);
    if (announce) status.textContent = T.showing(shown, max);
  };
  fewer.addEventListener('click', () => { shown = Math.max(1, shown - 1); show(true); if (fewer.disabled) more.focus(); });
  more.addEventListener('click', () => { shown = Math.min(max, shown + 1); show(true); if (more.disabled) fewer.focus(); });
  controls.hidden = false;
  show(false);
}
