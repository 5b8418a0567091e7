// DOM wiring for <DigitPad>: pointer drawing, keyboard access, lazy loading of the model (run by our own
// engine), the 28×28 preview, the probability chart and the exercise. The maths lives in preprocess.ts and
// digit-model.ts.
import { keepWidget } from '../../src/classroom/progress/widget-state.ts';
import { createDigitClassifier, decodeSamples, describeAnswer, percent, topDigit, type DigitClassifier, type PadReading, type PadView, type SampleDigit } from './digit-model.ts';
import { mountOrtPanel } from './ort-panel.ts';
import { createProbabilityChart } from './probability-chart.ts';
import { mountUnitsView } from './units-view.ts';
import { digitLikeness } from './digit-likeness.ts';
import { alphaToInk, SIZE, toMnistInput } from './preprocess.ts';
import { digitPadStrings } from '../../src/i18n/index.ts';
import { showReason, WordedError } from './reason.ts';
import { formatInteger, formatNumber } from '../../src/ui/format.ts';
import { pageLang } from '../../src/i18n/lang.ts';
import { measureSince } from '../../src/ui/performance-measure.ts';
import { nextTask } from '../../src/engine/worker/next-task.ts';

const PAD_STRINGS = digitPadStrings();
const PAGE = PAD_STRINGS.page;

/** Stroke width on the 280-pixel drawing canvas: MNIST strokes are ~2–3 pixels of a 20-pixel box. */
const STROKE = 20;
/** A drawn digit counts for the exercise when the network gives it at least this probability. */
const EXERCISE_THRESHOLD = 0.8;

