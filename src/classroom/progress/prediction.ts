// Keeps a widget's predict-then-run answer (item `<page>#<widget id>-predict`, the radio group's own name):
// each graded prediction is recorded, and on load the kept choice is ticked again with its verdict, either
// regraded by the widget (when its verdict needs no run) or as a short note (when it needs a run).
import { pageItemId, progressStore, sayOnceIfNotSaved } from './browser.ts';
import { PROGRESS_STRINGS as S } from './strings.ts';

export type RecordPrediction = (correct: boolean, explanation?: string | null) => void;

/**
 * `predict` holds the radio buttons named `<widget id>-predict`. `regrade`, when given, grades the ticked
 * choice again (shows the widget's own feedback) without a run. Returns the function the widget calls with
 * each verdict.
 */
export function keepPrediction(predict: HTMLElement, options: { regrade?: () => void } = {}): RecordPrediction {
  const radios = [...predict.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const name = radios[0]?.name;
  if (!name) return () => {};
  const id = pageItemId(name);
  const store = progressStore();
  let restoring = false;
  const note = document.createElement('p');
  note.className = 'prediction-kept';
  note.hidden = true;
  predict.append(note);

  const saved = store.read().answers[id];
  const radio = saved && radios.find((r) => r.value === saved.answer);
  if (saved && radio) {
    radio.checked = true;
    if (options.regrade) {
      restoring = true;
      try { options.regrade(); } finally { restoring = false; }
    } else {
      note.textContent = S.prediction.kept(saved.status === 'correct');
      note.hidden = false;
    }
  }
  for (const r of radios) r.addEventListener('change', () => { note.hidden = true; });

  return (correct, explanation = null) => {
    if (restoring) return;
    const chosen = radios.find((r) => r.checked)?.value;
    if (chosen === undefined) return;
    store.recordAnswer(id, { kind: 'prediction', answer: chosen, status: correct ? 'correct' : 'wrong', explanation });
    sayOnceIfNotSaved(predict);
  };
}
