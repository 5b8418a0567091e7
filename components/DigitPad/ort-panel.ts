// The pad's ONNX Runtime panel: "Check with ONNX Runtime" runs the drawing the pad shows through
// onnxruntime-web on the same digits.onnx and compares its ten probabilities with our engine's; "Open your
// own model" runs a reader's .onnx classifier on the pad's 28×28 input. The runtime (about 3.6 MB) loads
// only when one of the two is used; a bad file is refused before that where we can tell (./own-model.ts)
// and leaves the pad working either way.
import { loadOrt, type Ort } from '../../src/onnx/ort-web.ts';
import { percent, topDigit, type PadReading, type PadView } from './digit-model.ts';
import { MAX_MODEL_MB, planOwnModel, readOwnAnswer, type OwnModelPlan } from './own-model.ts';
import { digitPadStrings } from '../../src/i18n/index.ts';
import { showReason } from './reason.ts';
import { formatNumber, formatPlain } from '../../src/ui/format.ts';
import { isBusy, setBusy } from '../../src/ui/dom.ts';

const PAD_STRINGS = digitPadStrings();

type Session = Awaited<ReturnType<Ort['InferenceSession']['create']>>;
const S = PAD_STRINGS;

/** Largest difference to two significant digits, in the page's numbers: "2.4e−8" ("2,4e−8"), or "0". */
const difference = (d: number) => (d === 0 ? '0' : formatPlain(Number(d.toExponential(1))));

export function mountOrtPanel(root: HTMLElement, pad: PadView): void {
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const checkButton = q<HTMLButtonElement>('.pad-ort-check');
  const checkResult = q<HTMLElement>('.pad-ort-result');
  const fileInput = q<HTMLInputElement>('.pad-own-file');
  q<HTMLButtonElement>('.pad-own-pick').addEventListener('click', () => fileInput.click());
  const ownStatus = q<HTMLElement>('.pad-own-status');
  const ownAnswer = q<HTMLElement>('.pad-own-answer');

  let digitSession: Promise<Session> | null = null;
  let own: { session: Session; plan: OwnModelPlan; ort: Ort; name: string } | null = null;
  let ownBusy = false;
  let ownPending = false;

  const say = (element: HTMLElement, text: string, state: 'ok' | 'busy' | 'error' = 'ok') => {
    element.textContent = text;
    element.dataset.state = state;
  };
  /** An error, as the sentence `message` makes of its reason. */
  const sayError = (element: HTMLElement, message: (reason: string) => string, error: unknown) => {
    showReason(element, message, error);
    element.dataset.state = 'error';
  };

  checkButton.addEventListener('click', async () => {
    const reading = pad.reading();
    const bytes = pad.modelBytes();
    if (isBusy(checkButton)) return;
    if (!reading || !bytes) { say(checkResult, S.ort.nothingDrawn, 'error'); return; }
    setBusy(checkButton, true);
    say(checkResult, S.ort.loading, 'busy');
    delete root.dataset.ortAgrees;
    try {
      const ort = await loadOrt();
      digitSession ??= ort.InferenceSession.create(bytes.slice(), { executionProviders: ['wasm'] });
      const session = await digitSession;
      const out = await session.run({ [session.inputNames[0]]: new ort.Tensor('float32', reading.input, [1, reading.input.length]) });
      const theirs = out[session.outputNames[0]].data as Float32Array;
      let worst = 0;
      for (let d = 0; d < 10; d++) worst = Math.max(worst, Math.abs(theirs[d] - reading.probabilities[d]));
      const [ortTop, ourTop] = [topDigit(theirs), topDigit(reading.probabilities)];
      const agree = ortTop === ourTop && worst < 1e-5;
      root.dataset.ortAgrees = String(agree);
      root.dataset.ortDifference = String(worst);
      say(checkResult, agree ? S.ort.agree(ortTop, percent(theirs[ortTop]), difference(worst)) : S.ort.disagree(ortTop, ourTop, difference(worst)), agree ? 'ok' : 'error');
    } catch (error) {
      digitSession = null;
      sayError(checkResult, S.ort.failed, error);
    } finally {
      setBusy(checkButton, false);
    }
  });

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    // Refuse what we can before reading the file or downloading the runtime.
    if (file.size > MAX_MODEL_MB * 1024 * 1024) {
      say(ownStatus, S.own.tooLarge(formatNumber(file.size / 1024 / 1024, 1), MAX_MODEL_MB), 'error');
      return;
    }
    say(ownStatus, S.own.reading(file.name), 'busy');
    // A refused file leaves the previous model (if any) in use: a bad file loses nothing.
    const refuse = (error: unknown, byRuntime = false) =>
      sayError(ownStatus, (reason) => S.own.notOpened(file.name, byRuntime ? S.own.runtimeRefused(reason) : sentence(reason)), error);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let plan: OwnModelPlan;
      try {
        plan = planOwnModel(bytes);
      } catch (error) {
        refuse(error);
        return;
      }
      const ort = await loadOrt();
      let session: Session;
      try {
        session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'] });
      } catch (error) {
        refuse(error, true);
        return;
      }
      // One run on a blank picture: finds the number of classes and catches a model that cannot run.
      let classes: number;
      try {
        const out = await session.run({ [plan.inputName]: new ort.Tensor('float32', new Float32Array(784), plan.dims) });
        classes = readOwnAnswer(out[plan.outputName].data as Float32Array).probabilities.length;
      } catch (error) {
        await session.release().catch(() => {});
        refuse(error, true);
        return;
      }
      const previous = own;
      own = { session, plan, ort, name: file.name };
      await previous?.session.release().catch(() => {});
      root.dataset.ownModel = file.name;
      root.dataset.ownClasses = String(classes);
      say(ownStatus, S.own.ready(file.name, plan.dims.join(', '), classes));
      void runOwn(pad.reading());
    } catch (error) {
      // Reading the file or loading the runtime failed.
      refuse(error);
    }
  });

  pad.onReading((reading) => void runOwn(reading));

  async function runOwn(reading: PadReading | null): Promise<void> {
    if (!own) return;
    if (!reading) { ownAnswer.textContent = ''; delete root.dataset.ownPrediction; return; }
    if (ownBusy) { ownPending = true; return; }
    ownBusy = true;
    const { session, plan, ort } = own;
    try {
      const out = await session.run({ [plan.inputName]: new ort.Tensor('float32', reading.input, plan.dims) });
      const answer = readOwnAnswer(out[plan.outputName].data as Float32Array);
      const classes = answer.probabilities.length;
      ownAnswer.textContent = S.own.answer(S.own.classLabel(answer.top, classes), percent(answer.probabilities[answer.top]), answer.kind);
      root.dataset.ownPrediction = String(answer.top);
    } catch (error) {
      showReason(ownAnswer, S.own.failedOnDrawing, error);
    } finally {
      ownBusy = false;
      if (ownPending) { ownPending = false; void runOwn(pad.reading()); }
    }
  }
}

/** A message as the end of a sentence: ends with one full stop. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