export function mountDigitPad(root: HTMLElement): void {
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const canvas = q<HTMLCanvasElement>('.pad-canvas');
  const preview = q<HTMLCanvasElement>('.pad-input');
  const status = q<HTMLElement>('.pad-status');
  const answer = q<HTMLElement>('.pad-answer');
  const verdict = q<HTMLElement>('.pad-verdict');
  const exerciseNote = root.querySelector<HTMLElement>('.pad-exercise-done');
  const chart = createProbabilityChart(q<HTMLElement>('.pad-chart'), { digit: PAGE.digitAxis, probability: PAGE.probabilityAxis });
  const list = q<HTMLOListElement>('.pad-list');
  // The ten list items (for screen readers) are made once and their text changed on each reading.
  const listItems = Array.from({ length: 10 }, () => document.createElement('li'));
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const previewCtx = preview.getContext('2d')!;

  let classifier: DigitClassifier | null = null;
  let modelBytes: Uint8Array | null = null;
  let reading: PadReading | null = null;
  const readingListeners: ((reading: PadReading | null) => void)[] = [];
  const keptPad = keepWidget(root.id);
  const modelListeners: ((classifier: DigitClassifier) => void)[] = [];
  const view: PadView = {
    reading: () => reading,
    modelBytes: () => modelBytes,
    classifier: () => classifier,
    onReading: (listener) => { readingListeners.push(listener); },
    onModel: (listener) => { modelListeners.push(listener); },
  };
  let loading: Promise<void> | null = null;
  let samples: SampleDigit[] | null = null;
  let sampleIndex = -1;
  /** Whether the current picture is a test digit (not the reader's own drawing). */
  let showingSample = false;

  /** Shows `text`, or for an error the sentence `text` makes of its reason. */
  function setStatus(text: string, state?: 'ok' | 'busy' | 'error'): void;
  function setStatus(text: (reason: string) => string, state: 'error', error: unknown): void;
  function setStatus(text: string | ((reason: string) => string), state: 'ok' | 'busy' | 'error' = 'ok', error?: unknown): void {
    if (typeof text === 'string') status.textContent = text;
    else showReason(status, text, error);
    status.dataset.state = state;
    root.setAttribute('aria-busy', state === 'busy' ? 'true' : 'false');
  }

  function startLoading(): Promise<void> {
    loading ??= (async () => {
      setStatus(PAGE.loading, 'busy');
      try {
        const model = await fetch(root.dataset.model!).then((r) => {
          if (!r.ok) throw new WordedError(PAGE.serverAnswered(r.status));
          return r.arrayBuffer();
        });
        modelBytes = new Uint8Array(model);
        // Named measures on the performance timeline, reported by `npm run bench:digits`.
        const started = performance.now();
        classifier = createDigitClassifier(modelBytes);
        measureSince('digit-pad: decode model', started);
        for (const listener of modelListeners) listener(classifier);
        // Decoding and the first reading in separate tasks, so neither adds to the other's length.
        await nextTask();
        // A test digit loaded while the model was loading keeps its caption ("Test digit 1 of 20: …").
        setStatus(showingSample ? status.textContent ?? '' : PAGE.ready);
        showCard();
        update();
      } catch (error) {
        setStatus(PAGE.loadFailed, 'error', error);
      }
    })();
    return loading;
  }

  async function showCard() {
    const card = await fetch(root.dataset.card!).then((r) => (r.ok ? r.json() : null)).catch(() => null);
    if (!(card?.heldOutAccuracy > 0 && card?.heldOut > 0)) return;
    const right = Math.round(card.heldOutAccuracy * card.heldOut);
    q<HTMLElement>('.pad-card').textContent =
      PAGE.card(formatInteger(card.heldOut), formatInteger(right), `${formatNumber(100 * card.heldOutAccuracy, 2)}${pageLang() === 'es' ? ' %' : '%'}`);
  }

  // The ONNX Runtime panel and the hidden units need the script: shown only once it runs.
  for (const element of root.querySelectorAll<HTMLElement>('[data-js-only]')) element.hidden = false;
  if (root.querySelector('.pad-ort')) mountOrtPanel(root, view);
  if (root.querySelector('.pad-units')) mountUnitsView(root, view);

  // Load when the widget comes within a screen of the viewport, never on pages that do not show it.
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) { observer.disconnect(); void startLoading(); }
    }, { rootMargin: '400px 0px' });
    observer.observe(root);
  } else {
    void startLoading();
  }

  // --- Drawing -------------------------------------------------------------------------------
  let last: { x: number; y: number } | null = null;
  let frame = 0;
  /** The ink colour, read once a stroke (reading a computed style per pointer event forced a style recalculation each time). */
  let inkColor = '';
  /**
   * The part of the canvas that can hold ink (each stroke's segments widened by the pen): a reading
   * copies and scans only that part, not all 280×280 pixels. Pre-processing is translation-invariant
   * (it crops to the ink's box), so the 28×28 input is the same as from the whole canvas.
   */
  let inked: { x0: number; y0: number; x1: number; y1: number } | null = null;
  const addInk = (a: { x: number; y: number }, b: { x: number; y: number }) => {
    const r = STROKE / 2 + 2; // the pen's half-width, and anti-aliasing
    const x0 = Math.max(0, Math.floor(Math.min(a.x, b.x) - r)), y0 = Math.max(0, Math.floor(Math.min(a.y, b.y) - r));
    const x1 = Math.min(canvas.width, Math.ceil(Math.max(a.x, b.x) + r)), y1 = Math.min(canvas.height, Math.ceil(Math.max(a.y, b.y) + r));
    inked = inked ? { x0: Math.min(inked.x0, x0), y0: Math.min(inked.y0, y0), x1: Math.max(inked.x1, x1), y1: Math.max(inked.y1, y1) } : { x0, y0, x1, y1 };
  };
  const toCanvas = (e: PointerEvent) => {
    const rect = canvas.getBoundingClientRect();
    return { x: ((e.clientX - rect.left) / rect.width) * canvas.width, y: ((e.clientY - rect.top) / rect.height) * canvas.height };
  };
  const strokeTo = (p: { x: number; y: number }) => {
    addInk(last!, p);
    ctx.strokeStyle = inkColor;
    ctx.lineWidth = STROKE;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(last!.x, last!.y);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
    last = p;
  };
  // data-pending marks a drawn change not yet read (tests wait on it instead of on a clock).
  const scheduleUpdate = () => {
    root.dataset.pending = '';
    if (!frame) frame = requestAnimationFrame(() => { frame = 0; update(); if (!last) delete root.dataset.pending; });
  };
  canvas.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    e.preventDefault();
    canvas.setPointerCapture(e.pointerId);
    if (showingSample) clearDrawing();
    showingSample = false;
    inkColor = getComputedStyle(canvas).color;
    last = toCanvas(e);
    strokeTo({ x: last.x + 0.01, y: last.y }); // a dot for a tap
    void startLoading();
    scheduleUpdate();
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!last) return;
    for (const ev of e.getCoalescedEvents?.() ?? [e]) strokeTo(toCanvas(ev));
    scheduleUpdate();
  });
  const endStroke = () => { if (last) { last = null; scheduleUpdate(); } };
  canvas.addEventListener('pointerup', endStroke);
  canvas.addEventListener('pointercancel', endStroke);
  canvas.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); void loadNextSample(); }
    if (e.key === 'Delete' || e.key === 'Backspace') { e.preventDefault(); clearDrawing(); update(); }
  });
  q<HTMLButtonElement>('.pad-clear').addEventListener('click', () => { clearDrawing(); update(); });
  q<HTMLButtonElement>('.pad-sample').addEventListener('click', () => void loadNextSample());

  function clearDrawing() {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    inked = null;
    showingSample = false;
  }

  async function loadNextSample() {
    void startLoading();
    try {
      samples ??= decodeSamples(await fetch(root.dataset.samples!).then((r) => {
        if (!r.ok) throw new WordedError(PAGE.serverAnswered(r.status));
        return r.json();
      }));
    } catch (error) {
      setStatus(PAGE.samplesFailed, 'error', error);
      return;
    }
    sampleIndex = (sampleIndex + 1) % samples.length;
    const sample = samples[sampleIndex];
    // Paste the 28×28 digit as ink on the drawing canvas, enlarged, so it goes through the same
    // pre-processing as a drawing.
    const small = document.createElement('canvas');
    small.width = SIZE;
    small.height = SIZE;
    const smallCtx = small.getContext('2d')!;
    const image = smallCtx.createImageData(SIZE, SIZE);
    const [r, g, b] = (getComputedStyle(canvas).color.match(/\d+/g) ?? ['0', '0', '0']).map(Number);
    sample.pixels.forEach((v, k) => image.data.set([r, g, b, Math.round(v * 255)], k * 4));
    smallCtx.putImageData(image, 0, 0);
    clearDrawing();
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(small, 0, 0, canvas.width, canvas.height);
    inked = { x0: 0, y0: 0, x1: canvas.width, y1: canvas.height };
    showingSample = true;
    root.dataset.sampleLabel = String(sample.label);
    answer.textContent = '';
    update();
    status.textContent = PAGE.sampleShown(sampleIndex + 1, samples.length, sample.label);
  }

  // --- Pre-processing and prediction ---------------------------------------------------------
  function update() {
    const started = performance.now();
    try { read(); } finally { measureSince('digit-pad: read drawing', started); }
  }

  function read() {
    const box = inked;
    const w = box ? box.x1 - box.x0 : 0, h = box ? box.y1 - box.y0 : 0;
    const input = box && w > 0 && h > 0 ? toMnistInput(alphaToInk(ctx.getImageData(box.x0, box.y0, w, h).data, w, h)) : null;
    showPreview(input);
    if (!input) { showResult(null); return; }
    if (!classifier) return; // update() runs again once the model is ready
    // Only a finished drawing of the reader's own counts for the exercise (not a half-drawn stroke).
    const countsForExercise = !showingSample && !last;
    try {
      showResult(classifier.classify(input), countsForExercise, input);
    } catch (error) {
      setStatus(PAGE.failedOnDrawing, 'error', error);
    }
  }

  function showPreview(input: Float32Array | null) {
    const image = previewCtx.createImageData(SIZE, SIZE);
    for (let k = 0; k < SIZE * SIZE; k++) {
      const v = Math.round((input?.[k] ?? 0) * 255);
      image.data.set([v, v, v, 255], k * 4);
    }
    previewCtx.putImageData(image, 0, 0);
  }

  function showResult(probabilities: Float64Array | null, countsForExercise = false, input: Float32Array | null = null) {
    if (!probabilities || !input) {
      answer.textContent = '';
      verdict.textContent = '';
      list.replaceChildren();
      chart.show(null);
      delete root.dataset.prediction;
      delete root.dataset.verdict;
      reading = null;
      for (const listener of readingListeners) listener(null);
      return;
    }
    reading = { input, probabilities, ownDrawing: !showingSample };
    // A reading of the reader's own drawing is a run of the widget: kept, and it opens the worked solution.
    if (!showingSample) keptPad.save('', { digit: topDigit(probabilities), probability: probabilities[topDigit(probabilities)]! });
    for (const listener of readingListeners) listener(reading);
    const top = topDigit(probabilities);
    // A separate, measured rule (digit-likeness.ts) says when the drawing does not look like a digit; the
    // network itself cannot: its ten probabilities always add up to one.
    const notADigit = digitLikeness(input).verdict;
    root.dataset.verdict = notADigit ?? 'digit';
    answer.textContent = notADigit ? PAD_STRINGS.stillAnswers(top, percent(probabilities[top])) : describeAnswer(probabilities);
    verdict.textContent = notADigit ? PAD_STRINGS.notADigit[notADigit] : '';
    if (notADigit && countsForExercise && exerciseNote) exerciseNote.textContent = PAD_STRINGS.exerciseNotCounted;
    root.dataset.prediction = String(top);
    probabilities.forEach((p, d) => {
      const text = `${d}: ${percent(p)}`;
      if (listItems[d]!.textContent !== text) listItems[d]!.textContent = text;
    });
    if (list.childElementCount === 0) list.replaceChildren(...listItems);
    chart.show(probabilities);
    if (countsForExercise && !notADigit && probabilities[top] >= EXERCISE_THRESHOLD) tickGoal(top);
  }

  function tickGoal(digit: number) {
    const goal = root.querySelector<HTMLElement>(`.pad-goals li[data-digit="${digit}"]`);
    if (!goal || goal.dataset.done !== undefined) return;
    goal.dataset.done = '';
    goal.querySelector('.goal-mark')!.textContent = '✓';
    goal.querySelector('.goal-state')!.textContent = PAGE.read;
    const done = root.querySelectorAll('.pad-goals li[data-done]').length;
    q<HTMLElement>('.pad-exercise-done').textContent = done === 10
      ? PAGE.allRead
      : PAGE.someRead(done);
  }
}
