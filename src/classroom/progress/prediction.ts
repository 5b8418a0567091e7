// Keeps a widget's predict-then-run answer (item `<page>#<widget id>-predict`, the radio group's own name):
// each graded prediction is recorded, and on load the kept one is shown again under the question with its
// verdict. The choice itself is not ticked again: the widget still asks for a fresh prediction before a run
// (predicting before looking is the point), and a reader who wants to can pick the same answer.
import { pageItemId, progressStore, sayOnceIfNotSaved } from './browser.ts';
import { progressStrings } from '../../i18n/index.ts';

const S = progressStrings();

export type RecordPrediction = (correct: boolean, explanation?: string | null) => void;

/** `predict` holds the radio buttons named `<widget id>-predict`. Returns the function the widget calls with each verdict. */
export function keepPrediction(predict: HTMLElement): RecordPrediction {
  const radios = [...predict.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const name = radios[0]?.name;
  if (!name) return () => {};
  const id = pageItemId(name);
  const store = progressStore();
  const labelOf = (radio: HTMLInputElement) => (radio.labels?.[0]?.textContent ?? radio.value).trim();

  const note = document.createElement('p');
  note.className = 'prediction-kept';
  note.dataset.keptPrediction = '';
  note.hidden = true;
  predict.append(note);
  const saved = store.read().answers[id];
  const radio = saved && radios.find((r) => r.value === saved.answer);
  if (saved && radio) {
    note.textContent = S.prediction.kept(labelOf(radio), saved.status === 'correct');
    note.hidden = false;
  }

  return (correct, explanation = null) => {
    const chosen = radios.find((r) => r.checked)?.value;
    if (chosen === undefined) return;
    store.recordAnswer(id, { kind: 'prediction', answer: chosen, status: correct ? 'correct' : 'wrong', explanation });
    note.hidden = true; // the widget's own verdict is on show now
    sayOnceIfNotSaved(predict);
  };
}
