// "What the digit network learned": the hidden units' incoming weights drawn as 28×28 pictures (one tile
// per unit, blue where ink excites the unit, orange where it inhibits it), behind a predict-first question;
// then, for the reader's drawing, which units fire (faded tiles stay at zero, the strongest are framed and
// named in text). The pictures come from the same network the pad runs.
import { cssRgb, diverging } from '../../src/ui/colors.ts';
import { formatNumber } from '../../src/ui/format.ts';
import type { DigitClassifier, PadReading, PadView } from './digit-model.ts';
import { SIZE } from './preprocess.ts';
import { digitPadStrings } from '../../src/i18n/index.ts';

const PAD_STRINGS = digitPadStrings();
import { gridLayout, strongestUnits, TILE_GAP, unitPictures } from './units.ts';

const S = PAD_STRINGS.units;
/** How many of the strongest firing units are framed and named. */
const NAMED = 5;

export function mountUnitsView(root: HTMLElement, pad: PadView): void {
  const section = root.querySelector<HTMLElement>('.pad-units')!;
  const q = <T extends Element>(sel: string) => section.querySelector<T>(sel)!;
  const reveal = q<HTMLButtonElement>('.units-reveal');
  const feedback = q<HTMLElement>('.units-feedback');
  const view = q<HTMLElement>('.units-view');
  const canvas = q<HTMLCanvasElement>('.units-grid');
  const firing = q<HTMLElement>('.units-firing');
  const ctx = canvas.getContext('2d')!;
  let pictures: Float32Array[] | null = null;
  let classifier: DigitClassifier | null = null;

  reveal.addEventListener('click', () => {
    const choice = section.querySelector<HTMLInputElement>('.units-predict input:checked');
    if (!choice) { feedback.textContent = PAD_STRINGS.page.unitsChooseFirst; return; }
    feedback.textContent = section.querySelector<HTMLElement>(`[data-explain="${choice.value}"]`)?.textContent ?? '';
    view.hidden = false;
    section.dataset.revealed = '';
    draw(pad.reading());
  });

  pad.onModel((c) => { classifier = c; pictures = unitPictures(c.network.getParameters().weights[0], c.network.layerSizes[1]); draw(pad.reading()); });
  pad.onReading((reading) => draw(reading));

  function draw(reading: PadReading | null): void {
    if (view.hidden || !pictures || !classifier) return;
    const { columns, width, height } = gridLayout(pictures.length);
    if (canvas.width !== width || canvas.height !== height) { canvas.width = width; canvas.height = height; }
    const hidden = reading ? classifier.hidden(reading.input) : null;
    const named = hidden ? strongestUnits(hidden, NAMED) : [];
    const image = ctx.createImageData(width, height);
    image.data.fill(0);
    pictures.forEach((weights, unit) => {
      const x0 = (unit % columns) * (SIZE + TILE_GAP) + TILE_GAP, y0 = Math.floor(unit / columns) * (SIZE + TILE_GAP) + TILE_GAP;
      // A unit that stays at zero for this drawing is faded: it contributes nothing to the answer.
      const alpha = hidden && hidden[unit] <= 0 ? 70 : 255;
      for (let k = 0; k < SIZE * SIZE; k++) {
        const [r, g, b] = diverging(weights[k]);
        image.data.set([r, g, b, alpha], ((y0 + Math.floor(k / SIZE)) * width + x0 + (k % SIZE)) * 4);
      }
    });
    ctx.putImageData(image, 0, 0);
    // Frames around the strongest units, in the text colour (a shape, not only a colour).
    ctx.strokeStyle = getComputedStyle(section).color;
    ctx.lineWidth = 2;
    for (const unit of named) {
      const x0 = (unit % columns) * (SIZE + TILE_GAP) + TILE_GAP, y0 = Math.floor(unit / columns) * (SIZE + TILE_GAP) + TILE_GAP;
      ctx.strokeRect(x0 - 1, y0 - 1, SIZE + 2, SIZE + 2);
    }
    if (!hidden) {
      firing.textContent = S.notYet;
      delete section.dataset.active;
      return;
    }
    const active = hidden.filter((h) => h > 0).length;
    section.dataset.active = String(active);
    section.dataset.strongest = named.map((u) => u + 1).join(',');
    firing.textContent = S.firing(active, hidden.length, named.map((u) => S.unitValue(u + 1, formatNumber(hidden[u], 2))).join(', '));
    canvas.setAttribute('aria-label', PAD_STRINGS.page.unitsCanvasLive(pictures.length, columns, active));
  }
}
