// The predict-then-run questions that live inside widgets (not in a SelfCheck): the answers each one
// marks wrong at the chapter's default settings, in the words the widget shows. A teacher guide names
// every one of them (src/guides/guides.test.ts). Which answer is right at the defaults is what each
// widget's own tests check (e.g. tests/browser/optimizer-surface.test.ts, src/scenarios/*.test.ts); the
// ids are `<widget id>#<choice value>`, the widget id being the element id on the chapter page.
import { en } from '../i18n/en/index.ts';

export interface WidgetMisconception {
  id: string;
  /** The question, shortened. */
  question: string;
  /** The wrong answer as the widget words it. */
  text: string;
}

type Entry = { question: string; wrong: Record<string, string> };

const choiceText = (choices: readonly { value: string; text: string }[], value: string) => choices.find((c) => c.value === value)!.text;

/** By component name, then by the widget id it has on the page (a component used twice has two). */
const PREDICTIONS: Record<string, (id: string) => Entry> = {
  SizeMatters: () => ({
    question: 'Which network will be right on its training points but wrong on new points?',
    wrong: { 1: en.sizeMatters.neurons(1), 4: en.sizeMatters.neurons(4) },
  }),
  CrossEntropyRace: () => ({
    question: 'Which run gets its output past 0.5 first?',
    wrong: { mse: choiceText(en.crossEntropyRace.choices, 'mse'), tie: choiceText(en.crossEntropyRace.choices, 'tie') },
  }),
  VanishingGradients: () => ({
    question: 'How does the gradient at layer 1 compare with the one at the last hidden layer?',
    wrong: { same: choiceText(en.vanishingGradients.choices, 'same'), explodes: choiceText(en.vanishingGradients.choices, 'explodes') },
  }),
  OptimizerSurface: () => ({
    question: 'Which optimiser gets the loss below the target first?',
    wrong: {
      sgd: choiceText(en.optimizerSurface.choices, 'sgd'),
      adam: choiceText(en.optimizerSurface.choices, 'adam'),
      none: choiceText(en.optimizerSurface.choices, 'none'),
    },
  }),
  RegularizationLab: (id): Entry => {
    const p = en.regularizationLab.predictions;
    const question = 'Will the test loss with regularization end lower, the same or higher?';
    return id === 'lab-underfit'
      ? { question, wrong: { lower: p.lower, higher: p.higher } }
      : { question, wrong: { same: p.same, higher: p.higher } };
  },
  Backprop: () => ({
    question: 'After the first update, which way will the weight move?',
    wrong: { up: en.backprop.choices.up, stays: en.backprop.choices.stays },
  }),
  DigitPad: () => ({
    question: 'What do the hidden units’ weights look like, drawn as pictures?',
    wrong: { digits: en.digitPad.page.unitsChoices.digits, noise: en.digitPad.page.unitsChoices.noise },
  }),
};

const DEFAULT_IDS: Record<string, string> = {
  SizeMatters: 'size-matters', CrossEntropyRace: 'cross-entropy-race', VanishingGradients: 'vanishing-gradients',
  OptimizerSurface: 'optimizer-surface', RegularizationLab: 'regularization-lab', Backprop: 'backprop', DigitPad: 'digit-pad',
};

/** The widget predictions' wrong answers in one chapter's MDX source, in page order. */
export function widgetMisconceptions(source: string): WidgetMisconception[] {
  const out: WidgetMisconception[] = [];
  for (const tag of source.matchAll(/^<([A-Z][A-Za-z]*)\b([^>]*)/gm)) {
    const name = tag[1]!;
    const entry = PREDICTIONS[name];
    if (!entry) continue;
    // DigitPad asks its question only with the `units` flag.
    if (name === 'DigitPad' && !/\bunits\b/.test(tag[2]!)) continue;
    const id = /\bid="([^"]+)"/.exec(tag[2]!)?.[1] ?? DEFAULT_IDS[name]!;
    const { question, wrong } = entry(id);
    for (const [value, text] of Object.entries(wrong)) out.push({ id: `${id}#${value}`, question, text });
  }
  return out;
}
